// Runs one export: picks the source (whole graph or a statement filter's subgraph) and the format.
import { writeCsv } from "./csv-format.ts";
import { type ExportStats, writeCypher } from "./cypher-format.ts";
import { writeGraphml } from "./graphml-format.ts";
import { writeJson } from "./json-format.ts";
import { openSink } from "./sink.ts";
import type { GraphSource } from "./source.ts";

export const FORMATS = ["cypher", "csv", "graphml", "json"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isFormat(s: string): s is ExportFormat {
  return (FORMATS as readonly string[]).includes(s);
}

/** `out`: a file (cypher, graphml, json; null or "-" = stdout) or a folder (csv, required). */
export async function runExport(
  format: ExportFormat,
  source: GraphSource,
  out: string | null,
): Promise<ExportStats> {
  if (format === "csv") {
    if (!out || out === "-") throw new Error("--format csv writes a folder of files: give it with --out DIR");
    return writeCsv(source, out);
  }
  const sink = await openSink(out);
  try {
    if (format === "cypher") return await writeCypher(source, sink);
    if (format === "json") return await writeJson(source, sink);
    return await writeGraphml(source, sink);
  } finally {
    await sink.close();
  }
}
