// `--format json`: { nodes: [{id, labels, properties, types?}], relationships: [{type, start, end,
// properties, types?}] }. Node ids are `<primary label>:<id>` (stable across exports and databases).
// JSON has one number type, so `types` names the Neo4j type of every property that is not a string,
// boolean or list of those (long/double, temporals); loaders need it to restore INTEGER vs FLOAT.
// One element per line, so the file streams in both directions.

import type { ExportStats } from "./cypher-format.ts";
import type { ExportNode, ExportRel, Props } from "./model.ts";
import { nodeKey, sortedEntries } from "./model.ts";
import type { TextSink } from "./sink.ts";
import type { GraphSource } from "./source.ts";

const SELF_DESCRIBING = new Set(["string", "boolean", "string[]", "boolean[]", "empty[]"]);

function propsAndTypes(props: Props): {
  properties: Record<string, unknown>;
  types?: Record<string, string>;
} {
  const properties: Record<string, unknown> = {};
  const types: Record<string, string> = {};
  for (const [k, tv] of sortedEntries(props)) {
    properties[k] = tv.value;
    if (!SELF_DESCRIBING.has(tv.type)) types[k] = tv.type;
  }
  return Object.keys(types).length > 0 ? { properties, types } : { properties };
}

export function jsonNode(n: ExportNode): string {
  return JSON.stringify({ id: n.key, labels: n.labels, ...propsAndTypes(n.props) });
}

export function jsonRel(r: ExportRel): string {
  return JSON.stringify({
    type: r.type,
    start: nodeKey(r.startLabel, r.startId),
    end: nodeKey(r.endLabel, r.endId),
    ...propsAndTypes(r.props),
  });
}

export async function writeJson(source: GraphSource, sink: TextSink): Promise<ExportStats> {
  const stats = { nodes: 0, relationships: 0 };
  await sink.write('{"nodes": [\n');
  for await (const page of source.nodes()) {
    for (const n of page) await sink.write(`${stats.nodes++ === 0 ? "" : ",\n"}${jsonNode(n)}`);
  }
  await sink.write('\n],\n"relationships": [\n');
  for await (const page of source.relationships()) {
    for (const r of page) await sink.write(`${stats.relationships++ === 0 ? "" : ",\n"}${jsonRel(r)}`);
  }
  await sink.write("\n]}\n");
  return stats;
}
