import type { PrismaClient } from "./generated/client";

/** What a PrismaClient takes as `adapter`: a factory whose connect() the client calls before its first query. */
export type AdapterFactory = NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>;

/**
 * A driver adapter whose package (and database driver) is loaded only when the client first
 * connects, so a process loads the driver of the database it uses and not the other one:
 * pg alone holds about 9 MiB in a SQLite process.
 */
export function lazyAdapter(provider: AdapterFactory["provider"], adapterName: string, load: () => Promise<AdapterFactory>): AdapterFactory {
  return { provider, adapterName, connect: async () => (await load()).connect() };
}
