// `--format csv --out DIR`: one node file per primary label and one relationship file per
// (type, start label, end label), with headers as `neo4j-admin database import` reads them
// (`id:ID(Person)`, `:LABEL`, `:START_ID(Statement)`, `:END_ID(Person)`, `:TYPE`, `count:long`,
// `aliases:string[]`), plus `manifest.json` (what src/export/load.ts reads) and `import.sh` (the exact
// neo4j-admin command). Strings are always quoted, so `""` is an empty string and an empty field is
// "no property"; an empty list is written as `""` in a list column.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExportStats } from "./cypher-format.ts";
import type { ExportNode, ExportRel, NodeLabel, PropType, RelType } from "./model.ts";
import { openSink, type TextSink } from "./sink.ts";
import type { GraphSource, PropertySchema } from "./source.ts";

export const ARRAY_DELIMITER = ";";

export interface CsvManifest {
  format: "newsgraph-csv";
  version: 1;
  arrayDelimiter: string;
  nodes: { file: string; label: NodeLabel }[];
  relationships: { file: string; type: RelType; startLabel: NodeLabel; endLabel: NodeLabel }[];
}

export function csvQuote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

function scalarField(type: string, v: unknown): string {
  if (type === "double") {
    const n = Number(v);
    if (Number.isNaN(n)) return "NaN";
    if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
    return String(n);
  }
  if (type === "long" || type === "boolean") return String(v);
  return String(v);
}

export function csvField(type: PropType | undefined, v: unknown, where: string): string {
  if (v === undefined || v === null) return "";
  if (!type) throw new Error(`${where}: no column type (the schema pass missed this property)`);
  if (type.endsWith("[]")) {
    const el = type.slice(0, -2);
    const items = (v as unknown[]).map((x) => {
      const s = scalarField(el, x);
      if (s.includes(ARRAY_DELIMITER)) {
        throw new Error(`${where}: list element '${s}' contains the array delimiter '${ARRAY_DELIMITER}'`);
      }
      return s;
    });
    return csvQuote(items.join(ARRAY_DELIMITER));
  }
  if (type === "string" || !["long", "double", "boolean"].includes(type))
    return csvQuote(scalarField(type, v));
  return scalarField(type, v);
}

function header(name: string, type: PropType): string {
  if (type === "string") return name;
  // An always-empty list has no element type; string[] is what an analyst's tools expect.
  return `${name}:${type === "empty[]" ? "string[]" : type}`;
}

interface OpenFile {
  sink: TextSink;
  columns: [string, PropType][];
}

