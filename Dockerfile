# The portal as one container: Next's standalone build and the bundled start script beside it
# (configuration check, migrations, bootstrap admin, then one Node process serving on PORT).
# tests/integration/container-image.test.ts reads this file: it copies what the final stage copies
# and runs its CMD, so the image and the test cannot drift apart.

FROM node:22-bookworm-slim AS build
WORKDIR /src
# better-sqlite3 compiles from source when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 esbuild
COPY . .
# Generates the Prisma clients, builds Next (output: standalone) and assembles .next/standalone.
RUN npm run build

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=8000 \
    DATABASE_URL=file:./data/portal.db
WORKDIR /app
# Only what runs: the traced production node_modules, the server build, static assets, migrations.
# Owned by root, so the portal cannot rewrite its own code; it writes only to /app/data.
COPY --from=build /src/.next/standalone /app
RUN groupadd --system portal && useradd --system --gid portal --no-create-home --home-dir /app portal \
    && mkdir -p /app/data && chown portal:portal /app/data
USER portal
VOLUME /app/data
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains in-flight requests for up to SHUTDOWN_GRACE_SECONDS (20 by default): give
# `docker stop` at least that long (`docker stop -t 30`, or stop_grace_period in compose.yaml).
CMD ["node", "portal-server.js"]
