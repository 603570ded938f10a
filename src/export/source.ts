// Reads the graph for an export in pages (keyset on the indexed `id`), so memory stays bounded by the
// page size, never by the graph. Every format consumes the same two passes: all nodes, then all
// relationships (a Cypher script needs the nodes before it can MATCH relationship endpoints).

import { NODE_LABELS } from "../graph-model.ts";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import {
  checkLabel,
  checkLabels,
  checkRelType,
  type ExportNode,
  type ExportRel,
  type NodeLabel,
  nodeKey,
  type PropType,
  primaryLabel,
  propType,
  type RelType,
  typedProps,
} from "./model.ts";

export interface PropertySchema {
  nodes: Map<NodeLabel, Map<string, PropType>>;
  rels: Map<RelType, Map<string, PropType>>;
}

export interface GraphSource {
  /** Property names and types per primary label and relationship type (a superset for subgraphs). */
  schema(): Promise<PropertySchema>;
  nodes(): AsyncGenerator<ExportNode[]>;
  /** Pages of relationships; within a page sorted canonically, pages ordered by start node. */
  relationships(): AsyncGenerator<ExportRel[]>;
}

export const DEFAULT_PAGE_SIZE = 1000;

/** A page takes milliseconds, but an export is a batch job: a loaded server must not fail it at 10 s. */
export const PAGE_TIMEOUT = { timeoutMs: 300_000 };

function page<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return read<T>(query, params, PAGE_TIMEOUT);
}

/**
 * The export queries name labels and types as `$($label)`, `$($endLabel)`, `$($type)`, so the files are
 * valid Cypher on their own (and EXPLAIN-tested); a dynamic label or type cannot use the id index or
 * expand between two known nodes, so the export substitutes the allowlisted static names first.
 */
export function specialize(
  name: string,
  names: { label?: NodeLabel; endLabel?: NodeLabel; type?: RelType },
): string {
  let text = cypher(name);
  for (const [param, value] of Object.entries(names)) {
    const placeholder = `$($${param})`;
    if (!text.includes(placeholder))
      throw new Error(`cypher/${name}.cypher has no ${placeholder} placeholder`);
    // Allowlisted names only (model.ts), and backticked: nothing from the data reaches the query text.
    const checked = param === "type" ? checkRelType(value, name) : checkLabel(value, name);
    text = text.replaceAll(placeholder, `\`${checked}\``);
  }
  return text;
}

export function withLabel(name: string, label: NodeLabel): string {
  return specialize(name, { label });
}

/** Labels that take precedence over `label`: such nodes are exported under them instead. */
function higherLabels(label: NodeLabel): string[] {
  return NODE_LABELS.slice(0, NODE_LABELS.indexOf(label));
}

interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  types: [string, string][];
}

interface RelRow {
  startId: string;
  rels: {
    type: string;
    endLabels: string[];
    endId: string;
    props: Record<string, unknown>;
    types: [string, string][];
  }[];
}

export function toExportNode(row: NodeRow): ExportNode {
  const where = `node ${row.id}`;
  const label = primaryLabel(row.labels, where);
  return {
    key: nodeKey(label, row.id),
    label,
    id: row.id,
    labels: checkLabels(row.labels, where),
    props: typedProps(row.props, row.types, where),
  };
}

function toExportRels(startLabel: NodeLabel, rows: RelRow[]): ExportRel[] {
  const out: ExportRel[] = [];
  for (const row of rows) {
    for (const r of row.rels) {
      const where = `relationship ${r.type} from ${startLabel} ${row.startId} to ${r.endId}`;
      out.push({
        type: checkRelType(r.type, where),
        startLabel,
        startId: row.startId,
        endLabel: primaryLabel(r.endLabels, where),
        endId: r.endId,
        props: typedProps(r.props, r.types, where),
      });
    }
  }
  // Keys computed once per relationship, not once per comparison.
  return out
    .map((r) => [relSortKey(r), r] as const)
    .sort(([a], [b]) => compare(a, b))
    .map(([, r]) => r);
}

