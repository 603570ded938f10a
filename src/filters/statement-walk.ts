// The second way a statement page can start: walk the statements newest first through the publishedAt
// index and stop after one page of matches, instead of reading every statement of the smallest anchor
// set and sorting them (statement-where.ts, `anchor`).
//
// Why: an anchor set grows with the graph. "Russian negotiators" are 89 statements in a 10,000-statement
// graph and 21,152 in a million; however cheap each statement's test, a page that reads the whole set costs
// what the set costs. Walking in page order costs about limit ÷ (share of statements that match) index
// entries, which does not grow with the graph as long as that share does not shrink — a page of the
// headline reads ~5,000 statements at 1M whether there are 1M or 10M. When the share is small (the
// headline on a small graph: 20 matches of 10,000) the anchor set is cheaper, so the estimate decides
// (`walkChosen`). The sets the filter binds to are collected once, before the walk, so each walked
// statement costs one edge expansion and a membership test instead of a walk up PART_OF/LOCATED_IN.
import { DEFAULT_ORDER } from "./cursors.ts";
import type { CypherQuery } from "./cypher-query.ts";
import {
  type AnchorKind,
  type AnchorSet,
  anchorSets,
  COLLECTED_KINDS,
  type Composed,
  compose,
  composeConditions,
  portable,
  type ResolvedStatementWhere,
  saidByOneOf,
  whereClause,
} from "./statement-where.ts";

export interface WalkPage {
  limit: number;
  order?: { field: string; direction: string };
  after?: { key: string | number; id: string } | null;
  before?: unknown;
  backwards?: boolean;
}

/**
 * Whether walking in publication order is expected to read fewer statements than the smallest anchor set.
 * Expected matches assume the filter's parts are independent (matches ≈ N · Π(set_i / N)); statements of
 * the page are then limit · N / matches walked statements apart. Only for the default order (newest
 * first, forwards): the walk needs the index order, and statements without a date come last in it.
 */
export function walkChosen(r: ResolvedStatementWhere, page: WalkPage): boolean {
  const w = expectedWalk(r, page);
  return w !== null && w.walked < w.smallest;
}

/** The statements a walk is expected to read for `page` (ties included), and the smallest anchor set. */
function expectedWalk(
  r: ResolvedStatementWhere,
  page: WalkPage,
): { walked: number; smallest: number } | null {
  const order = page.order ?? DEFAULT_ORDER;
  if (order.field !== "PUBLISHED_AT" || order.direction !== "DESC") return null;
  if (page.before || page.backwards || page.after?.key === "") return null;
  if (r.where.text || r.ids || r.articleId) return null;
  const total = r.statementTotal ?? 0;
  const sets = anchorSets(r);
  if (total <= 0 || sets.length === 0) return null;
  const costs = sets.map((s) => r.anchorCosts?.[s.kind]);
  if (costs.some((c) => c === undefined || !Number.isFinite(c))) return null;
  const smallest = Math.min(...(costs as number[]));
  const share = (costs as number[]).reduce((p, c) => p * Math.min(1, c / total), 1);
  const matches = Math.min(smallest, total * share);
  if (matches <= 0) return null;
  return { walked: walkedWithTies((page.limit * total) / matches, r.dateGroups), smallest };
}

// What testing one walked statement against a set by its self-contained condition costs, in db hits: the
// statement's edge, then a walk up PART_OF or LOCATED_IN (~25 db hits, see COLLECT_FROM).
const INLINE_TEST_COST = 30;

/**
 * Whether the walk tests `set` per statement by its self-contained condition (the EXISTS pattern from the
 * statement up the hierarchies, as `compose` writes it) instead of collecting it first. Only a set found
 * by a traversal whose ids were not kept (more than SET_IDS_CAP nodes, or the ids are being read again):
 * collecting it costs COLLECT_NODE_COST a node (the estimate's count), testing it costs INLINE_TEST_COST
 * a walked statement. On the
 * 1M bench graph every Russian speaker (280,324 statements, more than 10,000 speakers) for a walk of ~75
 * statements. A set of ids (given, or kept) costs two index seeks a node to collect, so it is collected.
 */
export function testedInline(r: ResolvedStatementWhere, set: AnchorSet, walked: number): boolean {
  if (!COLLECTED_KINDS.includes(set.kind) || r.setIds?.[set.kind] || keptSpeakerIds(r, set)) return false;
  const size = r.setSizes?.[set.kind];
  const statements = r.anchorCosts?.[set.kind];
  if (size === undefined || size === null || statements === undefined || statements === null) return false;
  return walked * INLINE_TEST_COST < Math.min(statements, size * COLLECT_NODE_COST);
}

