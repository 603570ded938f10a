import type { Command } from "../cli.ts";

export const ingestCommand: Command = {
  summary: "Ingest articles into Neo4j",
  usage: "newsgraph ingest <files|dirs...>",
  async run() {
    console.error("newsgraph ingest: not implemented yet");
    return 2;
  },
};