/** A total order on relationships that does not depend on how the database happens to return them. */
export function relSortKey(r: ExportRel): string {
  const props = Object.keys(r.props)
    .sort()
    .map((k) => [k, r.props[k]?.type, r.props[k]?.value]);
  return `${r.startLabel}\u0000${r.startId}\u0000${r.type}\u0000${r.endLabel}\u0000${r.endId}\u0000${JSON.stringify(props)}`;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two types one column must carry: an empty list fits any list; integers widen to floats. */
export function mergeTypes(a: PropType, b: PropType, where: string): PropType {
  if (a === b) return a;
  if (a === "empty[]" && b.endsWith("[]")) return b;
  if (b === "empty[]" && a.endsWith("[]")) return a;
  const pair = [a, b].sort().join("+");
  if (pair === "double+long") return "double";
  if (pair === "double[]+long[]") return "double[]";
  throw new Error(`${where}: values of types ${a} and ${b} cannot share one column`);
}

function addType(map: Map<string, PropType>, key: string, types: string[], where: string): void {
  for (const vt of types) {
    const t = propType(vt, where);
    const prev = map.get(key);
    map.set(key, prev ? mergeTypes(prev, t, where) : t);
  }
}

export async function readSchema(): Promise<PropertySchema> {
  const nodes = new Map<NodeLabel, Map<string, PropType>>();
  const rels = new Map<RelType, Map<string, PropType>>();
  const nodeRows = await page<{ labels: string[]; key: string; types: string[] }>(
    cypher("export/node-property-types"),
  );
  for (const row of nodeRows) {
    const label = primaryLabel(row.labels, `nodes labelled ${row.labels.join(":")}`);
    const map = nodes.get(label) ?? new Map<string, PropType>();
    nodes.set(label, map);
    addType(map, row.key, row.types, `${label}.${row.key}`);
  }
  const relRows = await page<{ type: string; key: string; types: string[] }>(
    cypher("export/rel-property-types"),
  );
  for (const row of relRows) {
    const type = checkRelType(row.type, `relationships of type ${row.type}`);
    const map = rels.get(type) ?? new Map<string, PropType>();
    rels.set(type, map);
    addType(map, row.key, row.types, `${type}.${row.key}`);
  }
  return { nodes, rels };
}

/** The whole graph, label by label in precedence order, each label in id order. */
export function wholeGraph(pageSize = DEFAULT_PAGE_SIZE): GraphSource {
  return {
    schema: readSchema,
    async *nodes() {
      for (const label of NODE_LABELS) {
        const query = withLabel("export/nodes-page", label);
        let after = "";
        for (;;) {
          const rows = await page<NodeRow>(query, { exclude: higherLabels(label), after, limit: pageSize });
          if (rows.length === 0) break;
          yield rows.map(toExportNode);
          after = rows[rows.length - 1]!.id;
          if (rows.length < pageSize) break;
        }
      }
    },
    async *relationships() {
      for (const label of NODE_LABELS) {
        const query = withLabel("export/rels-page", label);
        const size = new PageSizer(pageSize);
        let after = "";
        for (;;) {
          const limit = size.next();
          const rows = await page<RelRow>(query, { exclude: higherLabels(label), after, limit });
          if (rows.length === 0) break;
          const rels = toExportRels(label, rows);
          size.saw(rows.length, rels.length);
          if (rels.length > 0) yield rels;
          after = rows[rows.length - 1]!.startId;
          if (rows.length < limit) break;
        }
      }
    },
  };
}

/** Relationships a page should hold at most (about): what bounds memory, whatever the degrees. */
export const RELS_PER_PAGE = 5000;

/**
 * Start nodes per relationship page: pageSize nodes of degree 150 (an article's MENTIONS) would be
 * 150,000 relationships in one page, so the next page is sized from the degree the last one showed.
 */
export class PageSizer {
  private size: number;
  constructor(private readonly max: number) {
    this.size = Math.min(max, 100);
  }
  next(): number {
    return this.size;
  }
  saw(nodes: number, rels: number): void {
    const perNode = Math.max(1, rels / Math.max(1, nodes));
    this.size = Math.max(1, Math.min(this.max, Math.floor(RELS_PER_PAGE / perNode)));
  }
}

/** Pages of ids of the statements a filter selects, in id order (keyset after the last id). */
export type StatementIdPager = (after: string, limit: number) => Promise<string[]>;

/**
 * The subgraph of some statements: the statements, their speakers, articles, ABOUT targets and VIA
 * channels, and every relationship among those nodes. Neighbour keys are collected in a set (a few
 * bytes per entity or article), never whole nodes.
 */
export function statementSubgraph(pager: StatementIdPager, pageSize = DEFAULT_PAGE_SIZE): GraphSource {
  let neighbours: Map<NodeLabel, Set<string>> | null = null;

  async function* statementIdPages(): AsyncGenerator<string[]> {
    let after = "";
    for (;;) {
      const ids = await pager(after, pageSize);
      if (ids.length === 0) break;
      yield ids;
      after = ids[ids.length - 1]!;
      if (ids.length < pageSize) break;
    }
  }

  async function collectNeighbours(): Promise<Map<NodeLabel, Set<string>>> {
    const found = new Map<NodeLabel, Set<string>>();
    for await (const ids of statementIdPages()) await addNeighbours(found, ids);
    return found;
  }

  async function addNeighbours(found: Map<NodeLabel, Set<string>>, ids: string[]): Promise<void> {
    const rows = await page<{ labels: string[]; id: string }>(cypher("export/statement-neighbours"), { ids });
    for (const row of rows) {
      const label = primaryLabel(row.labels, `node ${row.id}`);
      const set = found.get(label) ?? new Set<string>();
      found.set(label, set);
      set.add(row.id);
    }
  }

  function* chunks(ids: string[]): Generator<string[]> {
    for (let i = 0; i < ids.length; i += pageSize) yield ids.slice(i, i + pageSize);
  }

  function inSubgraph(found: Map<NodeLabel, Set<string>>, r: ExportRel): boolean {
    return found.get(r.endLabel)?.has(r.endId) ?? false;
  }

  return {
    schema: readSchema,
    async *nodes() {
      const found = new Map<NodeLabel, Set<string>>();
      const statementQuery = withLabel("export/nodes-by-ids", "Statement");
      for await (const ids of statementIdPages()) {
        const rows = await page<NodeRow>(statementQuery, { ids });
        yield rows.map(toExportNode);
        await addNeighbours(found, ids);
      }
      neighbours = found;
      for (const label of NODE_LABELS) {
        const ids = [...(found.get(label) ?? [])].sort(compare);
        const query = withLabel("export/nodes-by-ids", label);
        for (const chunk of chunks(ids)) yield (await page<NodeRow>(query, { ids: chunk })).map(toExportNode);
      }
    },
    async *relationships() {
      const found = neighbours ?? (await collectNeighbours());
      const statementQuery = withLabel("export/rels-by-ids", "Statement");
      for await (const ids of statementIdPages()) {
        const rels = toExportRels("Statement", await page<RelRow>(statementQuery, { ids }));
        yield rels.filter((r) => inSubgraph(found, r));
      }
      for (const label of NODE_LABELS) {
        const ids = [...(found.get(label) ?? [])].sort(compare);
        const query = withLabel("export/rels-by-ids", label);
        const size = new PageSizer(pageSize);
        for (let i = 0; i < ids.length; ) {
          const chunk = ids.slice(i, i + size.next());
          i += chunk.length;
          const rels = toExportRels(label, await page<RelRow>(query, { ids: chunk }));
          size.saw(chunk.length, rels.length);
          const kept = rels.filter((r) => inSubgraph(found, r));
          if (kept.length > 0) yield kept;
        }
      }
    },
  };
}
