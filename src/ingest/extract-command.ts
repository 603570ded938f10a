import type { Command } from "../cli.ts";

export const extractCommand: Command = {
  summary: "Run the extraction pipeline without a database",
  usage: "newsgraph extract [--format json|text] <files|dirs...>",
  async run() {
    console.error("newsgraph extract: not implemented yet");
    return 2;
  },
};
