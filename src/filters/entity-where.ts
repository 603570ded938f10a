// Filters for the entity connections (people, organizations, places, meetings, articles, topics)
// and their page and count queries: the same approach as statement-where.ts — fixed fragments, values
// as $params, labels from src/graph-model.ts, names resolved through aliases first — for the simpler
// shapes of these lists.
import { ENTITY_LABELS, type EntityLabel, LOCATED_IN_DEPTH, PART_OF_DEPTH } from "../graph-model.ts";
import type { RoleKind } from "../ingest/types.ts";
import {
  type CursorPosition,
  type EntityOrder,
  type EntityOrderField,
  entityKeyset,
  entityOrderBy,
  SORT_KEY,
} from "./cursors.ts";
import { addDateRange, type CypherQuery } from "./cypher-query.ts";
import { badFilter } from "./input.ts";
import { localId, resolveNames } from "./names.ts";

/** The lists these filters serve: the entities, and articles. */
export type ListLabel = EntityLabel | "Article";
const LIST_LABELS: readonly ListLabel[] = [...ENTITY_LABELS, "Article"];

export interface EntityWhere {
  ids?: string[] | null;
  /** Substring of the name or an alias, case-insensitive (title for articles). */
  name?: string | null;
  kind?: string | null;
  // Person
  nationality?: string | null;
  roleKind?: RoleKind | null;
  organization?: string | null;
  // Organization
  country?: string | null;
  // Place
  within?: string | null;
  // Meeting
  place?: string | null;
  participant?: string | null;
  from?: string | null;
  to?: string | null;
  // Article
  source?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
  mentions?: string | null;
}

/** What each list can be ordered by (the `<Type>OrderField` enums of the schema, in this order). */
export const ENTITY_ORDER_FIELDS = {
  Person: ["NAME", "MENTIONS", "ID"],
  Organization: ["NAME", "MENTIONS", "ID"],
  Place: ["NAME", "MENTIONS", "ID"],
  Topic: ["NAME", "MENTIONS", "ID"],
  Meeting: ["START", "NAME", "MENTIONS", "ID"],
  Article: ["PUBLISHED_AT", "NAME", "ID"],
} as const satisfies Record<ListLabel, readonly EntityOrderField[]>;

export const DEFAULT_ENTITY_ORDER: Record<ListLabel, EntityOrder> = {
  Person: { field: "NAME", direction: "ASC" },
  Organization: { field: "NAME", direction: "ASC" },
  Place: { field: "NAME", direction: "ASC" },
  Topic: { field: "NAME", direction: "ASC" },
  Meeting: { field: "START", direction: "DESC" },
  Article: { field: "PUBLISHED_AT", direction: "DESC" },
};

export interface ResolvedEntityWhere {
  label: ListLabel;
  conditions: string[];
  params: Record<string, unknown>;
}

const PART_OF = `PART_OF*0..${PART_OF_DEPTH}`;
const LOCATED_IN = `LOCATED_IN*0..${LOCATED_IN_DEPTH}`;

