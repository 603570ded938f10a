import type { Command } from "../cli.ts";

export const dbCommand: Command = {
  summary: "Manage the local Neo4j server (start, stop, status)",
  usage: "newsgraph db start|stop|status",
  async run() {
    console.error("newsgraph db: not implemented yet");
    return 2;
  },
};
