# One image for every process; the command picks it, e.g.
#   docker run petition-platform node dist/apps/cases/src/main.js
# Built in stages: the build stage holds the dev tools (TypeScript, Vite); the image gets only
# the compiled services and tools, the built console and portal, the supergraph, and production
# dependencies — no sources, tests or benchmarks.
FROM node:20-bookworm-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS build
# No install scripts: argon2 ships prebuilt binaries, and the one script we allow locally
# (embedded PostgreSQL for development) is not needed in the image. `npm install`, not `npm ci`:
# the lock file, written by npm 11, lacks other platforms' optional packages, which `npm ci`
# refuses; versions are still pinned by the lock.
RUN npm install --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
COPY tools tools
RUN npm run build && npm run build:console && npm run build:portal

FROM base AS production-dependencies
RUN npm install --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim
# Production mode: every process refuses to start without JWT_SECRET and PII_KEY of its own.
ENV NODE_ENV=production
WORKDIR /app
# package.json holds the #common import map; the rest is what the processes read at run time.
COPY package.json ./
COPY --from=production-dependencies /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/apps/gateway/supergraph.graphql apps/gateway/supergraph.graphql
COPY --from=build /app/apps/console/dist apps/console/dist
COPY --from=build /app/apps/portal/dist apps/portal/dist
COPY deploy/healthcheck.mjs deploy/healthcheck.mjs
# The files volume (FILES_DIR) takes this folder's owner when first created.
RUN mkdir -p /data/files && chown node:node /data/files
USER node
# Gateway, subgraphs, and the workers' /health and /metrics.
EXPOSE 4000 4001 4002 4003 4011 4012 4013
# Probes whichever process the container runs, on its own port (see deploy/healthcheck.mjs).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "deploy/healthcheck.mjs"]
CMD ["node", "dist/apps/gateway/src/main.js"]
