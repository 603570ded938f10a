// `--format graphml`: for Gephi, yEd, networkx. GraphML declares every attribute in a <key> before the
// graph, so a schema pass comes first. Each node carries `labels` (":Organization:Country:Place") and
// `label` (a display name: name, title or the start of a statement's text — Gephi shows it); each edge
// carries `type` and `label` (the relationship type). Lists become JSON text (GraphML has no list type).
import type { ExportStats } from "./cypher-format.ts";
import { type ExportNode, type ExportRel, nodeKey, type PropType } from "./model.ts";
import type { TextSink } from "./sink.ts";
import type { GraphSource } from "./source.ts";

const NODE_META = ["labels", "label"];
const EDGE_META = ["type", "label"];

export function xmlText(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "&") out += "&amp;";
    else if (ch === "<") out += "&lt;";
    else if (ch === ">") out += "&gt;";
    else if (ch === '"') out += "&quot;";
    // XML 1.0 forbids most control characters and lone surrogates, even as references.
    else if ((code < 0x20 && ch !== "\n" && ch !== "\t" && ch !== "\r") || (code >= 0xd800 && code <= 0xdfff))
      out += "\uFFFD";
    else if (ch === "\r") out += "&#13;";
    else out += ch;
  }
  return out;
}

/** GraphML ids are NMTOKENs; our ids almost always are already, anything else is escaped reversibly. */
export function graphmlId(key: string): string {
  return key.replace(/[^A-Za-z0-9._:-]/g, (c) => `_x${c.codePointAt(0)!.toString(16)}_`);
}

function attrType(t: PropType): string {
  switch (t) {
    case "long":
      return "long";
    case "double":
      return "double";
    case "boolean":
      return "boolean";
    default:
      return "string";
  }
}

function dataValue(t: PropType, v: unknown): string {
  if (t.endsWith("[]")) return JSON.stringify(v);
  if (t === "double") {
    const n = Number(v);
    return Number.isFinite(n) ? String(n) : Number.isNaN(n) ? "NaN" : n > 0 ? "INF" : "-INF";
  }
  return String(v);
}

function displayName(n: ExportNode): string {
  const pick = (k: string) => (typeof n.props[k]?.value === "string" ? (n.props[k]?.value as string) : null);
  const text = pick("text");
  return (
    pick("name") ?? pick("title") ?? (text ? (text.length > 80 ? `${text.slice(0, 77)}...` : text) : n.id)
  );
}

export async function writeGraphml(source: GraphSource, sink: TextSink): Promise<ExportStats> {
  const schema = await source.schema();
  // One <key> per property name and domain. Where labels disagree on a type (Meeting.start is text,
  // Statement.start a number) each label gets its own key with the same attr.name, so no value is coerced.
  const nodeTypes = new Map<string, Set<PropType>>();
  for (const props of schema.nodes.values()) {
    for (const [k, t] of props) nodeTypes.set(k, (nodeTypes.get(k) ?? new Set()).add(t));
  }
  const nodeKeyDecls: [string, string, PropType][] = [];
  for (const [label, props] of schema.nodes) {
    for (const [k, t] of props) {
      if ((nodeTypes.get(k)?.size ?? 0) > 1) nodeKeyDecls.push([`n_${label}_${k}`, k, t]);
    }
  }
  for (const [k, types] of nodeTypes) if (types.size === 1) nodeKeyDecls.push([`n_${k}`, k, [...types][0]!]);
  const nodeKeyId = (label: string, k: string) =>
    (nodeTypes.get(k)?.size ?? 0) > 1 ? `n_${label}_${k}` : `n_${k}`;
  const edgeKeys = new Map<string, PropType>();
  for (const props of schema.rels.values()) {
    for (const [k, t] of props) {
      const prev = edgeKeys.get(k);
      edgeKeys.set(k, prev === undefined || prev === t ? t : "string");
    }
  }
  for (const k of NODE_META)
    if (nodeTypes.has(k)) throw new Error(`node property '${k}' clashes with GraphML's ${k}`);
  for (const k of EDGE_META)
    if (edgeKeys.has(k)) throw new Error(`relationship property '${k}' clashes with GraphML's ${k}`);

  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const k of NODE_META)
    await sink.write(`<key id="${k}" for="node" attr.name="${k}" attr.type="string"/>\n`);
  for (const [id, k, t] of nodeKeyDecls.sort(([a], [b]) => (a < b ? -1 : 1))) {
    await sink.write(`<key id="${id}" for="node" attr.name="${k}" attr.type="${attrType(t)}"/>\n`);
  }
  for (const k of EDGE_META)
    await sink.write(`<key id="e${k}" for="edge" attr.name="${k}" attr.type="string"/>\n`);
  for (const [k, t] of [...edgeKeys].sort()) {
    await sink.write(`<key id="e_${k}" for="edge" attr.name="${k}" attr.type="${attrType(t)}"/>\n`);
  }
  await sink.write('<graph id="newsgraph" edgedefault="directed">\n');

  const stats = { nodes: 0, relationships: 0 };
  for await (const page of source.nodes()) {
    for (const n of page) {
      let xml = `<node id="${graphmlId(n.key)}"><data key="labels">${xmlText(`:${n.labels.join(":")}`)}</data>`;
      xml += `<data key="label">${xmlText(displayName(n))}</data>`;
      for (const k of Object.keys(n.props).sort()) {
        const tv = n.props[k]!;
        xml += `<data key="${nodeKeyId(n.label, k)}">${xmlText(dataValue(tv.type, tv.value))}</data>`;
      }
      await sink.write(`${xml}</node>\n`);
      stats.nodes++;
    }
  }
  for await (const page of source.relationships()) {
    for (const r of page as ExportRel[]) {
      const src = graphmlId(nodeKey(r.startLabel, r.startId));
      const dst = graphmlId(nodeKey(r.endLabel, r.endId));
      let xml = `<edge id="e${stats.relationships}" source="${src}" target="${dst}">`;
      xml += `<data key="etype">${r.type}</data><data key="elabel">${r.type}</data>`;
      for (const k of Object.keys(r.props).sort()) {
        const tv = r.props[k]!;
        xml += `<data key="e_${k}">${xmlText(dataValue(tv.type, tv.value))}</data>`;
      }
      await sink.write(`${xml}</edge>\n`);
      stats.relationships++;
    }
  }
  await sink.write("</graph>\n</graphml>\n");
  return stats;
}
