// Runs one export: picks the source (whole graph or a statement filter's subgraph) and the format.

import { read } from "../neo4j/run.ts";
import { writeCsv } from "./csv-format.ts";
import { type ExportStats, writeCypher } from "./cypher-format.ts";
import { writeGraphml } from "./graphml-format.ts";
import { writeJson } from "./json-format.ts";
import { openSink } from "./sink.ts";
import {
  type GraphSource,
  PAGE_TIMEOUT,
  type StatementIdPager,
  statementSubgraph,
  wholeGraph,
} from "./source.ts";

export const FORMATS = ["cypher", "csv", "graphml", "json"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function isFormat(s: string): s is ExportFormat {
  return (FORMATS as readonly string[]).includes(s);
}

/** Pages of the ids of the statements `where` selects, through the API's filter translation. */
async function filteredStatementPager(where: unknown): Promise<StatementIdPager> {
  const filter = await import("../filters/statement-filter.ts");
  const resolved = await filter.resolveStatementWhere(filter.parseStatementWhere(where, "--where"));
  const order = { field: "ID", direction: "ASC" } as const;
  return async (after, limit) => {
    const { query, params } = filter.statementPageQuery(resolved, {
      limit,
      order,
      after: after ? { key: after, id: after } : null,
    });
    const rows = await read<{ s: { id: string } }>(query, params, PAGE_TIMEOUT);
    return rows.map((r) => r.s.id);
  };
}

export async function exportSource(where: unknown, pageSize: number): Promise<GraphSource> {
  if (where === null || where === undefined) return wholeGraph(pageSize);
  return statementSubgraph(await filteredStatementPager(where), pageSize);
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
