import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Config } from "@/lib/config/parse-config";
import { db } from "@/lib/db/client";
import { retryOnConflict } from "@/lib/db/retry-on-conflict";
import { hashPassword } from "./hash-password";
import { verifyPassword } from "./verify-password";

/**
 * Creates the bootstrap admin from PLATFORM_ADMIN_EMAIL/PLATFORM_ADMIN_PASSWORD on first start,
 * and keeps it an active local admin whose password is the configured one on later starts.
 */
export async function ensurePlatformAdmin(config: Config): Promise<"created" | "updated" | "unchanged" | "not-configured"> {
  const admin = config.platformAdmin;
  if (!admin) return "not-configured";

  // Instances starting together race to create it; the loser finds the winner's row when it runs again.
  return retryOnConflict(async () => {
    const existing = await db.user.findUnique({ where: { email: admin.email }, omit: { passwordHash: false } });
    if (!existing) {
      const user = await db.user.create({
        data: {
          email: admin.email,
          name: "Platform Admin",
          isAdmin: true,
          adminSource: "bootstrap",
          authProvider: "local",
          passwordHash: await hashPassword(admin.password),
        },
      });
      await recordAuditEvent({ type: "user.created", outcome: "success", subject: user, details: { source: "PLATFORM_ADMIN_EMAIL" } });
      return "created";
    }

    // An outdated hash of the right password is rehashed too: the password is at hand here.
    const check = await verifyPassword(admin.password, existing.passwordHash);
    const passwordCurrent = check.valid && !check.outdated;
    if (passwordCurrent && existing.isAdmin && existing.isActive) return "unchanged";
    await db.user.update({
      where: { id: existing.id },
      data: { isAdmin: true, adminSource: "bootstrap", isActive: true, ...(passwordCurrent ? {} : { passwordHash: await hashPassword(admin.password) }) },
    });
    await recordAuditEvent({
      type: "user.updated",
      outcome: "success",
      subject: existing,
      details: { source: "PLATFORM_ADMIN_EMAIL", passwordChanged: !check.valid },
    });
    return "updated";
  });
}
