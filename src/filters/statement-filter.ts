// THE statement filter: the `where` of the GraphQL `statements` field and of `newsgraph export --where`.
// API and export both call it, so an analyst who copies the `cypher` field of a connection or exports
// with the same filter gets exactly the same statements.
//
// Usage:
//   const where = parseStatementWhere(JSON.parse(text));        // validate untyped input (CLI)
//   const resolved = await resolveStatementWhere(where);        // names → ids via aliases (1 query)
//   const { query, params } = statementIdsQuery(resolved);      // or statementPageQuery / statementCountQuery
//   const rows = await read(query, params);
//
// The parts, by job: statement-where.ts (the filter's shape and its Cypher conditions), names.ts (names
// and global ids → node ids), cursors.ts (order keys, cursors, keyset conditions), input.ts (checks).

import { SPEAKER_LABELS } from "../graph-model.ts";
import { ROLE_KINDS, STATEMENT_KINDS, type StatementKind } from "../ingest/types.ts";
import { outsideRequestScope } from "../neo4j/request-scope.ts";
import { read } from "../neo4j/run.ts";
import {
  type CursorPosition,
  DEFAULT_ORDER,
  type StatementOrder,
  statementKeyset,
  statementOrderBy,
} from "./cursors.ts";
import type { CypherQuery } from "./cypher-query.ts";
import { confirmGraph, graphChanged, graphGeneration, type Runner } from "./graph-version.ts";
import { badFilter, checkKeys, isObject, isPartialDate, optEnum, optString } from "./input.ts";
import { localId, type NameRequest, resolveNames } from "./names.ts";
import { composeCollected, estimateQuery, walkChosen, walkPageQuery } from "./statement-walk.ts";
import {
  ABOUT_HOWS,
  type AnchorKind,
  type Composed,
  chooseSpeakerRoute,
  compose,
  portable,
  type ResolvedStatementWhere,
  SPEAKER_TYPES,
  type SpeakerRoute,
  type StatementScope,
  type StatementWhere,
  speakerRouteQuery,
  whereClause,
} from "./statement-where.ts";

// ---------------------------------------------------------------------------------------------------
// Validation of untyped input (the CLI's --where JSON); GraphQL input arrives already typed but goes
// through the same checks for the parts the schema cannot express (dates, ranges).

/** Validates untyped input (e.g. `--where '{"speaker":{"nationality":"Russland"}}'`) into a StatementWhere. */
export function parseStatementWhere(input: unknown, path = "where"): StatementWhere {
  if (input === undefined || input === null) return {};
  if (!isObject(input)) throw badFilter(path, "must be an object");
  checkKeys(
    input,
    [
      "ids",
      "speaker",
      "about",
      "kind",
      "publishedFrom",
      "publishedTo",
      "saidFrom",
      "saidTo",
      "source",
      "text",
      "article",
      "minConfidence",
    ],
    path,
  );
  const out: StatementWhere = {};
  if (input.ids !== undefined && input.ids !== null) {
    if (!Array.isArray(input.ids) || input.ids.some((x) => typeof x !== "string")) {
      throw badFilter(`${path}.ids`, "must be a list of strings");
    }
    out.ids = input.ids as string[];
  }
  if (input.speaker !== undefined && input.speaker !== null) {
    const sp = input.speaker;
    const p = `${path}.speaker`;
    if (!isObject(sp)) throw badFilter(p, "must be an object");
    checkKeys(sp, ["id", "name", "nationality", "roleKind", "organization", "type"], p);
    out.speaker = {
      id: optString(sp, "id", p),
      name: optString(sp, "name", p),
      nationality: optString(sp, "nationality", p),
      roleKind: optEnum(sp, "roleKind", ROLE_KINDS, p),
      organization: optString(sp, "organization", p),
      type: optEnum(sp, "type", SPEAKER_TYPES, p),
    };
  }
  if (input.about !== undefined && input.about !== null) {
    const ab = input.about;
    const p = `${path}.about`;
    if (!isObject(ab)) throw badFilter(p, "must be an object");
    checkKeys(ab, ["place", "meeting", "topic", "entity", "how"], p);
    out.about = {
      place: optString(ab, "place", p),
      meeting: optString(ab, "meeting", p),
      topic: optString(ab, "topic", p),
      entity: optString(ab, "entity", p),
      how: optEnum(ab, "how", ABOUT_HOWS, p),
    };
  }
  if (input.kind !== undefined && input.kind !== null) {
    const kinds = Array.isArray(input.kind) ? input.kind : [input.kind];
    for (const k of kinds) {
      if (typeof k !== "string" || !STATEMENT_KINDS.includes(k as StatementKind)) {
        throw badFilter(`${path}.kind`, `must be one or a list of ${STATEMENT_KINDS.join(", ")}`);
      }
    }
    out.kind = kinds as StatementKind[];
  }
  for (const key of [
    "publishedFrom",
    "publishedTo",
    "saidFrom",
    "saidTo",
    "source",
    "text",
    "article",
  ] as const) {
    const v = optString(input, key, path);
    if (v !== null) out[key] = v;
  }
  if (input.minConfidence !== undefined && input.minConfidence !== null) {
    if (typeof input.minConfidence !== "number") throw badFilter(`${path}.minConfidence`, "must be a number");
    out.minConfidence = input.minConfidence;
  }
  checkStatementWhere(out, path);
  return out;
}

