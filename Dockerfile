# cohort-bot: Node 24 runs the TypeScript sources directly (type stripping), so
# there is no compile step; the build stage installs dependencies and generates
# the Prisma client, the runtime stage holds only what the bot needs.
#
#   docker build -t cohort-bot .
#   docker run --rm -v cohort-data:/data -p 8080:8080 cohort-bot     # embedded mode: nothing else needed
#   docker run --rm -e REDIS_URL=redis://host.docker.internal:6379 -v cohort-data:/data -p 8080:8080 cohort-bot
#
# docker-compose.yml runs it with Redis and PostgreSQL; docker-compose.scale.yml
# as web x2 and worker x2 (`node src/main.ts --role web|worker`).

ARG NODE_IMAGE=node:24-bookworm-slim

# --- build ---------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Prisma's CLI looks for OpenSSL to pick its schema-engine build (used by
# `prisma migrate status` / `deploy` in the image); slim images lack it.
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
ENV CI=true \
  PRISMA_HIDE_UPDATE_MESSAGE=1 \
  CHECKPOINT_DISABLE=1

# What `npm ci` and its postinstall (prisma generate) need, apart from the
# sources: this layer is reused as long as the dependencies and schema stay put.
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

COPY src ./src
COPY adapters ./adapters
COPY locales ./locales
# Generate again after copying src (COPY merges folders, but be explicit: the
# client in src/db/generated is build output, kept out of the context by
# .dockerignore), then drop dev dependencies. `prisma` is a runtime dependency,
# so `npx prisma migrate status` keeps working in the image; prune leaves
# src/db/generated alone (it only touches node_modules).
RUN npm run generate \
  && npm prune --omit=dev --no-audit --no-fund \
  && test -f src/db/generated/client.ts \
  && test -f node_modules/prisma/build/index.js
# Report charts (docs/reports.md): resvg's native build comes as an npm optional
# dependency for this image's platform (linux-x64-gnu / linux-arm64-gnu on
# bookworm), and the fonts (Noto Sans, Noto Sans Arabic: Latin, Arabic and
# Persian) are npm packages too, so no apt fonts or fontconfig are needed. Render
# one Arabic chart here so an image without them fails to build, not to report.
#
# Node's compile cache (src/compile-cache.js) is filled here for the modules
# loaded at start (`--help` loads them without starting) and by the chart
# check below, so that even a container's first start skips Node's TypeScript
# stripper (about 20 MiB of RSS); modules first loaded later join it at run time.
ENV NODE_COMPILE_CACHE=/app/.node-compile-cache
RUN node src/main.ts --help > /dev/null
RUN node --input-type=module -e "const { chartPng } = await import('./src/features/reports/render.ts'); \
  const png = await chartPng({ title: 'الأعضاء عبر الزمن', data: { values: [{ a: 'x', n: 1 }] }, mark: 'bar', \
  encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'n', type: 'quantitative' } } }, 'ar'); \
  if (png.length < 5000) process.exit(1);"

# --- runtime -------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
  NODE_COMPILE_CACHE=/app/.node-compile-cache \
  DATA_DIR=/data \
  HTTP_PORT=8080 \
  PRISMA_HIDE_UPDATE_MESSAGE=1 \
  CHECKPOINT_DISABLE=1 \
  MALLOC_MMAP_THRESHOLD_=65536

# The code belongs to root and is read-only for the bot; only /data is its own.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/src ./src
COPY --from=build /app/adapters ./adapters
COPY --from=build /app/locales ./locales
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/prisma.config.ts /app/package.json ./
COPY --from=build --chown=node:node /app/.node-compile-cache ./.node-compile-cache

RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node

EXPOSE 8080
# No curl in slim images: Node's fetch does the probe. /healthz says the process
# is alive and serving; /readyz (database and Redis) is for load balancers.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||8080)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# main.ts handles SIGTERM itself (stop taking work, finish or release jobs,
# exit within SHUTDOWN_TIMEOUT_MS); compose adds `init: true` to reap children.
STOPSIGNAL SIGTERM
# A 1 MiB young generation (V8's default grows to 16 MiB per semi-space): an idle bot keeps
# about 100 MiB less (bench/memory.ts), at the cost of more frequent minor collections.
# The old generation may grow to twice what was live after a full collection before the next
# one (V8 lets it reach 3-4 times at start-up: a start-up's reconciliation of 22,000 follow-up
# steps peaked at 326 instead of 260 MiB, bench/gatherings.ts); see bench/RESULTS.md for its cost.
# MALLOC_MMAP_THRESHOLD_ (set above, as `npm start` sets it): blocks of 64 KiB and more get
# their own pages from the system and give them back when freed, instead of staying in malloc's
# heap after start-up compiled everything (about 20 MiB less at idle, bench/memory.ts).
# The same command as `npm start` (NODE_COMPILE_CACHE above already covers other commands).
CMD ["node", "--max-semi-space-size=1", "--heap-growing-percent=100", "--import", "./src/compile-cache.js", "src/main.ts"]
