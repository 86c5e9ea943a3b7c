import { isIP } from "node:net";

/**
 * The client's address for a request that reached this process from `socketAddress`.
 * With `trustedProxies` = 0 the socket peer is the client and X-Forwarded-For is ignored (a client
 * can write anything there). With N, each trusted hop appended the address it saw, so the Nth entry
 * from the right is the one the outermost trusted proxy saw; with fewer entries every one of them
 * came through trusted hops, so the leftmost is the best known. An entry that is not an address
 * (a misconfigured proxy) falls back to the socket peer rather than letting text into the logs.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | null {
  const peer = normalize(socketAddress);
  if (trustedProxies <= 0 || !forwardedFor) return peer;
  const entries = forwardedFor
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer;
  const chosen = entries[Math.max(entries.length - trustedProxies, 0)];
  return normalize(chosen) ?? peer;
}

/** A bare IP address: IPv4-mapped IPv6 unwrapped, brackets and ports some proxies add removed. */
function normalize(raw: string | undefined): string | null {
  if (!raw) return null;
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}