/** Resolves names in the filter (one query) and turns it into conditions on `n`. */
export async function resolveEntityWhere(
  label: ListLabel,
  where: EntityWhere = {},
): Promise<ResolvedEntityWhere> {
  if (!LIST_LABELS.includes(label)) throw new Error(`not an entity label: ${label}`);
  const names = await resolveNames([
    ...(where.nationality
      ? [{ key: "where.nationality", kind: "country" as const, name: where.nationality }]
      : []),
    ...(where.organization
      ? [{ key: "where.organization", kind: "organization" as const, name: where.organization }]
      : []),
    ...(where.country ? [{ key: "where.country", kind: "country" as const, name: where.country }] : []),
    ...(where.within ? [{ key: "where.within", kind: "place" as const, name: where.within }] : []),
    ...(where.place ? [{ key: "where.place", kind: "place" as const, name: where.place }] : []),
    ...(where.participant
      ? [{ key: "where.participant", kind: "speaker" as const, name: where.participant }]
      : []),
    ...(where.mentions ? [{ key: "where.mentions", kind: "entity" as const, name: where.mentions }] : []),
  ]);
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (where.ids?.length) {
    conditions.push("n.id IN $ids");
    params.ids = where.ids.map((id) => localId(id, [label]));
  }
  if (where.name) {
    conditions.push(
      label === "Article"
        ? "toLower(coalesce(n.title, '')) CONTAINS toLower($name)"
        : "(toLower(n.name) CONTAINS toLower($name) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))",
    );
    params.name = where.name;
  }
  if (where.kind) {
    if (label !== "Organization" && label !== "Place") throw badFilter("where.kind", `${label} has no kind`);
    conditions.push("n.kind = $kind");
    params.kind = where.kind;
  }
  if (
    label === "Person" &&
    (where.roleKind || names.has("where.nationality") || names.has("where.organization"))
  ) {
    const parts: string[] = [];
    if (where.roleKind) {
      parts.push("a.roleKind = $roleKind");
      params.roleKind = where.roleKind;
    }
    if (names.has("where.nationality")) {
      parts.push(`EXISTS { MATCH (o)-[:${PART_OF}]->(c:Country) WHERE c.id IN $countryIds }`);
      params.countryIds = names.get("where.nationality");
    }
    if (names.has("where.organization")) {
      parts.push(`EXISTS { MATCH (o)-[:${PART_OF}]->(org:Organization) WHERE org.id IN $organizationIds }`);
      params.organizationIds = names.get("where.organization");
    }
    conditions.push(
      `EXISTS { MATCH (n)-[a:AFFILIATED_WITH]->(o:Organization) WHERE ${parts.join(" AND ")} }`,
    );
  }
  if (names.has("where.country")) {
    conditions.push(`EXISTS { MATCH (n)-[:${PART_OF}]->(c:Country) WHERE c.id IN $countryIds }`);
    params.countryIds = names.get("where.country");
  }
  if (names.has("where.within")) {
    conditions.push(
      `EXISTS { MATCH (n)-[:LOCATED_IN*1..${LOCATED_IN_DEPTH}]->(p:Place) WHERE p.id IN $withinIds }`,
    );
    params.withinIds = names.get("where.within");
  }
  if (names.has("where.place")) {
    conditions.push(
      `EXISTS { MATCH (n)-[:HELD_IN]->(:Place)-[:${LOCATED_IN}]->(p:Place) WHERE p.id IN $placeIds }`,
    );
    params.placeIds = names.get("where.place");
  }
  if (names.has("where.participant")) {
    conditions.push("EXISTS { MATCH (x)-[:ATTENDED]->(n) WHERE x.id IN $participantIds }");
    params.participantIds = names.get("where.participant");
  }
  if (where.from) {
    conditions.push("coalesce(n.end, n.start) >= $from");
    params.from = where.from;
  }
  if (where.to) {
    conditions.push("left(n.start, size($to)) <= $to");
    params.to = where.to;
  }
  if (where.source) {
    conditions.push(
      "(toLower(n.source) = toLower($source) OR any(x IN coalesce(n.sources, []) WHERE toLower(x) = toLower($source)))",
    );
    params.source = where.source;
  }
  addDateRange(
    conditions,
    params,
    "n.publishedAt",
    ["publishedFrom", where.publishedFrom],
    ["publishedTo", where.publishedTo],
  );
  if (names.has("where.mentions")) {
    conditions.push("EXISTS { MATCH (n)-[:MENTIONS]->(e) WHERE e.id IN $mentionIds }");
    params.mentionIds = names.get("where.mentions");
  }
  return { label, conditions, params };
}

export interface EntityPage {
  limit: number;
  order: EntityOrder;
  after?: CursorPosition | null;
  before?: CursorPosition | null;
  backwards?: boolean;
  /** Rows as the API pages them: an article without its text (read/articles-by-ids says why). */
  lean?: boolean;
}

/** What a lean page returns for `n`; labels not listed return the node. */
const LEAN_NODE: Partial<Record<ListLabel, string>> = {
  Article: "n {.*, text: null, textLength: size(n.text)}",
};

/** One page: rows `{ n, sortKey }` in `order`. */
export function entityPageQuery(r: ResolvedEntityWhere, page: EntityPage): CypherQuery {
  const params: Record<string, unknown> = { ...r.params, limit: page.limit };
  const lines = [`MATCH (n:${r.label})`];
  if (r.conditions.length) lines.push(`WHERE ${r.conditions.join("\n  AND ")}`);
  lines.push(`WITH n, ${SORT_KEY[page.order.field]} AS sortKey`);
  const keysets: string[] = [];
  if (page.after) keysets.push(entityKeyset(page.order, page.after, "after", params));
  if (page.before) keysets.push(entityKeyset(page.order, page.before, "before", params));
  if (keysets.length) lines.push(`WHERE ${keysets.join(" AND ")}`);
  const lean = page.lean ? LEAN_NODE[r.label] : undefined;
  const n = lean ? `${lean} AS n` : "n";
  if (page.backwards) {
    lines.push(
      `WITH n, sortKey ORDER BY ${entityOrderBy(page.order, true)} LIMIT toInteger($limit)`,
      `RETURN ${n}, sortKey ORDER BY ${entityOrderBy(page.order)}`,
    );
  } else {
    lines.push(`RETURN ${n}, sortKey ORDER BY ${entityOrderBy(page.order)}`, "LIMIT toInteger($limit)");
  }
  return { query: lines.join("\n"), params };
}

/** One row `{ totalCount }`. */
export function entityCountQuery(r: ResolvedEntityWhere): CypherQuery {
  const lines = [`MATCH (n:${r.label})`];
  if (r.conditions.length) lines.push(`WHERE ${r.conditions.join("\n  AND ")}`);
  lines.push("RETURN count(n) AS totalCount");
  return { query: lines.join("\n"), params: { ...r.params } };
}
