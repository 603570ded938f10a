// Loads an export back into a Neo4j through the driver (the database `getDriver()` points at): the
// Cypher script statement by statement, or the CSV folder / JSON file through batched typed MERGEs.
// Everything streams: files are read line by line and written in batches of BATCH_ROWS.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import neo4j from "neo4j-driver";
import { runSchema, write } from "../neo4j/run.ts";
import type { CsvManifest } from "./csv-format.ts";
import {
  checkLabel,
  checkLabels,
  checkPropKey,
  checkRelType,
  type NodeLabel,
  type Props,
  type PropType,
  primaryLabel,
  type RelType,
} from "./model.ts";
import { specialize } from "./source.ts";

const BATCH_ROWS = 500;
/** Loading is a batch job; the API's 10 s query timeout would fail a large batch on a busy server. */
const LOAD_TIMEOUT = { timeoutMs: 600_000 };

export interface LoadStats {
  statements: number;
  nodes: number;
  relationships: number;
}

// ---------------------------------------------------------------------------------------------------
// Cypher scripts

/**
 * Splits Cypher text into statements as it streams in: `;` ends a statement unless it is inside a
 * string, a backtick name or a comment. Comment-only statements are dropped.
 */
export class StatementSplitter {
  private current = "";
  private quote: string | null = null;
  private comment: "line" | "block" | null = null;
  private escaped = false;
  private prev = "";

  feed(text: string): string[] {
    const out: string[] = [];
    for (const ch of text) {
      const prev = this.prev;
      this.prev = ch;
      if (this.comment === "line") {
        if (ch === "\n") this.comment = null;
        continue;
      }
      if (this.comment === "block") {
        if (prev === "*" && ch === "/") {
          this.comment = null;
          this.prev = "";
        }
        continue;
      }
      if (this.quote) {
        this.current += ch;
        if (this.escaped) this.escaped = false;
        else if (ch === "\\" && this.quote !== "`") this.escaped = true;
        else if (ch === this.quote) this.quote = null;
        continue;
      }
      if (prev === "/" && (ch === "/" || ch === "*")) {
        this.current = this.current.slice(0, -1);
        this.comment = ch === "/" ? "line" : "block";
        this.prev = "";
        continue;
      }
      if (ch === "'" || ch === '"' || ch === "`") this.quote = ch;
      if (ch === ";") {
        const s = this.current.trim();
        if (s) out.push(s);
        this.current = "";
        continue;
      }
      this.current += ch;
    }
    return out;
  }

  end(): string[] {
    const s = this.current.trim();
    this.current = "";
    if (this.quote) throw new Error(`unterminated ${this.quote} string at the end of the script`);
    return s ? [s] : [];
  }
}

const SCHEMA_COMMAND =
  /^(CREATE|DROP)\s+(OR\s+REPLACE\s+)?((RANGE|TEXT|POINT|FULLTEXT|LOOKUP|VECTOR)\s+)?(CONSTRAINT|INDEX)\b/i;

export async function loadCypherScript(file: string): Promise<LoadStats> {
  const splitter = new StatementSplitter();
  const stats: LoadStats = { statements: 0, nodes: 0, relationships: 0 };
  const run = async (statement: string) => {
    try {
      if (SCHEMA_COMMAND.test(statement)) await runSchema(statement);
      else await write(statement, {}, LOAD_TIMEOUT);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`${file}, statement ${stats.statements + 1} (${statement.slice(0, 60)}…): ${reason}`);
    }
    stats.statements++;
  };
  const stream = fs.createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    for (const statement of splitter.feed(chunk as string)) await run(statement);
  }
  for (const statement of splitter.end()) await run(statement);
  return stats;
}

// ---------------------------------------------------------------------------------------------------
// Typed values → driver parameters

