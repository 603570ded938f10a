import type { Command } from "../cli.ts";

export const exportCommand: Command = {
  summary: "Export the graph (cypher, csv, graphml, json)",
  usage: "newsgraph export --format cypher|csv|graphml|json [--out PATH] [--where JSON]",
  async run() {
    console.error("newsgraph export: not implemented yet");
    return 2;
  },
};
