// The `newsgraph` command: it only dispatches. Each subcommand lives in its own module in src/commands/,
// loaded only when used, so that `newsgraph extract` never loads the driver or the GraphQL schema.

import type { Command } from "./commands/command.ts";

type Loader = () => Promise<Command>;

const commands: Record<string, Loader> = {
  start: async () => (await import("./commands/start.ts")).startCommand,
  db: async () => (await import("./commands/db.ts")).dbCommand,
  ingest: async () => (await import("./commands/ingest.ts")).ingestCommand,
  extract: async () => (await import("./commands/extract.ts")).extractCommand,
  export: async () => (await import("./commands/export.ts")).exportCommand,
  cypher: async () => (await import("./commands/cypher.ts")).cypherCommand,
};

async function help(): Promise<string> {
  const lines = [
    "newsgraph — German news → knowledge graph (Neo4j) → GraphQL",
    "",
    "Usage: newsgraph <command> [options]",
    "",
  ];
  for (const [name, load] of Object.entries(commands)) {
    const cmd = await load();
    lines.push(`  ${name.padEnd(8)} ${cmd.summary}`);
  }
  lines.push("", "Run `newsgraph <command> --help` for a command's options.");
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(await help());
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    console.error(`newsgraph: unknown command '${name}'\n\n${await help()}`);
    return 2;
  }
  const cmd = await load();
  // `db admin …` hands its arguments to neo4j-admin, whose own --help describes them.
  const passThrough = name === "db" && rest[0] === "admin";
  if (!passThrough && (rest.includes("--help") || rest.includes("-h"))) {
    console.log(`${cmd.summary}\n\nUsage: ${cmd.usage}`);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    console.error(`newsgraph ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
