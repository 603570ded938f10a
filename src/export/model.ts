// What every export format and loader shares: nodes and relationships with TYPED properties. The read
// helpers hand back plain JS numbers, which cannot tell an INTEGER 1 from a FLOAT 1.0; the export
// queries also return `valueType()` per property so a round trip restores the exact Neo4j types.
import { EXTRA_LABELS, NODE_LABELS, type NodeLabel, REL_TYPES, type RelType } from "../graph-model.ts";

export type { NodeLabel, RelType } from "../graph-model.ts";

const ALL_LABELS = new Set<string>([...NODE_LABELS, ...EXTRA_LABELS]);
const ALL_REL_TYPES = new Set<string>(REL_TYPES);

/** Scalar property types, named as `neo4j-admin database import` names them. */
export type ScalarType =
  | "string"
  | "long"
  | "double"
  | "boolean"
  | "date"
  | "localtime"
  | "time"
  | "localdatetime"
  | "datetime"
  | "duration";

/** A property type: a scalar, a list of one, or an empty list (Neo4j reports it as LIST<NOTHING>). */
export type PropType = ScalarType | `${ScalarType}[]` | "empty[]";

export interface TypedValue {
  type: PropType;
  /** Plain JS as the read helpers return it: numbers, strings, booleans, ISO strings for temporals, arrays. */
  value: unknown;
}

export type Props = Record<string, TypedValue>;

export interface ExportNode {
  /** `${primaryLabel}:${id}` — unique because every label has a uniqueness constraint on `id`. */
  key: string;
  label: NodeLabel;
  id: string;
  /** All labels, sorted. */
  labels: string[];
  props: Props;
}

export interface ExportRel {
  type: RelType;
  startLabel: NodeLabel;
  startId: string;
  endLabel: NodeLabel;
  endId: string;
  props: Props;
}

const SCALARS: Record<string, ScalarType> = {
  STRING: "string",
  INTEGER: "long",
  FLOAT: "double",
  BOOLEAN: "boolean",
  DATE: "date",
  "LOCAL TIME": "localtime",
  "ZONED TIME": "time",
  "LOCAL DATETIME": "localdatetime",
  "ZONED DATETIME": "datetime",
  DURATION: "duration",
};

/** Maps Cypher's `valueType()` ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL") to a PropType. */
export function propType(valueType: string, where: string): PropType {
  const t = valueType.replace(/ NOT NULL/g, "").trim();
  if (t === "LIST<NOTHING>") return "empty[]";
  const list = /^LIST<(.+)>$/.exec(t);
  const scalar = SCALARS[list ? (list[1] as string) : t];
  if (!scalar) {
    throw new Error(
      `${where}: property type ${valueType} cannot be exported (points and mixed lists are not supported)`,
    );
  }
  return list ? `${scalar}[]` : scalar;
}

export function isListType(t: PropType): boolean {
  return t.endsWith("[]");
}

export function elementType(t: PropType): ScalarType | null {
  return t === "empty[]" ? null : (t.replace(/\[\]$/, "") as ScalarType);
}

export function primaryLabel(labels: readonly string[], where: string): NodeLabel {
  for (const l of labels) {
    if (!ALL_LABELS.has(l)) throw new Error(`${where}: label ${l} is not in the export allowlist`);
  }
  const primary = NODE_LABELS.find((l) => labels.includes(l));
  if (!primary) throw new Error(`${where}: node has none of the labels ${NODE_LABELS.join(", ")}`);
  return primary;
}

export function checkLabel(label: string, where: string): NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) {
    throw new Error(`${where}: ${label} is not a node label (expected one of ${NODE_LABELS.join(", ")})`);
  }
  return label as NodeLabel;
}

export function checkRelType(type: string, where: string): RelType {
  if (!ALL_REL_TYPES.has(type)) {
    throw new Error(`${where}: relationship type ${type} is not in the export allowlist`);
  }
  return type as RelType;
}

export function checkLabels(labels: readonly string[], where: string): string[] {
  for (const l of labels) {
    if (!ALL_LABELS.has(l)) throw new Error(`${where}: label ${l} is not in the export allowlist`);
  }
  return [...labels].sort();
}

const PROP_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Property names end up in CSV headers and Cypher map keys; anything else would need quoting rules per format. */
export function checkPropKey(key: string, where: string): string {
  if (!PROP_KEY.test(key)) throw new Error(`${where}: property name '${key}' is not a plain identifier`);
  return key;
}

export function nodeKey(label: string, id: string): string {
  return `${label}:${id}`;
}

/** Builds typed properties from `properties(x)` and `[k IN keys(x) | [k, valueType(x[k])]]`. */
export function typedProps(
  plain: Record<string, unknown>,
  types: readonly (readonly [string, string])[] | unknown,
  where: string,
): Props {
  const out: Props = {};
  for (const pair of types as [string, string][]) {
    const [key, vt] = pair;
    checkPropKey(key, where);
    out[key] = { type: propType(vt, `${where}.${key}`), value: plain[key] };
  }
  return out;
}

/** The props sorted by key: every format writes properties in this order so outputs are stable. */
export function sortedEntries(props: Props): [string, TypedValue][] {
  return Object.entries(props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