/** Checks what the GraphQL types cannot: date formats and numeric ranges. */
export function checkStatementWhere(where: StatementWhere, path = "where"): void {
  for (const key of ["publishedFrom", "publishedTo", "saidFrom", "saidTo"] as const) {
    const v = where[key];
    if (v !== null && v !== undefined && !isPartialDate(v)) {
      throw badFilter(`${path}.${key}`, `'${v}' is not a date like 2025-12-21 (or 2025-12, 2025)`);
    }
  }
  const c = where.minConfidence;
  if (c !== null && c !== undefined && !(c >= 0 && c <= 1)) {
    throw badFilter(`${path}.minConfidence`, "must be between 0 and 1");
  }
  if (where.text !== null && where.text !== undefined && where.text.trim() === "") {
    throw badFilter(`${path}.text`, "must not be empty");
  }
}

// ---------------------------------------------------------------------------------------------------
// Resolution and the queries.

/** Resolves every name in the filter (one query); see `resolveNames` for the rules and errors. */
export async function resolveStatementWhere(
  where: StatementWhere,
  run?: Runner,
): Promise<ResolvedStatementWhere> {
  checkStatementWhere(where);
  const sp = where.speaker ?? {};
  const ab = where.about ?? {};
  const requests: NameRequest[] = [];
  if (sp.name) requests.push({ key: "where.speaker.name", kind: "speaker", name: sp.name });
  if (sp.nationality)
    requests.push({ key: "where.speaker.nationality", kind: "country", name: sp.nationality });
  if (sp.organization)
    requests.push({ key: "where.speaker.organization", kind: "organization", name: sp.organization });
  if (ab.place) requests.push({ key: "where.about.place", kind: "place", name: ab.place });
  if (ab.meeting) requests.push({ key: "where.about.meeting", kind: "meeting", name: ab.meeting });
  if (ab.topic) requests.push({ key: "where.about.topic", kind: "topic", name: ab.topic });
  if (ab.entity) requests.push({ key: "where.about.entity", kind: "entity", name: ab.entity });
  const found = await resolveNames(requests, run);
  const ids = (key: string) => found.get(key) ?? null;
  let speakerIds: string[] | null = sp.id ? [localId(sp.id, SPEAKER_LABELS)] : null;
  if (sp.name) {
    const named = ids("where.speaker.name") ?? [];
    speakerIds = speakerIds ? speakerIds.filter((id) => named.includes(id)) : named;
  }
  const resolved: ResolvedStatementWhere = {
    where,
    ids: where.ids?.length ? where.ids.map((id) => localId(id, ["Statement"])) : null,
    speakerIds,
    speakerCountryIds: ids("where.speaker.nationality"),
    speakerOrganizationIds: ids("where.speaker.organization"),
    aboutPlaceIds: ids("where.about.place"),
    aboutMeetingIds: ids("where.about.meeting"),
    aboutTopicIds: ids("where.about.topic"),
    aboutEntityIds: ids("where.about.entity"),
    articleId: where.article ? localId(where.article, ["Article"]) : null,
  };
  const estimate = await estimateAnchors(resolved, run);
  resolved.anchorCosts = estimate?.costs ?? null;
  resolved.statementTotal = estimate?.total ?? null;
  resolved.speakerRoute = estimate?.speakerRoute ?? null;
  resolved.setIds = estimate?.setIds ?? null;
  resolved.speakerIdsComplete = estimate?.speakerIdsComplete ?? null;
  resolved.dateGroups = estimate?.dateGroups ?? null;
  resolved.setSizes = estimate?.setSizes ?? null;
  return resolved;
}

