# The app for docker-compose.yml. Neo4j comes from its own service (NEO4J_URI), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# node directly (not npm) so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "bin/newsgraph.js", "start"]
