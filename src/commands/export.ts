// `newsgraph export`: the graph (or the subgraph of a statement filter) as Cypher, CSV, GraphML or JSON.
// The filter is the API's StatementWhere and goes through the same translation as the GraphQL
// `statements` field (src/filters/statement-filter.ts), so both select exactly the same statements.

import { graphCounts } from "../export/digest.ts";
import { type ExportFormat, exportSource, FORMATS, isFormat, runExport } from "../export/export.ts";
import { connect } from "../neo4j/connect.ts";
import { closeDriver } from "../neo4j/driver.ts";
import type { Command } from "./command.ts";

const USAGE = `newsgraph export --format cypher|csv|graphml|json [--out PATH] [--where JSON] [--page-size N]

  --format     cypher   script of idempotent statements (schema, then UNWIND … MERGE batches);
                        load with cypher-shell -f FILE, or into an empty database with the driver
               csv      folder of node/relationship files for neo4j-admin database import
                        (+ manifest.json, import.sh); needs --out DIR
               graphml  for Gephi, yEd, networkx
               json     {"nodes": [{id, labels, properties}], "relationships": [{type, start, end, properties}]}
  --out        file (default: stdout) or, for csv, a folder
  --where      a statement filter as in the GraphQL API, e.g.
               '{"speaker":{"nationality":"Russland","roleKind":"NEGOTIATOR"},"about":{"place":"Miami"}}'
               exports just those statements with their speakers, articles, ABOUT targets and VIA
               channels, and the relationships among them
  --page-size  nodes read per query (default 1000)`;

export interface ExportArgs {
  format: string;
  out: string | null;
  where: unknown;
  pageSize: number;
}

export function parseExportArgs(args: string[]): ExportArgs {
  const out: ExportArgs = { format: "", out: null, where: null, pageSize: 1000 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, null];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--format":
        out.format = value();
        break;
      case "--out":
        out.out = value();
        break;
      case "--where": {
        const text = value();
        try {
          out.where = JSON.parse(text);
        } catch (err) {
          throw new Error(
            `--where: not valid JSON (${err instanceof Error ? err.message : String(err)}): ${text}`,
          );
        }
        break;
      }
      case "--page-size": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 100_000)
          throw new Error("--page-size must be a whole number 1..100000");
        out.pageSize = n;
        break;
      }
      default:
        throw new Error(`unknown option ${arg}\n\nUsage: ${USAGE}`);
    }
  }
  if (!out.format) throw new Error(`--format is required (${FORMATS.join(", ")})`);
  if (!isFormat(out.format)) throw new Error(`--format ${out.format}: expected one of ${FORMATS.join(", ")}`);
  return out;
}

export const exportCommand: Command = {
  summary: "Export the graph (cypher, csv, graphml, json)",
  usage: USAGE,
  async run(argv) {
    const args = parseExportArgs(argv);
    // Reads a graph that is there: it never starts a database (with none running it tries the configured
    // Bolt port, and the driver's error says that nothing answered).
    const neo4j = await connect({ startAs: null, shareAttached: true });
    try {
      const source = await exportSource(args.where, args.pageSize);
      const started = Date.now();
      const stats = await runExport(args.format as ExportFormat, source, args.out);
      const where = args.out && args.out !== "-" ? ` to ${args.out}` : "";
      console.error(
        `newsgraph export: ${stats.nodes} nodes, ${stats.relationships} relationships as ${args.format}${where} in ${Date.now() - started} ms`,
      );
      if (args.where === null || args.where === undefined) {
        // Only allowlisted labels are read; say so if the database holds anything else (or changed meanwhile).
        const total = await graphCounts();
        if (total.nodes !== stats.nodes || total.relationships !== stats.relationships) {
          console.error(
            `newsgraph export: warning: the database holds ${total.nodes} nodes and ${total.relationships} relationships; ` +
              "the difference has labels outside the newsgraph model or was written during the export",
          );
        }
      }
      return 0;
    } finally {
      await closeDriver();
      await neo4j.release();
    }
  },
};
