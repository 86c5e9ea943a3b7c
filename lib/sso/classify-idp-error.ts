const POLICY_FAILED = /^policy evaluation failed/i;
const TOO_MANY_GROUPS = /too many groups/i;

/**
 * The login page's code for an error Okta sent back to the callback (`error`, `error_description`).
 * Okta reuses `access_denied` and `server_error` for failures with different fixes, so the
 * description decides between them; anything unexpected becomes "sso_failed".
 */
export function classifyIdpError(error: string, description: string | null): string {
  if (!/^[a-z_]{1,64}$/.test(error)) return "sso_failed";
  if (error === "access_denied" && POLICY_FAILED.test(description ?? "")) return "access_policy_failed";
  if (error === "server_error" && TOO_MANY_GROUPS.test(description ?? "")) return "too_many_groups";
  return error;
}
