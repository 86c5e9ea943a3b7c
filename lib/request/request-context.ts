import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Per-request facts that next-auth's callbacks and adapter cannot see on their own
 * (the caller's IP, user agent and request id, and the reason a login was refused).
 */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  /** The request's X-Request-Id (set by the server process), for log lines and audit events. */
  requestId: string | null;
  /** Set when an SSO step fails, so the callback wrapper can show a specific error code. */
  ssoError?: { code: string; detail?: string };
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}