// What collecting one node of a set found by traversal costs, in db hits (an expansion and a label test
// or two, more for a body's people), from the estimate's count of the set's nodes (`setSizes`). The
// set's statements alone would mislead: Miami's 233 places and meetings are behind 147,599 statements at
// 1M, and cost a few hundred db hits to collect. Without the count the set is collected, as before.
const COLLECT_NODE_COST = 5;

/**
 * The statements a walk reads to get `walked` of them in page order: the page is sorted by
 * (publishedAt, id) but the index is ordered by publishedAt only, so the walk reads every statement of
 * the publishedAt group in which it stops. `groups` (the estimate's `DATE_GROUPS_PROBE`) are the sizes of
 * the newest groups, the last one counted whole (up to DATE_GROUP_CAP). Generated graphs have a few
 * statements a minute; the ingest's 100,000 sample articles share three dates, the newest with 240,000
 * statements, so the headline walk read them all (1,058,747 db hits) where ~1,400 were expected.
 */
export function walkedWithTies(walked: number, groups: readonly number[] | null | undefined): number {
  if (!groups || groups.length === 0) return walked;
  let read = 0;
  for (const g of groups) {
    read += g;
    if (read >= walked) return read;
  }
  return Math.max(walked, read);
}

/**
 * A set as a list variable (`set0`, …) bound once before the walk. A speaker set whose ids the estimate
 * kept is not collected at all: its ids are the parameter, tested against the statement's `speakerId`
 * (`saidByOneOf`: one property read per statement instead of an expansion over all of its edges).
 * Other speaker sets are collected as nodes, like ABOUT sets: reading the id of each of their nodes
 * (more than SET_IDS_CAP of them) would cost more than the edges of the few statements a page tests.
 */
function collectSet(r: ResolvedStatementWhere, set: AnchorSet, i: number): string[] {
  if (keptSpeakerIds(r, set)) return [];
  return [`CALL () { ${set.nodes} RETURN collect(DISTINCT ${set.variable}) AS set${i} }`];
}

/** The parameter holding a speaker set's ids, if they are at hand (given, or kept by the estimate). */
function keptSpeakerIds(r: ResolvedStatementWhere, set: AnchorSet): string | null {
  if (set.rel !== "SAID_BY") return null;
  if (set.kind === "speakers") return "$speakerIds";
  return r.setIds?.[set.kind] ? `$setIds_${set.kind}` : null;
}

/** The list variables `collectSet` binds, for a subquery's imports. */
function setVariables(r: ResolvedStatementWhere, sets: { set: AnchorSet; i: number }[]): string[] {
  return sets.filter(({ set }) => !keptSpeakerIds(r, set)).map(({ i }) => `set${i}`);
}

function membership(r: ResolvedStatementWhere, set: AnchorSet, i: number, how: string | null): string {
  const ids = keptSpeakerIds(r, set);
  if (ids) return saidByOneOf(ids);
  const via = how && set.rel === "ABOUT" ? " AND r.via = $aboutHow" : "";
  return `EXISTS { MATCH (s)-[r:${set.rel}]->(n) WHERE n IN set${i}${via} }`;
}

/**
 * The page query of a walk: rows `{ s }` like `statementPageQuery`. Dated statements come from the
 * publishedAt index in order (a keyset cursor is a range on it); only if they run out before the page
 * is full are the undated ones (order key '', so last) found from the cheapest anchor set.
 */
