# One image for every process; the command picks it, e.g.
#   docker run petition-platform node dist/apps/cases/src/main.js
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: argon2 ships prebuilt binaries, and the one script we allow locally
# (embedded PostgreSQL for development) is not needed in the image. `npm install`, not `npm ci`:
# the lock file, written by npm 11, lacks other platforms' optional packages, which `npm ci`
# refuses; versions are still pinned by the lock.
RUN npm install --ignore-scripts --no-audit --no-fund
COPY . .
# The staff console's files (apps/console/dist) are built here too, while the build tools are
# installed; the gateway serves them at / (CONSOLE_DIR defaults to that folder).
RUN npm run build && npm run build:console --if-present && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
# Production mode: every process refuses to start without JWT_SECRET and PII_KEY of its own.
ENV NODE_ENV=production
WORKDIR /app
# The whole tree, not just dist/: package.json holds the #common import map, and
# migrations or fixtures may read files next to their sources.
COPY --from=build /app ./
# The files volume (FILES_DIR) takes this folder's owner when first created.
RUN mkdir -p /data/files && chown node:node /data/files
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "dist/apps/gateway/src/main.js"]
