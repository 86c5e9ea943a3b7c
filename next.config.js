/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and adapter packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg", "oidc-provider"],
  // A self-contained server directory (traced node_modules) for the image and for `npm start`.
  output: "standalone",
  poweredByHeader: false,
  // The build checks the app's own code; tests and scripts are checked by `npm run typecheck` (the first step of `npm test`).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  reactStrictMode: true,
  // forbidden() answers non-admins with a real 403 page.
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