export function walkPageQuery(r: ResolvedStatementWhere, page: WalkPage): CypherQuery {
  const sets = anchorSets(r);
  const walked = expectedWalk(r, page)?.walked ?? Number.POSITIVE_INFINITY;
  const inline = new Set(sets.filter((set) => testedInline(r, set, walked)).map((s) => s.kind));
  // An inline set is tested by composeConditions' own condition; the others are skipped there.
  const kinds = new Set<AnchorKind>(sets.map((s) => s.kind).filter((k) => !inline.has(k)));
  const how = r.where.about?.how ?? null;
  const c = composeConditions(r, kinds);
  const params: Record<string, unknown> = { ...c.params, limit: page.limit };
  const indexed = sets.map((set, i) => ({ set, i })).filter(({ set }) => !inline.has(set.kind));
  const vars = setVariables(r, indexed).join(", ");
  const dated = ["s.publishedAt > ''"];
  if (page.after) {
    dated.push("s.publishedAt <= $afterKey AND (s.publishedAt < $afterKey OR s.id < $afterId)");
    params.afterKey = String(page.after.key);
    params.afterId = page.after.id;
  }
  const byIdSets = indexed.filter(({ set }) => keptSpeakerIds(r, set));
  const rest = [
    ...c.conditions,
    ...indexed.filter(({ set }) => !keptSpeakerIds(r, set)).map(({ set, i }) => membership(r, set, i, how)),
  ];
  // The speaker by its copied id first, the tests that expand the statement's edges only for the statements
  // it lets through (~2 % for the headline). Plain conjuncts would not do: the planner puts an EXISTS on
  // the ABOUT edges first (at 1M: 34,254 db hits for the 6,966 walked statements, even behind a WITH);
  // a CASE keeps the order, as its branches are evaluated only when reached.
  // With every statement's speaker copied (`speakerIdsComplete`), the walk reads the copy from the
  // (publishedAt, speakerId) index entry, not from the statement (at 1M: 8,666 db hits instead of 22,594);
  // that index lacks the statements without a speaker, which a speaker filter never matches.
  const fromIndex = r.speakerIdsComplete === true && byIdSets.length > 0;
  const speaker = fromIndex
    ? byIdSets.map(({ set }) => `s.speakerId IN ${keptSpeakerIds(r, set)}`)
    : byIdSets.map(({ set, i }) => membership(r, set, i, how));
  if (fromIndex) dated.push("s.speakerId IS NOT NULL");
  if (speaker.length > 0 && rest.length > 0) {
    dated.push(`CASE WHEN ${speaker.join(" AND ")}
    THEN ${rest.join("\n    AND ")}
    ELSE false END`);
  } else {
    dated.push(...speaker, ...rest);
  }
  const fallback = compose(r, null, "$scopeId");
  const undated = [undatedFirst(fallback.conditions)];
  Object.assign(params, fallback.params);
  const query = [
    ...indexed.flatMap(({ set, i }) => collectSet(r, set, i)),
    `CALL (${vars}) {`,
    `  MATCH (s:Statement) USING INDEX s:Statement(${fromIndex ? "publishedAt, speakerId" : "publishedAt"})`,
    `  ${whereClause(dated).replaceAll("\n", "\n  ")}`,
    "  WITH s ORDER BY s.publishedAt DESC, s.id DESC LIMIT toInteger($limit)",
    "  RETURN collect(s) AS dated",
    "}",
    "CALL (dated) {",
    "  WITH dated WHERE size(dated) < toInteger($limit)",
    `  ${fallback.head.replaceAll("\n", "\n  ")}`,
    `  ${whereClause(undated).replaceAll("\n", "\n  ")}`,
    "  WITH s ORDER BY s.id DESC LIMIT toInteger($limit)",
    "  RETURN collect(s) AS undated",
    "}",
    "UNWIND dated + undated AS s",
    "RETURN s LIMIT toInteger($limit)",
  ].join("\n");
  return { query, params };
}

/**
 * The condition of the undated statements of a page that ran short: being undated first, the filter's
 * tests only for those. Plain conjuncts would not do: the planner puts the ABOUT test first and spends
 * it on every statement of the anchor set (the 10k headline walked, a page of 20 with none undated:
 * 12,830 db hits, 10,921 with the test first).
 */
function undatedFirst(conditions: string[]): string {
  const undated = "coalesce(s.publishedAt, '') = ''";
  if (conditions.length === 0) return undated;
  return `CASE WHEN ${undated}\n  THEN ${conditions.join("\n    AND ")}\n  ELSE false END`;
}

/**
 * One row `{ costs, total, ids }`: `anchorCostQuery`'s degree sums for every anchor set (also for a
 * single one: the walk is weighed against it), the statements in the graph, from the count store, and
 * the node ids of each set that a traversal finds (`COLLECTED_KINDS`; null for other sets and for a set
 * of more than SET_IDS_CAP nodes), which later queries then find by id (`setIds`). The sets are always
 * found by their traversal here, never from kept ids.
 */
export function estimateQuery(r: ResolvedStatementWhere): { query: string; kinds: AnchorKind[] } | null {
  const sets = anchorSets(portable(r));
  if (sets.length === 0) return null;
  const ids = (set: AnchorSet) =>
    COLLECTED_KINDS.includes(set.kind)
      ? `CASE WHEN count(n) <= ${SET_IDS_CAP} THEN collect(n.id) END`
      : "null";
  const probe = sets.some((set) => set.rel === "SAID_BY") ? [SPEAKER_IDS_PROBE] : [];
  const lines = [
    "CALL () { MATCH (s:Statement) RETURN count(s) AS total }",
    DATE_GROUPS_PROBE,
    ...probe,
    ...sets.map(
      (set, i) =>
        `CALL () { ${set.nodes} WITH DISTINCT ${set.variable} AS n RETURN sum(COUNT { (n)<-[:${set.rel}]-() }) AS c${i}, ${ids(set)} AS ids${i}, count(n) AS n${i} }`,
    ),
    `RETURN [${sets.map((_, i) => `c${i}`).join(", ")}] AS costs, total, [${sets.map((_, i) => `ids${i}`).join(", ")}] AS ids, [${sets.map((_, i) => `n${i}`).join(", ")}] AS sizes, dateGroups, ${probe.length > 0 ? "speakerIdsMissing" : "null AS speakerIdsMissing"}`,
  ];
  return { query: lines.join("\n"), kinds: sets.map((s) => s.kind) };
}

