import { Client } from "pg";

/**
 * The PostgreSQL twin of seedUsers: the same users (names, teams, timestamps one minute apart)
 * generated server-side with generate_series, then ANALYZE so the planner knows the table sizes.
 */
export async function seedUsersPostgresql(url: string, count: number): Promise<{ middle: { createdAt: string; id: string } }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "Team" (id, name, source, "updatedAt") SELECT 'bench-team-' || t, 'Team ' || t, 'mapping', now() FROM generate_series(0, 19) t ON CONFLICT DO NOTHING;
      INSERT INTO "User" (id, email, name, "isActive", "authProvider", "oktaGroups", "createdAt", "updatedAt", "lastLoginAt")
        SELECT 'bench' || lpad(i::text, 8, '0'),
               lower((ARRAY['Ada','Alan','Grace','Linus','Margaret','Ken','Barbara','Dennis','Frances','Edsger','Radia','Tim','Hedy','John','Katherine','Donald','Shafi','Leslie','Sophie','Niklaus'])[1 + i % 20]
                 || '.' || (ARRAY['Lovelace','Turing','Hopper','Torvalds','Hamilton','Thompson','Liskov','Ritchie','Allen','Dijkstra'])[1 + (i / 20) % 10] || '.' || i || '@example.com'),
               (ARRAY['Ada','Alan','Grace','Linus','Margaret','Ken','Barbara','Dennis','Frances','Edsger','Radia','Tim','Hedy','John','Katherine','Donald','Shafi','Leslie','Sophie','Niklaus'])[1 + i % 20]
                 || ' ' || (ARRAY['Lovelace','Turing','Hopper','Torvalds','Hamilton','Thompson','Liskov','Ritchie','Allen','Dijkstra'])[1 + (i / 20) % 10],
               i % 33 <> 0, 'okta', '["MCP Gateway Users"]', now() - i * interval '1 minute', now(), CASE WHEN i % 9 = 0 THEN NULL ELSE now() - i * interval '1 minute' END
        FROM generate_series(0, ${count - 1}) i;
      INSERT INTO "TeamMember" ("teamId", "userId", role, source) SELECT 'bench-team-' || (i % 20), 'bench' || lpad(i::text, 8, '0'), 'member', 'okta' FROM generate_series(0, ${count - 1}) i;
      ANALYZE;
    `);
    const { rows } = await client.query<{ createdAt: Date; id: string }>(`SELECT "createdAt", id FROM "User" WHERE id = $1`, [
      `bench${String(Math.floor(count / 2)).padStart(8, "0")}`,
    ]);
    return { middle: { createdAt: rows[0].createdAt.toISOString(), id: rows[0].id } };
  } finally {
    await client.end();
  }
}
