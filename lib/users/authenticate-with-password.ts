import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { countPasswordFailure } from "./count-password-failure";
import { hashPassword } from "./hash-password";
import { isPasswordLocked } from "./is-password-locked";
import { passwordFailureKey } from "./password-failure-key";
import { verifyPassword } from "./verify-password";
import { normalizeEmail } from "@/lib/users/normalize-email";

export type PasswordLoginResult = { ok: true; user: { id: string; email: string } } | { ok: false; code: "invalid_credentials" | "password_login_disabled" };

/**
 * Local email/password sign-in from client address `ip`. Every refusal (unknown email, Okta user
 * without a password, deactivated, locked, wrong password) answers the same invalid_credentials
 * after the same scrypt run (a dummy hash when the real one must not be checked), so neither
 * answer nor timing tells which emails exist; the audit log records the true reason. Failures
 * count per account and address (countPasswordFailure). A hash made with older parameters is
 * upgraded on success.
 */
export async function authenticateWithPassword(config: Config, email: string, password: string, ip: string | null): Promise<PasswordLoginResult> {
  const normalized = normalizeEmail(email);
  if (!config.passwordLogin.allowed) {
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: "password_login_disabled", subject: { email: normalized } });
    return { ok: false, code: "password_login_disabled" };
  }

  const key = passwordFailureKey(normalized, ip);
  const [user, locked] = await Promise.all([db.user.findUnique({ where: { email: normalized }, omit: { passwordHash: false } }), isPasswordLocked(key)]);
  // Deactivated and locked accounts are refused before their password is checked.
  const refusal = locked ? "locked_out" : !user ? "unknown_user" : !user.isActive ? "deactivated" : !user.passwordHash ? "no_password" : null;
  const check = await verifyPassword(password, refusal ? null : user!.passwordHash);

  if (refusal || !check.valid) {
    const subject = user ? { id: user.id, email: user.email } : { email: normalized };
    // A locked pair isn't counted further, so an attacker can't extend the lock by retrying.
    if (!locked) await countPasswordFailure(config, key, subject);
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: refusal ?? "invalid_credentials", subject });
    return { ok: false, code: "invalid_credentials" };
  }

  await db.loginFailure.deleteMany({ where: { key } });
  const upgraded = check.outdated ? { passwordHash: await hashPassword(password) } : {};
  await db.user.update({ where: { id: user!.id }, data: { lastLoginAt: new Date(), lastLoginMfa: false, ...upgraded } });
  await recordAuditEvent({
    type: "login.local",
    outcome: "success",
    actor: user,
    subject: user,
    details: check.outdated ? { passwordHashUpgraded: true } : undefined,
  });
  return { ok: true, user: { id: user!.id, email: user!.email } };
}
