/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and adapter packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "oidc-provider"],
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = nextConfig;