// Anchor estimates (see `anchorCostQuery`) and the set ids that come with them are a function of the graph
// alone, so they are kept for the graph version (graph-version.ts) and never recomputed on a timer: at
// 1M statements an estimate reads ~60,000 db hits, and before, every 10 s a request waited for one (or ran
// without the ids, collecting the sets itself). When the graph changes, the costs and the speaker route —
// which only steer speed — are still used while ONE background computation reads the new estimate; the
// set ids decide the result, so they are not used until it has. Only the first request of a filter waits
// (requests that arrive together for it share that one computation).
const ESTIMATE_CACHE_SIZE = 500;
interface Estimate {
  costs: Partial<Record<AnchorKind, number>>;
  total: number;
  speakerRoute: SpeakerRoute | null;
  setIds: Partial<Record<AnchorKind, string[]>> | null;
  /** Read with the set ids and dropped with them (see ResolvedStatementWhere.speakerIdsComplete). */
  speakerIdsComplete: boolean;
  /** The newest publishedAt groups' sizes (statement-walk.ts `walkedWithTies`): only steer speed. */
  dateGroups: number[] | null;
  /** Nodes of each set (statement-walk.ts `testedInline`): only steer speed. */
  setSizes: Partial<Record<AnchorKind, number>> | null;
}
const estimateCache = new Map<string, { gen: number; estimate: Estimate }>();
const refreshing = new Set<string>();
const firstEstimates = new Map<string, Promise<Estimate | null>>();
/** Bumped by every full clear: a computation that began before it must not store what it read. */
let cleared = 0;

/** Forget the anchor estimates and kept sets entirely, costs included (tests; a wiped database). */
export function clearStatementEstimates(): void {
  estimateCache.clear();
  cleared++;
}

/** The graph changed (an ingest in this process): resolved names and kept set ids are out of date. */
export function forgetGraphCaches(): void {
  graphChanged();
}

/**
 * The estimate of `r` (`computeEstimate`), from the cache when there is one: whole while it was read from
 * the current graph version, else its costs and route only, with one computation of the new estimate
 * started in the background.
 */
async function estimateAnchors(r: ResolvedStatementWhere, run?: Runner): Promise<Estimate | null> {
  if (r.ids || r.articleId || r.where.text) return null; // these anchor on their own index
  const routeQuery = speakerRouteQuery(r);
  const estimate = estimateQuery(r);
  if (!estimate) return null; // nothing to estimate (no set to anchor on): no query, no version read
  const params = compose(r, null, "$scopeId").params;
  const key = JSON.stringify([routeQuery, estimate.query, params]);
  const current = await confirmGraph(run);
  const hit = estimateCache.get(key);
  if (hit && current && hit.gen === graphGeneration()) return hit.estimate;
  if (!hit) {
    const pending = firstEstimates.get(key);
    if (pending) return pending;
    const first = computeStored(key, r, run).finally(() => firstEstimates.delete(key));
    firstEstimates.set(key, first);
    return first;
  }
  if (!refreshing.has(key)) {
    refreshing.add(key);
    // Not the request's work: outside its scope, so neither its deadline nor its cancellation applies.
    outsideRequestScope(() => computeStored(key, r, run))
      .catch(() => undefined) // the next request tries again; this one has its costs
      .finally(() => refreshing.delete(key));
  }
  return { ...hit.estimate, setIds: null, speakerIdsComplete: false };
}

