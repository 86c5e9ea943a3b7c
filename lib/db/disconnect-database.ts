import type { Db } from "./client";

/**
 * Closes the shared client's pool (lib/db/client.ts keeps it on globalThis, which the server
 * script and Next's bundles of lib/ share) so a stopping process leaves no connection behind.
 */
export async function disconnectDatabase(): Promise<void> {
  const holder = globalThis as unknown as { portalDb?: Db };
  const client = holder.portalDb;
  holder.portalDb = undefined;
  await client?.$disconnect();
}
