/** Which database a DATABASE_URL selects; the config check only admits these two forms. */
export function databaseKind(databaseUrl: string): "sqlite" | "postgresql" {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? "postgresql" : "sqlite";
}
