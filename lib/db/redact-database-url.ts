/** DATABASE_URL fit for logs and errors: a PostgreSQL password never leaves the process. */
export function redactDatabaseUrl(databaseUrl: string): string {
  return databaseUrl.replace(/^(postgres(?:ql)?:\/\/[^:@/]+):[^@/]*@/, "$1:***@");
}
