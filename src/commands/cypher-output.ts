// How `newsgraph cypher` prints a result: a table for reading, CSV for spreadsheets, JSON for scripts.
// Table and CSV write values as Cypher literals, so INTEGER 1 and FLOAT 1.0 stay apart as cypher-shell
// shows them; JSON gives plain values (numbers, ISO strings for temporals, properties for nodes).
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { recordToPlain } from "../neo4j/run.ts";

export const OUTPUT_FORMATS = ["table", "csv", "json"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Table cells longer than this are cut with "…"; csv and json give every value whole. */
export const TABLE_CELL_MAX = 80;

function quoted(s: string): string {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

function propertiesLiteral(props: Record<string, unknown>): string {
  const entries = Object.entries(props);
  return entries.length === 0 ? "" : ` ${mapLiteral(props)}`;
}

function mapLiteral(map: Record<string, unknown>): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k}\``}: ${cypherLiteral(v)}`)
    .join(", ")}}`;
}

function floatLiteral(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "Infinity" : "-Infinity";
  const s = String(n);
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

/** A driver value as Cypher writes it; `top` leaves a top-level string unquoted (a table cell). */
export function cypherLiteral(value: unknown, top = false): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return top ? value : quoted(value);
  if (typeof value === "number") return floatLiteral(value);
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (isInt(value)) return value.toString();
  if (Array.isArray(value)) return `[${value.map((v) => cypherLiteral(v)).join(", ")}]`;
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value))
    return `(${value.labels.map((l) => `:${l}`).join("")}${propertiesLiteral(value.properties)})`;
  if (isRelationship(value)) return `[:${value.type}${propertiesLiteral(value.properties)}]`;
  if (isPath(value)) {
    let out = cypherLiteral(value.start);
    for (const seg of value.segments) {
      const forward = seg.relationship.startNodeElementId === seg.start.elementId;
      out += `${forward ? "-" : "<-"}${cypherLiteral(seg.relationship)}${forward ? "->" : "-"}${cypherLiteral(seg.end)}`;
    }
    return out;
  }
  if (isPoint(value)) {
    const z = value.z === undefined ? "" : `, z: ${value.z}`;
    return `point({srid: ${cypherLiteral(value.srid)}, x: ${value.x}, y: ${value.y}${z}})`;
  }
  if (value instanceof Uint8Array) return `bytes(${value.length})`;
  return mapLiteral(value as Record<string, unknown>);
}

function cell(value: unknown): string {
  const text = cypherLiteral(value, true).replace(/\r?\n/g, "\\n");
  return text.length > TABLE_CELL_MAX ? `${text.slice(0, TABLE_CELL_MAX - 1)}…` : text;
}

export function formatTable(keys: string[], records: Neo4jRecord[]): string {
  const rows = records.map((r) => keys.map((k) => cell(r.get(k))));
  const widths = keys.map((k, i) => Math.max(k.length, ...rows.map((row) => (row[i] as string).length)));
  const line = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  const out = [line, row(keys), line, ...rows.map(row)];
  if (rows.length > 0) out.push(line);
  return `${out.join("\n")}\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = cypherLiteral(value, true);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsv(keys: string[], records: Neo4jRecord[]): string {
  const lines = [keys.map(csvField), ...records.map((r) => keys.map((k) => csvField(r.get(k))))];
  return `${lines.map((l) => l.join(",")).join("\r\n")}\r\n`;
}

/** A JSON array, one row (object keyed by column) per line. */
export function formatJson(records: Neo4jRecord[]): string {
  if (records.length === 0) return "[]\n";
  return `[\n${records.map((r) => JSON.stringify(recordToPlain(r))).join(",\n")}\n]\n`;
}

export function formatResult(format: OutputFormat, keys: string[], records: Neo4jRecord[]): string {
  if (format === "csv") return formatCsv(keys, records);
  if (format === "json") return formatJson(records);
  return formatTable(keys, records);
}