/** Computes the estimate of `r` and keeps it, unless the graph changed (or all was cleared) meanwhile. */
async function computeStored(key: string, r: ResolvedStatementWhere, run?: Runner): Promise<Estimate | null> {
  const gen = graphGeneration();
  const clearedAt = cleared;
  const estimate = await computeEstimate({ ...r }, run); // a copy: the request goes on with `r` meanwhile
  if (!estimate || gen !== graphGeneration() || clearedAt !== cleared) return estimate;
  estimateCache.delete(key);
  if (estimateCache.size >= ESTIMATE_CACHE_SIZE)
    estimateCache.delete(estimateCache.keys().next().value as string);
  estimateCache.set(key, { gen, estimate });
  return estimate;
}

/**
 * The way into the speaker set (`speakerRouteQuery`, when there are two), then the statements behind
 * each anchor set of `r` and in the graph, and the ids of the sets a traversal finds (`estimateQuery`,
 * which collects the speaker set that way). Sets `r.speakerRoute`.
 */
async function computeEstimate(
  r: ResolvedStatementWhere,
  run: Runner = (query, params) => read(query, params),
): Promise<Estimate | null> {
  const routeQuery = speakerRouteQuery(r);
  const params = compose(portable(r), null, "$scopeId").params;
  let speakerRoute: SpeakerRoute | null = null;
  if (routeQuery) {
    const [route] = await run(routeQuery, params);
    speakerRoute = chooseSpeakerRoute(Number(route?.viaRole ?? 0), Number(route?.viaBodies ?? 0));
    r.speakerRoute = speakerRoute;
  }
  const q = estimateQuery(r);
  if (!q) return null;
  const [row] = await run(q.query, params);
  const costs: Partial<Record<AnchorKind, number>> = {};
  const setIds: Partial<Record<AnchorKind, string[]>> = {};
  const setSizes: Partial<Record<AnchorKind, number>> = {};
  q.kinds.forEach((kind, i) => {
    const size = (row?.sizes as unknown[] | undefined)?.[i];
    if (size !== undefined && size !== null) setSizes[kind] = Number(size);
    costs[kind] = Number((row?.costs as unknown[] | undefined)?.[i] ?? Number.POSITIVE_INFINITY);
    const ids = (row?.ids as unknown[] | undefined)?.[i];
    if (Array.isArray(ids)) setIds[kind] = ids.map(String);
  });
  return {
    costs,
    total: Number(row?.total ?? 0),
    speakerRoute,
    setIds: Object.keys(setIds).length > 0 ? setIds : null,
    speakerIdsComplete: row?.speakerIdsMissing === false,
    setSizes: Object.keys(setSizes).length > 0 ? setSizes : null,
    dateGroups: Array.isArray(row?.dateGroups) ? (row.dateGroups as unknown[]).map(Number) : null,
  };
}

export interface PageArgs {
  /** Rows to fetch (the caller asks for one more than it shows, to know hasNextPage). */
  limit: number;
  order?: StatementOrder;
  after?: CursorPosition | null;
  before?: CursorPosition | null;
  /** true for `last`: walk backwards from `before` (rows still come back in `order`). */
  backwards?: boolean;
}

function pageBody(c: Composed, page: PageArgs): { body: string; params: Record<string, unknown> } {
  const order = page.order ?? DEFAULT_ORDER;
  const params = { ...c.params, limit: page.limit };
  const conditions = [...c.conditions];
  if (page.after) conditions.push(statementKeyset(order, page.after, "after", params));
  if (page.before) conditions.push(statementKeyset(order, page.before, "before", params));
  const lines = [c.head];
  const where = whereClause(conditions);
  if (where) lines.push(where);
  if (page.backwards) {
    lines.push(
      `WITH s ORDER BY ${statementOrderBy(order, true)} LIMIT toInteger($limit)`,
      `RETURN s ORDER BY ${statementOrderBy(order)}`,
    );
  } else {
    lines.push(`RETURN s ORDER BY ${statementOrderBy(order)}`, "LIMIT toInteger($limit)");
  }
  return { body: lines.join("\n"), params };
}

