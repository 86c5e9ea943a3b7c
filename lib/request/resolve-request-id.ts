import { randomUUID } from "node:crypto";

const WELL_FORMED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id that ties a request's log lines and audit events together. A balancer's id is kept so its
 * logs join ours, but only from a trusted proxy and only when it is short and plain: anything a
 * client could have written ends up in logs, so otherwise the id is made here.
 */
export function resolveRequestId(incoming: string | undefined, trustedProxies: number): string {
  if (trustedProxies > 0 && incoming !== undefined && WELL_FORMED.test(incoming)) return incoming;
  return randomUUID();
}
