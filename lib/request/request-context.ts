import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Per-request facts that next-auth's callbacks and adapter cannot see on their own
 * (the caller's IP, user agent and request id, and the reason a login was refused).
 */
export interface RequestContext {
  ip: string | null;
  userAgent: string | null;
  /** The X-Request-Id the server process put on this request; it appears on every log line and audit event. */
  requestId: string | null;
  /** The signed-in user, once a wrapper has authenticated the request (for log lines). */
  userId?: string;
  /** Set when an SSO step fails, so the callback wrapper can show a specific error code. */
  ssoError?: { code: string; detail?: string };
  /** SSO_REQUIRE_MFA_FOR_ADMINS step-up: the Okta sub this browser was already sent back to Okta for (read from its sealed cookie). */
  mfaSteppedUpFor?: string;
  /** Set when this callback asks Okta for MFA, so the SSO wrapper seals the sub into that cookie. */
  mfaStepUpFor?: string;
  /**
   * Who an Okta sign-in in this request was admitted as (admitSsoUser), and whether it used MFA
   * (recorded on the session). next-auth's adapter answers its account lookup from this.
   */
  admittedSsoUser?: { sub: string; id: string; email: string; name: string | null; mfa: boolean };
}

// One store per process, even when Next bundles this module into several chunks and the server
// bundle has its own copy: the logger (also one per process) must read the store the routes write.
const holder = globalThis as typeof globalThis & { __portalRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (holder.__portalRequestContext ??= new AsyncLocalStorage<RequestContext>());

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Names the signed-in user on the current request's log lines, once a wrapper has authenticated it. */
export function setRequestUser(userId: string): void {
  const context = storage.getStore();
  if (context) context.userId = userId;
}