export async function writeCsv(source: GraphSource, dir: string): Promise<ExportStats> {
  fs.mkdirSync(dir, { recursive: true });
  const schema: PropertySchema = await source.schema();
  const manifest: CsvManifest = {
    format: "newsgraph-csv",
    version: 1,
    arrayDelimiter: ARRAY_DELIMITER,
    nodes: [],
    relationships: [],
  };
  const files = new Map<string, OpenFile>();
  const stats = { nodes: 0, relationships: 0 };

  async function nodeFile(label: NodeLabel): Promise<OpenFile> {
    let f = files.get(label);
    if (f) return f;
    const columns = [...(schema.nodes.get(label) ?? new Map<string, PropType>())]
      .filter(([k]) => k !== "id")
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const file = `nodes-${label}.csv`;
    const sink = await openSink(path.join(dir, file));
    await sink.write(
      `${[`id:ID(${label})`, ":LABEL", ...columns.map(([k, t]) => header(k, t))].join(",")}\n`,
    );
    manifest.nodes.push({ file, label });
    f = { sink, columns };
    files.set(label, f);
    return f;
  }

  async function relFile(r: ExportRel): Promise<OpenFile> {
    const name = `${r.type}-${r.startLabel}-${r.endLabel}`;
    let f = files.get(name);
    if (f) return f;
    const columns = [...(schema.rels.get(r.type) ?? new Map<string, PropType>())].sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
    const file = `rels-${name}.csv`;
    const sink = await openSink(path.join(dir, file));
    const head = [
      `:START_ID(${r.startLabel})`,
      `:END_ID(${r.endLabel})`,
      ":TYPE",
      ...columns.map(([k, t]) => header(k, t)),
    ];
    await sink.write(`${head.join(",")}\n`);
    manifest.relationships.push({ file, type: r.type, startLabel: r.startLabel, endLabel: r.endLabel });
    f = { sink, columns };
    files.set(name, f);
    return f;
  }

  function checkColumns(f: OpenFile, keys: string[], where: string): void {
    for (const k of keys) {
      if (k !== "id" && !f.columns.some(([c]) => c === k)) {
        throw new Error(
          `${where}: property ${k} appeared after the header was written (graph changed during export?)`,
        );
      }
    }
  }

  try {
    for await (const page of source.nodes()) {
      for (const n of page as ExportNode[]) {
        const f = await nodeFile(n.label);
        const where = `${n.label} ${n.id}`;
        checkColumns(f, Object.keys(n.props), where);
        const fields = [csvQuote(n.id), csvQuote(n.labels.join(ARRAY_DELIMITER))];
        for (const [k, t] of f.columns) fields.push(csvField(t, n.props[k]?.value, `${where}.${k}`));
        await f.sink.write(`${fields.join(",")}\n`);
        stats.nodes++;
      }
    }
    for await (const page of source.relationships()) {
      for (const r of page) {
        const f = await relFile(r);
        const where = `${r.type} ${r.startId}->${r.endId}`;
        checkColumns(f, Object.keys(r.props), where);
        const fields = [csvQuote(r.startId), csvQuote(r.endId), r.type];
        for (const [k, t] of f.columns) fields.push(csvField(t, r.props[k]?.value, `${where}.${k}`));
        await f.sink.write(`${fields.join(",")}\n`);
        stats.relationships++;
      }
    }
  } finally {
    for (const f of files.values()) await f.sink.close();
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(dir, "import.sh"), importScript(manifest), { mode: 0o755 });
  return stats;
}

/** bin/ of this checkout: its neo4j-admin runs the real tool from the cached Neo4j jars (src/neo4j/admin.ts). */
const NEWSGRAPH_BIN = fileURLToPath(new URL("../../bin", import.meta.url));

/** The neo4j-admin command for these files (the database must be stopped; `full` replaces it). */
export function importScript(m: CsvManifest): string {
  const args = [
    ...m.nodes.map((n) => `  --nodes="$DIR/${n.file}"`),
    ...m.relationships.map((r) => `  --relationships="$DIR/${r.file}"`),
  ];
  return [
    "#!/bin/sh",
    "# Imports this export into an EMPTY, stopped database with neo4j-admin (Neo4j 5+ / 2025+).",
    "# Usage: ./import.sh [database]   (then start Neo4j and apply the schema: newsgraph db start)",
    "set -e",
    'DIR="$(cd "$(dirname "$0")" && pwd)"',
    "# neo4j-admin from PATH; without a Neo4j distribution, a newsgraph checkout runs the same tool from its",
    "# jars (bin/neo4j-admin = `newsgraph db admin`): the one in NEWSGRAPH_BIN, else the one that wrote this.",
    `FALLBACK='${NEWSGRAPH_BIN.replaceAll("'", "'\\''")}'`,
    "if ! command -v neo4j-admin >/dev/null 2>&1; then",
    `  CHECKOUT="\${NEWSGRAPH_BIN:-$FALLBACK}"`,
    '  PATH="$CHECKOUT:$PATH"',
    "  if ! command -v neo4j-admin >/dev/null 2>&1; then",
    '    echo "import.sh: no neo4j-admin on PATH, and no newsgraph checkout at $CHECKOUT:" \\',
    '      "install Neo4j, or set NEWSGRAPH_BIN to the bin folder of a newsgraph checkout" >&2',
    "    exit 127",
    "  fi",
    "fi",
    `neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination=true \\`,
    `  --multiline-fields=true --array-delimiter='${m.arrayDelimiter}' --id-type=string \\`,
    `${args.join(" \\\n")}`,
    "",
  ].join("\n");
}
