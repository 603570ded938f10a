# The app for docker-compose.yml. Neo4j comes from its own service (NEO4J_URI), so no Java here.
# Stage 1 builds the explorer (Vite and the frontend libraries are dev dependencies); the app stage
# installs production dependencies only and takes the built files.
# Node 22: the maintained LTS line inside package.json's engines (^20.19.0 || >=22.12.0); see the README.
FROM node:22-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build:explorer

FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` builds the explorer, which stage 1 did.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY . .
COPY --from=explorer /app/explorer/dist explorer/dist
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# node directly (not npm) so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "bin/newsgraph.js", "start"]
