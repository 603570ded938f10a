import type { Command } from "./cli.ts";

export const startCommand: Command = {
  summary: "Start Neo4j (unless NEO4J_URI is set), apply the schema, ingest the sample corpus if the database is empty, serve GraphQL",
  usage: "newsgraph start",
  async run() {
    console.error("newsgraph start: not implemented yet");
    return 2;
  },
};
