// `--format cypher`: a script that rebuilds the exported (sub)graph in an empty Neo4j, through
// cypher-shell (`cypher-shell -f graph.cypher`) or the driver (src/export/load.ts). Schema first, then
// `UNWIND [...] AS row MERGE ...` batches: nodes MERGE on their id, relationships MERGE on their
// endpoints, type and ALL their properties (parallel edges such as two AFFILIATED_WITH roles stay
// apart), so running the script twice changes nothing.
import { splitStatements } from "../neo4j/migrate.ts";
import { cypher, cypherNames } from "../neo4j/registry.ts";
import { type ExportNode, type ExportRel, type Props, type PropType, sortedEntries } from "./model.ts";
import type { TextSink } from "./sink.ts";
import type { GraphSource } from "./source.ts";

/** Rows per UNWIND; a batch is also cut when its text passes MAX_BATCH_CHARS (articles are long). */
export const BATCH_ROWS = 500;
const MAX_BATCH_CHARS = 1_000_000;

export function cypherString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === '"') out += '\\"';
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    // A raw newline would break the one-statement-per-line promise; other control characters and lone
    // surrogates are not valid UTF-8 text at all.
    else if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff))
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

function cypherFloat(v: unknown): string {
  const n = Number(v);
  if (Number.isNaN(n)) return "(0.0/0.0)";
  if (!Number.isFinite(n)) return n > 0 ? "(1.0/0.0)" : "(-1.0/0.0)";
  const s = String(n).replace("e+", "e");
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

const TEMPORAL_FN: Record<string, string> = {
  date: "date",
  localtime: "localtime",
  time: "time",
  localdatetime: "localdatetime",
  datetime: "datetime",
  duration: "duration",
};

function scalarLiteral(type: string, v: unknown, where: string): string {
  switch (type) {
    case "string":
      return cypherString(String(v));
    case "long":
      if (!/^-?\d+$/.test(String(v))) throw new Error(`${where}: ${String(v)} is not an integer`);
      return String(v);
    case "double":
      return cypherFloat(v);
    case "boolean":
      return v ? "true" : "false";
    default: {
      const fn = TEMPORAL_FN[type];
      if (!fn) throw new Error(`${where}: no Cypher literal for type ${type}`);
      return `${fn}(${cypherString(String(v))})`;
    }
  }
}

export function cypherLiteral(type: PropType, v: unknown, where: string): string {
  if (type === "empty[]") return "[]";
  if (type.endsWith("[]")) {
    const el = type.slice(0, -2);
    return `[${(v as unknown[]).map((x) => scalarLiteral(el, x, where)).join(", ")}]`;
  }
  return scalarLiteral(type, v, where);
}

export function cypherMap(props: Props, where: string): string {
  return `{${sortedEntries(props)
    .map(([k, tv]) => `${k}: ${cypherLiteral(tv.type, tv.value, `${where}.${k}`)}`)
    .join(", ")}}`;
}

function label(l: string): string {
  return `:\`${l}\``;
}

interface Batch {
  head: string;
  tail: string;
  rows: string[];
  chars: number;
}

/** Groups rows by statement shape and writes a group as one statement when it is full. */
export class Batcher {
  private groups = new Map<string, Batch>();
  statements = 0;

  constructor(private readonly sink: TextSink) {}

  async add(shape: string, head: string, tail: string, row: string): Promise<void> {
    let batch = this.groups.get(shape);
    if (!batch) {
      batch = { head, tail, rows: [], chars: 0 };
      this.groups.set(shape, batch);
    }
    batch.rows.push(row);
    batch.chars += row.length;
    if (batch.rows.length >= BATCH_ROWS || batch.chars >= MAX_BATCH_CHARS) await this.emit(batch);
  }

  private async emit(batch: Batch): Promise<void> {
    if (batch.rows.length === 0) return;
    await this.sink.write(`${batch.head}\n${batch.rows.join(",\n")}\n${batch.tail};\n`);
    this.statements++;
    batch.rows = [];
    batch.chars = 0;
  }

  async flushAll(): Promise<void> {
    for (const batch of this.groups.values()) await this.emit(batch);
    this.groups.clear();
  }
}

export async function nodeStatement(b: Batcher, n: ExportNode): Promise<void> {
  const extra = n.labels.filter((l) => l !== n.label);
  const where = `${n.label} ${n.id}`;
  const row = `{id: ${cypherString(n.id)}, props: ${cypherMap(n.props, where)}}`;
  const setLabels = extra.length > 0 ? `, n${extra.map(label).join("")}` : "";
  await b.add(
    `N|${n.labels.join(":")}`,
    "UNWIND [",
    `] AS row\nMERGE (n${label(n.label)} {id: row.id})\nSET n = row.props${setLabels}`,
    row,
  );
}

export async function relStatement(b: Batcher, r: ExportRel): Promise<void> {
  const keys = Object.keys(r.props).sort();
  const where = `${r.type} ${r.startId}->${r.endId}`;
  const row = `{s: ${cypherString(r.startId)}, e: ${cypherString(r.endId)}, p: ${cypherMap(r.props, where)}}`;
  const match = keys.length > 0 ? ` {${keys.map((k) => `${k}: row.p.${k}`).join(", ")}}` : "";
  await b.add(
    `R|${r.type}|${r.startLabel}|${r.endLabel}|${keys.join(",")}`,
    "UNWIND [",
    `] AS row\nMATCH (a${label(r.startLabel)} {id: row.s})\nMATCH (b${label(r.endLabel)} {id: row.e})\n` +
      `MERGE (a)-[r${label(r.type)}${match}]->(b)`,
    row,
  );
}

/** The project's schema (constraints first), one statement per line so the script stays line-splittable. */
export function schemaStatements(): string[] {
  const names = cypherNames().filter((n) => n.startsWith("schema/"));
  // Constraints before indexes: the MERGE batches rely on them, and an index on a constrained
  // property would be refused.
  names.sort(
    (a, b) => Number(!a.endsWith("constraints")) - Number(!b.endsWith("constraints")) || (a < b ? -1 : 1),
  );
  return names.flatMap((n) => splitStatements(cypher(n)).map((s) => s.replace(/\s+/g, " ").trim()));
}

export interface ExportStats {
  nodes: number;
  relationships: number;
}

export async function writeCypher(source: GraphSource, sink: TextSink): Promise<ExportStats> {
  const stats = { nodes: 0, relationships: 0 };
  await sink.write(
    "// newsgraph graph export (Cypher). Rebuilds the graph in an empty Neo4j and is safe to run twice:\n" +
      "//   cypher-shell -a bolt://localhost:7687 -u neo4j -p <password> -f <this file>\n" +
      "// Schema first (constraints back every MERGE on id), then nodes, then relationships.\n",
  );
  for (const s of schemaStatements()) await sink.write(`${s};\n`);
  const batcher = new Batcher(sink);
  for await (const page of source.nodes()) {
    for (const n of page) await nodeStatement(batcher, n);
    stats.nodes += page.length;
  }
  await batcher.flushAll();
  for await (const page of source.relationships()) {
    for (const r of page) await relStatement(batcher, r);
    stats.relationships += page.length;
  }
  await batcher.flushAll();
  await sink.write(`// end of export: ${stats.nodes} nodes, ${stats.relationships} relationships\n`);
  return stats;
}