function scalarParam(type: string, v: unknown, where: string): unknown {
  switch (type) {
    case "string":
      return String(v);
    case "long":
      if (!/^-?\d+$/.test(String(v))) throw new Error(`${where}: '${String(v)}' is not an integer`);
      return neo4j.int(String(v));
    case "double": {
      const n = Number(v);
      if (Number.isNaN(n) && v !== "NaN" && !Number.isNaN(v))
        throw new Error(`${where}: '${String(v)}' is not a number`);
      return n;
    }
    case "boolean":
      if (v === true || v === "true") return true;
      if (v === false || v === "false") return false;
      throw new Error(`${where}: '${String(v)}' is not true or false`);
    default:
      throw new Error(
        `${where}: the loader does not restore ${type} values yet (export holds them as ISO text)`,
      );
  }
}

export function toParam(type: PropType, v: unknown, where: string): unknown {
  if (type === "empty[]") return [];
  if (type.endsWith("[]")) {
    if (!Array.isArray(v)) throw new Error(`${where}: expected a list`);
    return v.map((x) => scalarParam(type.slice(0, -2), x, where));
  }
  return scalarParam(type, v, where);
}

function propsParam(props: Props, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, tv] of Object.entries(props))
    out[checkPropKey(k, where)] = toParam(tv.type, tv.value, `${where}.${k}`);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Batched graph writer shared by the CSV and JSON loaders

interface NodeIn {
  label: NodeLabel;
  id: string;
  labels: string[];
  props: Props;
}

interface RelIn {
  type: RelType;
  startLabel: NodeLabel;
  startId: string;
  endLabel: NodeLabel;
  endId: string;
  props: Props;
}

export class GraphLoader {
  private nodeBatches = new Map<NodeLabel, Record<string, unknown>[]>();
  private relBatches = new Map<
    string,
    { r: Omit<RelIn, "startId" | "endId" | "props">; rows: Record<string, unknown>[] }
  >();
  readonly stats: LoadStats = { statements: 0, nodes: 0, relationships: 0 };

  async node(n: NodeIn): Promise<void> {
    const where = `${n.label} ${n.id}`;
    const props = propsParam(n.props, where);
    if (props.id !== n.id) props.id = n.id;
    const rows = this.nodeBatches.get(n.label) ?? [];
    this.nodeBatches.set(n.label, rows);
    rows.push({ id: n.id, props, extra: n.labels.filter((l) => l !== n.label) });
    if (rows.length >= BATCH_ROWS) await this.flushNodes(n.label);
  }

  async rel(r: RelIn): Promise<void> {
    const key = `${r.type}|${r.startLabel}|${r.endLabel}`;
    const batch = this.relBatches.get(key) ?? { r, rows: [] };
    this.relBatches.set(key, batch);
    batch.rows.push({
      s: r.startId,
      e: r.endId,
      props: propsParam(r.props, `${r.type} ${r.startId}->${r.endId}`),
    });
    if (batch.rows.length >= BATCH_ROWS) await this.flushRels(key);
  }

  private async flushNodes(label: NodeLabel): Promise<void> {
    const rows = this.nodeBatches.get(label);
    if (!rows || rows.length === 0) return;
    this.nodeBatches.set(label, []);
    await write(specialize("export/load-nodes", { label }), { rows }, LOAD_TIMEOUT);
    this.stats.statements++;
    this.stats.nodes += rows.length;
  }

  private async flushRels(key: string): Promise<void> {
    const batch = this.relBatches.get(key);
    if (!batch || batch.rows.length === 0) return;
    const rows = batch.rows;
    batch.rows = [];
    const { type, startLabel, endLabel } = batch.r;
    const query = specialize("export/load-rels", { label: startLabel, endLabel, type });
    await write(query, { rows }, LOAD_TIMEOUT);
    this.stats.statements++;
    this.stats.relationships += rows.length;
  }

  /** Nodes must all be written before relationships can MATCH them: call between the two passes. */
  async flushAllNodes(): Promise<void> {
    for (const label of this.nodeBatches.keys()) await this.flushNodes(label);
  }

  async flush(): Promise<void> {
    await this.flushAllNodes();
    for (const key of this.relBatches.keys()) await this.flushRels(key);
  }
}

function splitKey(key: string, where: string): { label: NodeLabel; id: string } {
  const i = key.indexOf(":");
  if (i < 0) throw new Error(`${where}: node id '${key}' is not <label>:<id>`);
  return { label: checkLabel(key.slice(0, i), where), id: key.slice(i + 1) };
}

