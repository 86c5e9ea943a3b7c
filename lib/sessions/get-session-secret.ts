import { randomBytes } from "node:crypto";
import { getConfig } from "@/lib/config/get-config";
import { db } from "@/lib/db/client";

const KEY = "session_secret";
let cached: string | undefined;

/**
 * NEXTAUTH_SECRET when set; otherwise a strong secret generated once and kept in the database,
 * so restarts and every instance on the same database share it.
 */
export async function getSessionSecret(): Promise<string> {
  if (cached) return cached;
  const configured = getConfig().secret;
  if (configured) return (cached = configured);
  const existing = await db.setting.findUnique({ where: { key: KEY } });
  if (existing) return (cached = existing.value);
  try {
    await db.setting.create({ data: { key: KEY, value: randomBytes(48).toString("base64url") } });
  } catch {
    // Another instance created it first; its value wins below.
  }
  const row = await db.setting.findUniqueOrThrow({ where: { key: KEY } });
  return (cached = row.value);
}
