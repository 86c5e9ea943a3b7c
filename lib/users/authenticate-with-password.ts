import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { verifyPassword } from "./verify-password";

export type PasswordLoginResult =
  | { ok: true; user: { id: string; email: string } }
  | { ok: false; code: "invalid_credentials" | "locked_out" | "password_login_disabled" | "deactivated" };

/**
 * Local email/password sign-in. The password is always checked (against a dummy hash for unknown
 * emails) so timing reveals nothing; failures count in the database so every instance shares the
 * lockout; every outcome is audited.
 */
export async function authenticateWithPassword(config: Config, email: string, password: string): Promise<PasswordLoginResult> {
  const normalized = email.trim().toLowerCase();
  if (!config.passwordLogin.allowed) {
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: "password_login_disabled", subject: { email: normalized } });
    return { ok: false, code: "password_login_disabled" };
  }

  const user = await db.user.findUnique({ where: { email: normalized }, omit: { passwordHash: false } });
  const passwordOk = await verifyPassword(password, user?.passwordHash);
  const subject = user ?? { email: normalized };

  if (user?.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: "locked_out", subject });
    return { ok: false, code: "locked_out" };
  }
  if (!user || !passwordOk) {
    if (user) await countFailure(config, user.id, user.email);
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: "invalid_credentials", subject });
    return { ok: false, code: "invalid_credentials" };
  }
  if (!user.isActive) {
    await recordAuditEvent({ type: "login.local", outcome: "failure", reason: "deactivated", subject });
    return { ok: false, code: "deactivated" };
  }

  await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date(), lastLoginMfa: false } });
  await recordAuditEvent({ type: "login.local", outcome: "success", actor: user, subject: user });
  return { ok: true, user: { id: user.id, email: user.email } };
}

async function countFailure(config: Config, userId: string, email: string): Promise<void> {
  // An atomic increment, so concurrent failures on several instances are all counted.
  const { failedLogins } = await db.user.update({ where: { id: userId }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
  if (failedLogins < config.passwordLogin.lockoutThreshold) return;
  const lockedUntil = new Date(Date.now() + config.passwordLogin.lockoutSeconds * 1000);
  await db.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil } });
  await recordAuditEvent({ type: "login.local.lockout", outcome: "failure", reason: "too_many_failures", subject: { id: userId, email }, details: { failures: failedLogins, lockedUntil: lockedUntil.toISOString() } });
}