// ---------------------------------------------------------------------------------------------------
// JSON

const NATURAL: Record<string, PropType> = { string: "string", boolean: "boolean" };

function jsonProps(
  properties: Record<string, unknown>,
  types: Record<string, string> | undefined,
  where: string,
): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(properties ?? {})) {
    let type = types?.[k] as PropType | undefined;
    if (!type) {
      if (Array.isArray(v))
        type = v.length === 0 ? "empty[]" : (`${NATURAL[typeof v[0]] ?? "string"}[]` as PropType);
      else type = NATURAL[typeof v];
    }
    if (!type) throw new Error(`${where}.${k}: a ${typeof v} value needs its type in "types"`);
    out[k] = { type, value: v };
  }
  return out;
}

/** Reads a JSON export as written by json-format.ts (one node or relationship per line). */
export async function loadJsonFile(file: string): Promise<LoadStats> {
  const loader = new GraphLoader();
  const lines = readline.createInterface({
    input: fs.createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Infinity,
  });
  let section: "head" | "nodes" | "rels" = "head";
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim().replace(/,$/, "");
    const where = `${file}:${lineNo}`;
    if (line.startsWith('{"nodes"')) {
      section = "nodes";
      continue;
    }
    if (line.startsWith('"relationships"')) {
      await loader.flushAllNodes();
      section = "rels";
      continue;
    }
    if (!line.startsWith("{")) continue;
    let el: Record<string, unknown>;
    try {
      el = JSON.parse(line);
    } catch {
      throw new Error(`${where}: not one JSON element per line (load files written by newsgraph export)`);
    }
    if (section === "nodes") {
      const { label, id } = splitKey(String(el.id), where);
      const labels = checkLabels(el.labels as string[], where);
      if (primaryLabel(labels, where) !== label)
        throw new Error(`${where}: id ${String(el.id)} does not match labels`);
      const props = jsonProps(
        el.properties as Record<string, unknown>,
        el.types as Record<string, string>,
        where,
      );
      await loader.node({ label, id, labels, props });
    } else if (section === "rels") {
      const start = splitKey(String(el.start), where);
      const end = splitKey(String(el.end), where);
      await loader.rel({
        type: checkRelType(String(el.type), where),
        startLabel: start.label,
        startId: start.id,
        endLabel: end.label,
        endId: end.id,
        props: jsonProps(el.properties as Record<string, unknown>, el.types as Record<string, string>, where),
      });
    } else {
      throw new Error(`${where}: element before the "nodes" list`);
    }
  }
  await loader.flush();
  return loader.stats;
}

// ---------------------------------------------------------------------------------------------------
// CSV

/** One CSV field: its text and whether it was quoted (an unquoted empty field means "no value"). */
export interface CsvField {
  text: string;
  quoted: boolean;
}

/** RFC 4180 records (quoted fields may span lines, `""` is a quote), streamed from a file. */
export async function* csvRecords(file: string): AsyncGenerator<CsvField[]> {
  let fields: CsvField[] = [];
  let text = "";
  let quoted = false;
  let inQuotes = false;
  let pendingQuote = false;
  let atFieldStart = true;
  const endField = () => {
    fields.push({ text, quoted });
    text = "";
    quoted = false;
    atFieldStart = true;
  };
  for await (const chunk of fs.createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })) {
    for (const ch of chunk as string) {
      if (inQuotes) {
        if (pendingQuote) {
          pendingQuote = false;
          if (ch === '"') {
            text += '"';
            continue;
          }
          inQuotes = false; // the quote closed the field; fall through to handle ch
        } else if (ch === '"') {
          pendingQuote = true;
          continue;
        } else {
          text += ch;
          continue;
        }
      }
      if (ch === '"' && atFieldStart) {
        inQuotes = true;
        quoted = true;
        atFieldStart = false;
      } else if (ch === ",") {
        endField();
      } else if (ch === "\n") {
        endField();
        const record = fields;
        fields = [];
        if (!(record.length === 1 && record[0]?.text === "" && !record[0].quoted)) yield record;
      } else if (ch !== "\r") {
        text += ch;
        atFieldStart = false;
      }
    }
  }
  if (inQuotes && !pendingQuote) throw new Error(`${file}: unterminated quoted field at the end of the file`);
  if (text !== "" || quoted || fields.length > 0) {
    endField();
    yield fields;
  }
}