/**
 * `speakerIdsMissing`: whether any of the oldest and newest 200 dated statements has a SAID_BY edge but
 * no `speakerId` (a graph written before the copy and not yet migrated, an import of an old export, a
 * test fixture) — the same look as cypher/migrate/statement-speaker-ids-probe, a few hundred index
 * entries. Only a graph without such statements lets the walk read the copy from the index.
 */
const SPEAKER_IDS_PROBE =
  "CALL () { CALL () { MATCH (s:Statement) WHERE s.publishedAt > '' WITH s ORDER BY s.publishedAt ASC LIMIT 200 RETURN s " +
  "UNION MATCH (s:Statement) WHERE s.publishedAt > '' WITH s ORDER BY s.publishedAt DESC LIMIT 200 RETURN s } " +
  "WITH s WHERE s.speakerId IS NULL AND EXISTS { (s)-[:SAID_BY]->() } RETURN count(s) > 0 AS speakerIdsMissing }";

// The newest DATE_GROUP_PROBE dated statements read from the publishedAt index, as the sizes of their
// publishedAt groups in order (`dateGroups`); the last group is counted whole, up to DATE_GROUP_CAP (a walk
// that stops in it reads all of it: see `walkedWithTies`). At most ~110,000 index entries, once per filter
// and graph version; on the generated 1M graph ~10,000.
const DATE_GROUP_PROBE = 10_000;
const DATE_GROUP_CAP = 100_000;
const DATE_GROUPS_PROBE =
  `CALL () { MATCH (s:Statement) WHERE s.publishedAt > '' WITH s.publishedAt AS p ORDER BY p DESC LIMIT ${DATE_GROUP_PROBE} ` +
  "WITH p, count(*) AS n ORDER BY p DESC WITH collect(n) AS groups, collect(p) AS dates " +
  "CALL (dates) { MATCH (t:Statement) WHERE t.publishedAt = dates[-1] " +
  `WITH t LIMIT ${DATE_GROUP_CAP} RETURN count(t) AS last } ` +
  "RETURN CASE WHEN size(groups) = 0 THEN [] ELSE groups[..-1] + [last] END AS dateGroups }";

// A set is kept as ids up to this many nodes (the headline at 1M: 1,009 speakers, 233 places and
// meetings); a bigger one is cheaper to find again than to send as a parameter with every query.
const SET_IDS_CAP = 10_000;

// Below this many statements in the chosen anchor set, the per-statement tests (a walk up PART_OF or
// LOCATED_IN, ~25 db hits each) cost less than collecting the other sets first (a few hundred hits for
// the affiliations of a country's bodies), so the plain anchored query stays.
const COLLECT_FROM = 500;

/** The cheapest anchor set by the estimate, when it is large enough that the other sets are worth collecting. */
function collectedAnchor(r: ResolvedStatementWhere): AnchorSet | null {
  if (r.where.text || r.ids || r.articleId || !r.anchorCosts) return null;
  const sets = anchorSets(r);
  if (sets.length < 2) return null;
  const cost = (s: AnchorSet) => r.anchorCosts?.[s.kind] ?? Number.POSITIVE_INFINITY;
  const best = sets.reduce((a, b) => (cost(a) <= cost(b) ? a : b));
  return Number.isFinite(cost(best)) && cost(best) >= COLLECT_FROM ? best : null;
}

/**
 * A top-level query anchored on the cheapest set like `compose`, but with the other sets collected once
 * up front, so that each statement of a large anchor set is tested by one edge expansion and a list
 * membership instead of a walk through the hierarchies (100k statements: the headline's 1,523 anchor
 * statements at ~31 db hits each). Null when `compose` is the better plan (see COLLECT_FROM).
 */
export function composeCollected(r: ResolvedStatementWhere): Composed | null {
  const chosen = collectedAnchor(r);
  if (!chosen) return null;
  const sets = anchorSets(r);
  const others = sets.map((set, i) => ({ set, i })).filter(({ set }) => set.kind !== chosen.kind);
  const c = composeConditions(r, new Set(sets.map((s) => s.kind)));
  const how = r.where.about?.how ?? null;
  // An ABOUT anchor does not look at `via`; composeConditions still tests `how` then.
  const head = [
    ...others.flatMap(({ set, i }) => collectSet(r, set, i)),
    chosen.nodes,
    `MATCH (s:Statement)-[:${chosen.rel}]->(${chosen.variable})`,
    `WITH DISTINCT ${["s", ...setVariables(r, others)].join(", ")}`,
  ].join("\n");
  return {
    head,
    conditions: [...c.conditions, ...others.map(({ set, i }) => membership(r, set, i, how))],
    params: c.params,
  };
}
