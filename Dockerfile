# One Scaleboard instance. The same image runs embedded (no env) or scaled out
# (DATABASE_URL + REDIS_URL), see docs/deploy.md.
FROM node:20-bookworm-slim
RUN apt-get update \
  && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY . .
RUN npm ci && npx turbo run build --filter=@scaleboard/web --filter=@scaleboard/server
ENV TURBO_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0 DATA_DIR=/data
EXPOSE 3000
# The compiled server (apps/server/scripts/build.mjs), as `npm start` runs it: no TypeScript loader,
# the same V8 flags (apps/server/scripts/serverEntry.ts, NODE_FLAGS, says why).
CMD ["node", "--liftoff-only", "--max-semi-space-size=16", "--v8-pool-size=2", "--no-memory-reducer", "apps/server/dist/index.mjs"]