interface Column {
  name: string;
  /** "ID", "LABEL", "START_ID", "END_ID", "TYPE" or a property type. */
  kind: string;
}

export function parseHeader(fields: CsvField[], where: string): Column[] {
  return fields.map((f) => {
    const m = /^([^:]*)(?::(.+))?$/.exec(f.text)!;
    const name = m[1] ?? "";
    const spec = m[2] ?? "string";
    const kind = spec.replace(/\(.*\)$/, "");
    if (["ID", "LABEL", "START_ID", "END_ID", "TYPE"].includes(kind)) return { name, kind };
    const base = kind.replace(/\[\]$/, "");
    if (!["string", "long", "int", "double", "float", "boolean"].includes(base)) {
      throw new Error(`${where}: column ${f.text} has a type the loader does not read`);
    }
    const norm = base === "int" ? "long" : base === "float" ? "double" : base;
    return { name: checkPropKey(name, where), kind: kind.endsWith("[]") ? `${norm}[]` : norm };
  });
}

function csvProps(cols: Column[], rec: CsvField[], delimiter: string, where: string): Props {
  const props: Props = {};
  cols.forEach((c, i) => {
    if (["ID", "LABEL", "START_ID", "END_ID", "TYPE"].includes(c.kind)) return;
    const f = rec[i];
    if (!f || (f.text === "" && !f.quoted)) return;
    const type = c.kind as PropType;
    if (type.endsWith("[]")) {
      props[c.name] =
        f.text === "" ? { type: "empty[]", value: [] } : { type, value: f.text.split(delimiter) };
    } else {
      props[c.name] = { type, value: f.text };
    }
  });
  if (rec.length !== cols.length)
    throw new Error(`${where}: ${rec.length} fields, the header has ${cols.length}`);
  return props;
}

/** Loads a folder written by `export --format csv` (its manifest.json says which file holds what). */
export async function loadCsvDir(dir: string): Promise<LoadStats> {
  const manifestFile = path.join(dir, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new Error(`${dir}: no manifest.json (not a newsgraph CSV export)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as CsvManifest;
  const delimiter = manifest.arrayDelimiter;
  const loader = new GraphLoader();
  for (const entry of manifest.nodes) {
    const file = path.join(dir, entry.file);
    const label = checkLabel(entry.label, file);
    let cols: Column[] | null = null;
    let line = 0;
    for await (const rec of csvRecords(file)) {
      line++;
      const where = `${file} record ${line}`;
      if (!cols) {
        cols = parseHeader(rec, where);
        continue;
      }
      const idIdx = cols.findIndex((c) => c.kind === "ID");
      const labelIdx = cols.findIndex((c) => c.kind === "LABEL");
      const id = rec[idIdx]?.text ?? "";
      const labels = checkLabels((rec[labelIdx]?.text ?? label).split(delimiter), where);
      const props = csvProps(cols, rec, delimiter, where);
      const idName = cols[idIdx]?.name || "id";
      props[idName] = { type: "string", value: id };
      await loader.node({ label, id, labels, props });
    }
  }
  await loader.flushAllNodes();
  for (const entry of manifest.relationships) {
    const file = path.join(dir, entry.file);
    const type = checkRelType(entry.type, file);
    const startLabel = checkLabel(entry.startLabel, file);
    const endLabel = checkLabel(entry.endLabel, file);
    let cols: Column[] | null = null;
    let line = 0;
    for await (const rec of csvRecords(file)) {
      line++;
      const where = `${file} record ${line}`;
      if (!cols) {
        cols = parseHeader(rec, where);
        continue;
      }
      const s = rec[cols.findIndex((c) => c.kind === "START_ID")]?.text ?? "";
      const e = rec[cols.findIndex((c) => c.kind === "END_ID")]?.text ?? "";
      const props = csvProps(cols, rec, delimiter, where);
      await loader.rel({ type, startLabel, startId: s, endLabel, endId: e, props });
    }
  }
  await loader.flush();
  return loader.stats;
}
