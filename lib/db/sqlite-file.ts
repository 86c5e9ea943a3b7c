import path from "node:path";

/** The file path behind a `file:` DATABASE_URL, resolved against the working directory as Prisma does. */
export function sqliteFile(databaseUrl: string): string {
  const file = databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(file);
}