/** One page of statements: rows `{ s }` (s = the statement's properties), in `order`. */
export function statementPageQuery(
  r: ResolvedStatementWhere,
  page: PageArgs,
  scope?: { scope: StatementScope; id: string },
): CypherQuery {
  if (!scope && walkChosen(r, page)) return walkPageQuery(r, page);
  const c = (!scope && composeCollected(r)) || compose(r, scope?.scope ?? null, "$scopeId");
  const { body, params } = pageBody(c, page);
  if (scope) params.scopeId = scope.id;
  return { query: body, params };
}

/**
 * Pages for many parents in ONE query (the loaders of Person.statements etc.): rows
 * `{ scopeId, statements }`, one per id of `$scopeIds` in that order.
 */
export function statementBatchPageQuery(
  r: ResolvedStatementWhere,
  page: PageArgs,
  scope: StatementScope,
  scopeIds: string[],
): CypherQuery {
  const c = compose(r, scope, "scopeId");
  const { body, params } = pageBody(c, page);
  const query = [
    "UNWIND range(0, size($scopeIds) - 1) AS i",
    "WITH i, $scopeIds[i] AS scopeId",
    "CALL (scopeId) {",
    indent(body),
    "}",
    "WITH i, scopeId, collect(s) AS statements",
    "RETURN scopeId, statements ORDER BY i",
  ].join("\n");
  return { query, params: { ...params, scopeIds } };
}

/**
 * Number of matching statements: one row `{ totalCount }`. With `cap`, counting stops after cap + 1
 * statements, so one count never walks the whole graph (the API reports a count above the cap as the
 * cap, with totalCountIsExact false). Without any filter Neo4j's count store answers, exactly and
 * without reading a statement.
 */
export function statementCountQuery(
  r: ResolvedStatementWhere,
  scope?: { scope: StatementScope; id: string },
  cap?: number,
): CypherQuery {
  const c = (!scope && composeCollected(r)) || compose(r, scope?.scope ?? null, "$scopeId");
  const where = whereClause(c.conditions);
  const lines = [c.head];
  if (where) lines.push(where);
  const params: Record<string, unknown> = { ...c.params };
  if (cap !== undefined && (where || c.head !== "MATCH (s:Statement)")) {
    lines.push("WITH s LIMIT toInteger($countLimit)");
    params.countLimit = cap + 1;
  }
  lines.push("RETURN count(s) AS totalCount");
  if (scope) params.scopeId = scope.id;
  return { query: lines.join("\n"), params };
}

/** Counts for many parents in one query: rows `{ scopeId, totalCount }` in `$scopeIds` order; `cap` as above. */
export function statementBatchCountQuery(
  r: ResolvedStatementWhere,
  scope: StatementScope,
  scopeIds: string[],
  cap?: number,
): CypherQuery {
  const c = compose(r, scope, "scopeId");
  const where = whereClause(c.conditions);
  const inner = [c.head];
  if (where) inner.push(where);
  if (cap !== undefined) inner.push("WITH s LIMIT toInteger($countLimit)");
  inner.push("RETURN count(s) AS totalCount");
  const query = [
    "UNWIND range(0, size($scopeIds) - 1) AS i",
    "WITH i, $scopeIds[i] AS scopeId",
    "CALL (scopeId) {",
    indent(inner.join("\n")),
    "}",
    "RETURN scopeId, totalCount ORDER BY i",
  ].join("\n");
  return { query, params: { ...c.params, scopeIds, ...(cap !== undefined ? { countLimit: cap + 1 } : {}) } };
}

/** Every matching statement id, in `order`: rows `{ id }` (export, bulk jobs). */
export function statementIdsQuery(
  r: ResolvedStatementWhere,
  order: StatementOrder = DEFAULT_ORDER,
): CypherQuery {
  const c = composeCollected(r) ?? compose(r, null, "$scopeId");
  const where = whereClause(c.conditions);
  const lines = [c.head];
  if (where) lines.push(where);
  lines.push(`RETURN s.id AS id ORDER BY ${statementOrderBy(order)}`);
  return { query: lines.join("\n"), params: { ...c.params } };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
