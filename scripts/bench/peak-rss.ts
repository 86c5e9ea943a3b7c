import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

/**
 * Peak resident memory (MiB) of a production start: the sum of the peaks (VmHWM) of every process
 * under `rootPid` (e.g. npm → start script → next-server), which bounds what they held together.
 */
export function peakRssMiB(rootPid: number): number {
  const pids = new Set([rootPid]);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n")) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid);
        changed = true;
      }
    }
  }
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]) / 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(total);
}
