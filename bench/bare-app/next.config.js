/** @type {import('next').NextConfig} */
module.exports = {
  // The bench builds a copy outside the repository with the portal's node_modules linked in;
  // Turbopack must see both (inside the repository it would pick up the portal's proxy.ts).
  turbopack: { root: process.env.BARE_APP_TURBOPACK_ROOT || __dirname },
  // Build time only: the bench builds once, a persistent cache would only cost minutes.
  experimental: { turbopackFileSystemCacheForBuild: false },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};
