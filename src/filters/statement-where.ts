// A statement filter (the `where` of the GraphQL `statements` field and of `newsgraph export --where`)
// and what it means in Cypher: the conditions on `s`, and where the query starts.
//
// Why the query text is composed here and not a single file in cypher/read: a filter is a conjunction
// of optional parts, and a query with only the parts in use is both what the planner handles well and
// what an analyst wants to read. Every fragment below is a fixed string; user values only ever travel
// as $params, and labels come only from src/graph-model.ts (an allowlist).
import { ENTITY_LABELS, LOCATED_IN_DEPTH, PART_OF_DEPTH, SPEAKER_LABELS } from "../graph-model.ts";
import type { RoleKind, StatementKind } from "../ingest/types.ts";
import { addDateRange } from "./cypher-query.ts";

export const ABOUT_HOWS = ["TEXT", "CONTEXT"] as const;
export type AboutHow = (typeof ABOUT_HOWS)[number];
export const SPEAKER_TYPES = ["PERSON", "ORGANIZATION"] as const;
export type SpeakerType = (typeof SPEAKER_TYPES)[number];

/** Who said it. All given parts must hold; nationality/organization/roleKind must hold on ONE affiliation. */
export interface SpeakerWhere {
  /** Node id ("kirill-dmitrijew") or a GraphQL global id of a Person/Organization. */
  id?: string | null;
  /** Name or alias of a person or organization, case-insensitive ("Dmitriev", "Kreml"). */
  name?: string | null;
  /** Country name, alias or ISO code ("Russland", "Russia", "RU"): persons affiliated with the country
   *  or a body PART_OF it (the Kremlin); without roleKind also organizations that are/belong to it. */
  nationality?: string | null;
  roleKind?: RoleKind | null;
  /** Organization name/alias: persons affiliated with it or a body PART_OF it, or the organization itself. */
  organization?: string | null;
  type?: SpeakerType | null;
}

/** What it is about. Each given part must hold (through an ABOUT edge of `how`, if given). */
export interface AboutWhere {
  /** The place, any place LOCATED_IN it, or a meeting HELD_IN one of those ("Miami"). */
  place?: string | null;
  /** Meeting id/global id or name. */
  meeting?: string | null;
  topic?: string | null;
  /** Any entity (person, organization, place, topic, meeting) by id/global id, name or alias. */
  entity?: string | null;
  how?: AboutHow | null;
}

export interface StatementWhere {
  /** Statement ids or global ids. */
  ids?: string[] | null;
  speaker?: SpeakerWhere | null;
  about?: AboutWhere | null;
  kind?: StatementKind[] | null;
  /** Dates as YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time; bounds are inclusive at their precision. */
  publishedFrom?: string | null;
  publishedTo?: string | null;
  /** When it was said (`saidOn`, else the article's publication day). */
  saidFrom?: string | null;
  saidTo?: string | null;
  /** Outlet or agency, case-insensitive ("dpa", "DIE ZEIT"). */
  source?: string | null;
  /** Full-text query over the statement text (Lucene syntax, German stemming). */
  text?: string | null;
  /** Article id or global id. */
  article?: string | null;
  minConfidence?: number | null;
}

/** A filter whose names have been resolved to node ids; produced only by `resolveStatementWhere`. */
export interface ResolvedStatementWhere {
  where: StatementWhere;
  ids: string[] | null;
  speakerIds: string[] | null;
  speakerCountryIds: string[] | null;
  speakerOrganizationIds: string[] | null;
  aboutPlaceIds: string[] | null;
  aboutMeetingIds: string[] | null;
  aboutTopicIds: string[] | null;
  aboutEntityIds: string[] | null;
  articleId: string | null;
  /** Statements behind each anchor set (`anchorCostQuery`); absent: the fixed preference order. */
  anchorCosts?: Partial<Record<AnchorKind, number>> | null;
  /** Statements in the graph (count store), for the walk estimate (statement-walk.ts). */
  statementTotal?: number | null;
  /** How the speaker set of a role AND a country/organization is reached (`speakerRouteQuery`); absent: from the bodies. */
  speakerRoute?: SpeakerRoute | null;
  /**
   * The node ids of the sets that are found by a traversal (`affiliations`: the speakers of a role and
   * country; `places`: the places inside a place and the meetings held there), read by the estimate
   * query and kept for the graph version, like resolved names (statement-filter.ts). With them the set is
   * found by id (two index seeks a node) instead of by the traversal, which at 1M statements costs
   * ~28,000 db hits per page for the headline (Russia's 2,726 bodies down PART_OF, the role's 3,993
   * affiliations). Absent: the traversal. `portable` drops them (the `cypher` field).
   */
  setIds?: Partial<Record<AnchorKind, string[]>> | null;
  /**
   * True when the estimate's probe found no statement with a speaker but without `speakerId` (see
   * `SPEAKER_IDS_PROBE`): the walk may then read the speaker from the (publishedAt, speakerId) index,
   * which holds only statements that have the property. Kept as long as the set ids; absent: false.
   */
  speakerIdsComplete?: boolean | null;
  /** Sizes of the newest publishedAt groups (statement-walk.ts `walkedWithTies`); absent: not known. */
  dateGroups?: number[] | null;
  /** Nodes in each anchor set found by the estimate's traversal (statement-walk.ts `testedInline`). */
  setSizes?: Partial<Record<AnchorKind, number>> | null;
}

/** The sets whose ids the estimate keeps (see `setIds`): those a traversal finds. */
export const COLLECTED_KINDS: readonly AnchorKind[] = ["affiliations", "places"];

/** `r` without its kept set ids: a query that finds every set itself (analysts' copies, the estimate). */
export function portable(r: ResolvedStatementWhere): ResolvedStatementWhere {
  return r.setIds || r.speakerIdsComplete ? { ...r, setIds: null, speakerIdsComplete: null } : r;
}

const setIdsParam = (kind: AnchorKind) => `setIds_${kind}`;

/** "ROLE": the role's affiliations through the AFFILIATED_WITH roleKind index; "BODIES": the bodies' affiliations. */
export type SpeakerRoute = "ROLE" | "BODIES";

/** Restricts a query to the statements of one parent (Person.statements, Meeting.statements, …). */
export type StatementScope = "SPEAKER" | "ABOUT_PLACE" | "ABOUT_ENTITY" | "ARTICLE";

export interface Composed {
  /** Clauses that bind `s` (and only `s`, plus `scopeId` in a batch), ending where a WHERE can follow. */
  head: string;
  conditions: string[];
  params: Record<string, unknown>;
}

/** `scopeExpr` is `$scopeId` (one parent, for analysts) or `scopeId` (a batch of parents, UNWIND). */
export function compose(
  r: ResolvedStatementWhere,
  scope: StatementScope | null,
  scopeExpr: string,
): Composed {
  const params: Record<string, unknown> = {};
  if (r.where.text) params.text = r.where.text;
  const conditions = scopeConditions(scope, scopeExpr);
  const start = anchor(r, scope, scopeExpr);
  // The anchor set's own condition holds for every statement it reaches: testing it again per
  // statement would cost more than finding them did.
  const given = (kind: AnchorKind) => start.kind !== kind;
  statementConditions(r, conditions, params);
  speakerConditions(r, conditions, params, given);
  aboutConditions(r, conditions, params, given);
  return { head: start.head, conditions, params };
}

/** The conditions of a top-level query except those of the anchor sets in `skip` (a walk tests those itself). */
export function composeConditions(
  r: ResolvedStatementWhere,
  skip: ReadonlySet<AnchorKind>,
): { conditions: string[]; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  const given = (kind: AnchorKind) => !skip.has(kind);
  statementConditions(r, conditions, params);
  speakerConditions(r, conditions, params, given);
  aboutConditions(r, conditions, params, given);
  return { conditions, params };
}

function scopeConditions(scope: StatementScope | null, scopeExpr: string): string[] {
  switch (scope) {
    case "SPEAKER":
      return [`EXISTS { MATCH (s)-[:SAID_BY]->(scope) WHERE scope.id = ${scopeExpr} }`];
    case "ARTICLE":
      return [`s.articleId = ${scopeExpr}`];
    case "ABOUT_ENTITY":
      return [`EXISTS { MATCH (s)-[:ABOUT]->(scope) WHERE scope.id = ${scopeExpr} }`];
    case "ABOUT_PLACE":
      return [aboutPlace(`[${scopeExpr}]`, null)];
    case null:
      return [];
  }
}

/** Conditions on the statement's own properties and its article. */
function statementConditions(
  r: ResolvedStatementWhere,
  conditions: string[],
  params: Record<string, unknown>,
): void {
  const w = r.where;
  for (const [kind, ids] of Object.entries(r.setIds ?? {}))
    if (ids) params[setIdsParam(kind as AnchorKind)] = ids;
  if (r.ids) {
    conditions.push("s.id IN $ids");
    params.ids = r.ids;
  }
  if (r.articleId) {
    conditions.push("s.articleId = $articleId");
    params.articleId = r.articleId;
  }
  if (w.kind?.length) {
    conditions.push("s.kind IN $kinds");
    params.kinds = w.kind;
  }
  addDateRange(
    conditions,
    params,
    "s.publishedAt",
    ["publishedFrom", w.publishedFrom],
    ["publishedTo", w.publishedTo],
  );
  addDateRange(
    conditions,
    params,
    "coalesce(s.saidOn, s.publishedAt)",
    ["saidFrom", w.saidFrom],
    ["saidTo", w.saidTo],
  );
  if (w.minConfidence !== null && w.minConfidence !== undefined) {
    conditions.push("s.confidence >= $minConfidence");
    params.minConfidence = w.minConfidence;
  }
  if (w.source) {
    conditions.push(
      "EXISTS { MATCH (s)-[:REPORTED_IN]->(a:Article) WHERE toLower(a.source) = toLower($source) OR any(x IN coalesce(a.sources, []) WHERE toLower(x) = toLower($source)) }",
    );
    params.source = w.source;
  }
}

/** `test(kind)`: false when the anchor already guarantees that part (see `compose`). */
type Test = (kind: AnchorKind) => boolean;

function speakerConditions(
  r: ResolvedStatementWhere,
  conditions: string[],
  params: Record<string, unknown>,
  test: Test,
): void {
  const sp = r.where.speaker ?? {};
  if (r.speakerIds) {
    if (test("speakers")) conditions.push(saidByOneOf("$speakerIds"));
    params.speakerIds = r.speakerIds;
  }
  if (sp.type === "PERSON") conditions.push("EXISTS { MATCH (s)-[:SAID_BY]->(:Person) }");
  if (sp.type === "ORGANIZATION") conditions.push("EXISTS { MATCH (s)-[:SAID_BY]->(:Organization) }");
  if (!sp.roleKind && !r.speakerCountryIds && !r.speakerOrganizationIds) return;
  if (sp.roleKind) params.speakerRoleKind = sp.roleKind;
  if (r.speakerOrganizationIds) params.speakerOrganizationIds = r.speakerOrganizationIds;
  if (r.speakerCountryIds) params.speakerCountryIds = r.speakerCountryIds;
  const onAffiliation = affiliationConditions(r);
  const onOrganization = bodyConditions(r).map((part) => part.replaceAll("(o)", "(sp)"));
  if (!test("affiliations")) return;
  const person = `EXISTS { MATCH (sp:Person)-[a:AFFILIATED_WITH]->(o:Organization) WHERE ${onAffiliation.join(" AND ")} }`;
  // A role belongs to a person; an organization (the Kremlin) speaks for a country only without one.
  const alternatives = sp.roleKind
    ? person
    : `${person} OR (sp:Organization AND ${onOrganization.join(" AND ")})`;
  conditions.push(`EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE ${alternatives} }`);
}

/**
 * The statement's speaker is one of `idsExpr` (a list of node ids). The writers copy the id of the
 * SAID_BY target onto the statement as `speakerId` (src/ingest/write/statement-rows.ts, the bench
 * generator, the backfill in src/neo4j/migrate.ts): a statement's SAID_BY edge is written once with
 * the statement and never moved (people are renamed before an article is written; an updated
 * article's statements are deleted and written anew), so the copy cannot go stale. Testing it is one
 * property read instead of an expansion over all of the statement's relationships (~5 db hits; a walk
 * at 1M tests ~7,000 statements). A statement without the property (a graph written before it, a
 * fixture, an import of an old export) is tested through its edge, so the result never depends on it.
 */
export function saidByOneOf(idsExpr: string): string {
  return `(s.speakerId IN ${idsExpr} OR (s.speakerId IS NULL AND EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE sp.id IN ${idsExpr} }))`;
}

/** Conditions on one affiliation `a` of a person to an organization `o`: the role, and what `o` belongs to. */
function affiliationConditions(r: ResolvedStatementWhere): string[] {
  const role = r.where.speaker?.roleKind ? ["a.roleKind = $speakerRoleKind"] : [];
  return [...role, ...bodyConditions(r)];
}

/** `o` is, or is PART_OF, the organization and the country asked for. */
function bodyConditions(r: ResolvedStatementWhere): string[] {
  const parts: string[] = [];
  if (r.speakerOrganizationIds) {
    parts.push(
      `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(org:Organization) WHERE org.id IN $speakerOrganizationIds }`,
    );
  }
  if (r.speakerCountryIds) {
    parts.push(
      `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(country:Country) WHERE country.id IN $speakerCountryIds }`,
    );
  }
  return parts;
}

function aboutConditions(
  r: ResolvedStatementWhere,
  conditions: string[],
  params: Record<string, unknown>,
  given: Test,
): void {
  const how = r.where.about?.how ?? null;
  // An ABOUT anchor does not look at `via`, so with `how` its condition is still tested.
  const test = (kind: AnchorKind) => how !== null || given(kind);
  if (how) params.aboutHow = how;
  const viaFilter = how ? " AND r.via = $aboutHow" : "";
  if (r.aboutPlaceIds) {
    if (test("places")) conditions.push(aboutPlace("$aboutPlaceIds", how));
    params.aboutPlaceIds = r.aboutPlaceIds;
  }
  if (r.aboutMeetingIds) {
    if (test("meetings"))
      conditions.push(
        `EXISTS { MATCH (s)-[r:ABOUT]->(m:Meeting) WHERE m.id IN $aboutMeetingIds${viaFilter} }`,
      );
    params.aboutMeetingIds = r.aboutMeetingIds;
  }
  if (r.aboutTopicIds) {
    if (test("topics"))
      conditions.push(`EXISTS { MATCH (s)-[r:ABOUT]->(t:Topic) WHERE t.id IN $aboutTopicIds${viaFilter} }`);
    params.aboutTopicIds = r.aboutTopicIds;
  }
  if (r.aboutEntityIds) {
    if (test("entities"))
      conditions.push(`EXISTS { MATCH (s)-[r:ABOUT]->(e) WHERE e.id IN $aboutEntityIds${viaFilter} }`);
    params.aboutEntityIds = r.aboutEntityIds;
  }
  if (how && !r.aboutPlaceIds && !r.aboutMeetingIds && !r.aboutTopicIds && !r.aboutEntityIds) {
    conditions.push("EXISTS { MATCH (s)-[r:ABOUT]->() WHERE r.via = $aboutHow }");
  }
}

/**
 * Where the query starts. Scanning every Statement and testing each against the filter is fine for
 * a few hundred, not for a growing archive; so the query starts from a bound node set of the filter
 * (the full-text hits, the parent of a nested connection, the speakers, the places), found through an
 * index, and walks one edge to the statements. Every condition is still tested afterwards, so the
 * anchor only changes speed. The anchor ends in `WITH DISTINCT s`, so no helper variable leaks into
 * the conditions' subqueries.
 */
function anchor(
  r: ResolvedStatementWhere,
  scope: StatementScope | null,
  scopeExpr: string,
): { head: string; kind: AnchorKind | null } {
  const chosen = scope || r.where.text || r.ids || r.articleId ? null : cheapestAnchor(r);
  const keep = scopeExpr === "scopeId" ? "s, scopeId" : "s";
  const head = chosen
    ? `${chosen.nodes}\nMATCH (s:Statement)-[:${chosen.rel}]->(${chosen.variable})\nWITH DISTINCT ${keep}`
    : fixedAnchor(r, scope, scopeExpr, keep);
  return { head, kind: chosen?.kind ?? null };
}

/** The anchors that need no choice: full-text hits, a nested connection's parent, ids; else every statement. */
function fixedAnchor(
  r: ResolvedStatementWhere,
  scope: StatementScope | null,
  scopeExpr: string,
  keep: string,
): string {
  const via = (match: string) => `${match}\nWITH DISTINCT ${keep}`;
  if (r.where.text)
    return `CALL db.index.fulltext.queryNodes('statementText', $text) YIELD node AS s\nWITH ${keep}`;
  switch (scope) {
    case "SPEAKER":
      return via(`${byId("scope", SPEAKER_LABELS, scopeExpr)}\nMATCH (s:Statement)-[:SAID_BY]->(scope)`);
    case "ABOUT_ENTITY":
      return via(`${byId("scope", ENTITY_LABELS, scopeExpr)}\nMATCH (s:Statement)-[:ABOUT]->(scope)`);
    case "ABOUT_PLACE":
      return via(`${placesWithin(`[${scopeExpr}]`)}\nMATCH (s:Statement)-[:ABOUT]->(x)`);
    case "ARTICLE":
      return "MATCH (s:Statement)"; // the articleId index serves s.articleId = …
    case null:
      break;
  }
  return "MATCH (s:Statement)"; // by the id / articleId indexes, or (no filter) every statement
}

/** The node sets a filter binds a statement to, each one edge away from its statements. */
export type AnchorKind = "speakers" | "affiliations" | "places" | "meetings" | "topics" | "entities";
export interface AnchorSet {
  kind: AnchorKind;
  /** Clauses (one CALL subquery) that bind `variable` to the set's nodes, starting from an index. */
  nodes: string;
  variable: string;
  rel: "SAID_BY" | "ABOUT";
}

/** The sets of the filter, in the order preferred when no estimate is at hand (speakers first). */
export function anchorSets(r: ResolvedStatementWhere): AnchorSet[] {
  const sets: AnchorSet[] = [];
  const sp = r.where.speaker ?? {};
  if (r.speakerIds) {
    sets.push({
      kind: "speakers",
      nodes: byIds("sp", SPEAKER_LABELS, "$speakerIds"),
      variable: "sp",
      rel: "SAID_BY",
    });
  }
  const kept = (kind: AnchorKind, variable: string, labels: readonly string[]) =>
    r.setIds?.[kind] ? byIds(variable, labels, `$${setIdsParam(kind)}`) : null;
  if (sp.roleKind || r.speakerCountryIds || r.speakerOrganizationIds) {
    // A role belongs to a person; without one the bodies themselves speak too (`affiliatedSpeakers`).
    const labels = sp.roleKind ? ["Person"] : SPEAKER_LABELS;
    const nodes = kept("affiliations", "sp", labels) ?? affiliatedSpeakers(r);
    sets.push({ kind: "affiliations", nodes, variable: "sp", rel: "SAID_BY" });
  }
  if (r.aboutPlaceIds) {
    const nodes = kept("places", "x", ["Place", "Meeting"]) ?? placesWithin("$aboutPlaceIds");
    sets.push({ kind: "places", nodes, variable: "x", rel: "ABOUT" });
  }
  if (r.aboutMeetingIds) {
    sets.push({
      kind: "meetings",
      nodes: byIds("m", ["Meeting"], "$aboutMeetingIds"),
      variable: "m",
      rel: "ABOUT",
    });
  }
  if (r.aboutTopicIds) {
    sets.push({
      kind: "topics",
      nodes: byIds("t", ["Topic"], "$aboutTopicIds"),
      variable: "t",
      rel: "ABOUT",
    });
  }
  if (r.aboutEntityIds) {
    sets.push({
      kind: "entities",
      nodes: byIds("e", ENTITY_LABELS, "$aboutEntityIds"),
      variable: "e",
      rel: "ABOUT",
    });
  }
  return sets;
}

/**
 * The set behind the fewest statements. Why an estimate and not always the same part: which part of a
 * filter is selective depends on the data — "Russian negotiators" are a few dozen people, but in a year
 * of Russia coverage they say more than is ever said about Miami, and the reverse for a quiet speaker
 * and a busy place — and walking from the smaller set is what keeps a page cheap. The estimate is the
 * number of SAID_BY/ABOUT edges into the set's nodes (their degree, which Neo4j keeps per node: no
 * statement is read), computed when the filter is resolved (`anchorCostQuery`); without one the order
 * of `anchorSets` decides.
 */
function cheapestAnchor(r: ResolvedStatementWhere): AnchorSet | null {
  const sets = anchorSets(r);
  const cost = (set: AnchorSet) => r.anchorCosts?.[set.kind] ?? Number.POSITIVE_INFINITY;
  return sets.reduce<AnchorSet | null>((best, set) => (best && cost(best) <= cost(set) ? best : set), null);
}

/**
 * One row `{ costs }`: for each of `anchorSets(r)`, the statements linked to its nodes (SAID_BY or ABOUT
 * degree, an upper bound: one statement may be about two of them). Null when there is nothing to choose.
 */
export function anchorCostQuery(r: ResolvedStatementWhere): { query: string; kinds: AnchorKind[] } | null {
  const sets = anchorSets(r);
  if (sets.length < 2) return null;
  const lines = sets.map(
    (set, i) =>
      `CALL () { ${set.nodes} WITH DISTINCT ${set.variable} AS n RETURN sum(COUNT { (n)<-[:${set.rel}]-() }) AS c${i} }`,
  );
  lines.push(`RETURN [${sets.map((_, i) => `c${i}`).join(", ")}] AS costs`);
  return { query: lines.join("\n"), kinds: sets.map((s) => s.kind) };
}

/**
 * Speakers by affiliation, anchor-first: the organizations that count (the organization or country by
 * id, and the bodies PART_OF it) are collected first, then their affiliations are reached by id; with
 * only a role, the AFFILIATED_WITH roleKind index finds them. Either way no Person or Organization is
 * scanned (a test EXPLAINs the headline query). Without a role, the bodies themselves speak for it too.
 * With a role AND bodies there are two ways in (`speakerRoute`): expanding every affiliation of every
 * body and keeping those with the role, or seeking the role's affiliations in the relationship index and
 * keeping those that end at a body. Which is cheaper depends on the data, so `speakerRouteQuery` counts
 * both sides: on the 1M bench graph Russia's 2,726 bodies hold 24,422 affiliations, the role NEGOTIATOR
 * about 3,900 in all, and the role side reads a sixth of the affiliations; for a common role and a small
 * country it is the other way round.
 */
function affiliatedSpeakers(r: ResolvedStatementWhere): string {
  const roleKind = r.where.speaker?.roleKind;
  const body = bodiesMatch(r);
  if (roleKind && body && r.speakerRoute === "ROLE") {
    // The bodies as a node list, collected once: `o IN bodies` costs no db hit per affiliation. The hint
    // keeps the planner on the role side (it cannot know how few affiliations carry this role).
    return (
      `CALL () { CALL () { ${body} RETURN collect(DISTINCT b) AS bodies } ` +
      "MATCH (sp:Person)-[a:AFFILIATED_WITH]->(o) USING INDEX a:AFFILIATED_WITH(roleKind) " +
      "WHERE a.roleKind = $speakerRoleKind AND o IN bodies RETURN DISTINCT sp }"
    );
  }
  const role = roleKind ? ["a.roleKind = $speakerRoleKind"] : [];
  const bodies = body ? `COLLECT { ${body} RETURN DISTINCT b.id }` : null;
  const onBody = bodies ? [`o.id IN ${bodies}`] : [];
  const people = `MATCH (sp:Person)-[a:AFFILIATED_WITH]->(o:Organization) WHERE ${[...role, ...onBody].join(" AND ")} RETURN DISTINCT sp`;
  if (role.length > 0 || !bodies) return `CALL () { ${people} }`;
  return `CALL () { ${people} UNION MATCH (sp:Organization) WHERE sp.id IN ${bodies} RETURN sp }`;
}

// The role side is counted in the index up to this many affiliations: enough to see that a common role
// ("OTHER") is the wrong way in, without reading all of them for it once a minute.
const ROLE_COUNT_CAP = 100_000;

/**
 * One row `{ viaRole, viaBodies }` when the filter has a role and bodies (else null): the affiliations
 * each route of `affiliatedSpeakers` would read — the role's (from the relationship index, capped) and
 * the bodies' (their AFFILIATED_WITH degree, which Neo4j keeps per node).
 */
export function speakerRouteQuery(r: ResolvedStatementWhere): string | null {
  const body = bodiesMatch(r);
  if (!r.where.speaker?.roleKind || !body) return null;
  return [
    `CALL () { ${body} WITH DISTINCT b RETURN sum(COUNT { (b)<-[:AFFILIATED_WITH]-() }) AS viaBodies }`,
    "CALL () { MATCH ()-[a:AFFILIATED_WITH]->() WHERE a.roleKind = $speakerRoleKind " +
      `WITH a LIMIT ${ROLE_COUNT_CAP} RETURN count(a) AS viaRole }`,
    "RETURN viaRole, viaBodies",
  ].join("\n");
}

/** The route `affiliatedSpeakers` takes for counts from `speakerRouteQuery`. */
export function chooseSpeakerRoute(viaRole: number, viaBodies: number): SpeakerRoute {
  return viaRole < viaBodies ? "ROLE" : "BODIES";
}

/** Clauses binding `b` to the organizations that are, or are PART_OF, the organization and country asked for. */
function bodiesMatch(r: ResolvedStatementWhere): string | null {
  const down = `MATCH (b:Organization)-[:PART_OF*0..${PART_OF_DEPTH}]->(top)`;
  if (r.speakerOrganizationIds) {
    const country = r.speakerCountryIds
      ? ` WHERE EXISTS { MATCH (b)-[:PART_OF*0..${PART_OF_DEPTH}]->(country:Country) WHERE country.id IN $speakerCountryIds }`
      : "";
    return `MATCH (top:Organization) WHERE top.id IN $speakerOrganizationIds ${down}${country}`;
  }
  if (r.speakerCountryIds) return `MATCH (top:Country) WHERE top.id IN $speakerCountryIds ${down}`;
  return null;
}

/** Nodes of any of `labels` by id through each label's id index (a label-less match would scan everything). */
function byIds(variable: string, labels: readonly string[], idsExpr: string): string {
  return `CALL () { ${labels.map((l) => `MATCH (${variable}:${l}) WHERE ${variable}.id IN ${idsExpr} RETURN ${variable}`).join(" UNION ")} }`;
}

function byId(variable: string, labels: readonly string[], idExpr: string): string {
  const imports = idExpr.startsWith("$") ? "()" : `(${idExpr})`;
  return `CALL ${imports} { ${labels.map((l) => `MATCH (${variable}:${l} {id: ${idExpr}}) RETURN ${variable}`).join(" UNION ")} }`;
}

/** `x`: the places given, the places inside them, and the meetings held in any of those. */
function placesWithin(idsExpr: string): string {
  const imports = idsExpr.includes("scopeId") && !idsExpr.includes("$") ? "(scopeId)" : "()";
  return (
    `CALL ${imports} { MATCH (x:Place)-[:LOCATED_IN*0..${LOCATED_IN_DEPTH}]->(p:Place) WHERE p.id IN ${idsExpr} RETURN x` +
    ` UNION MATCH (x:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..${LOCATED_IN_DEPTH}]->(p:Place) WHERE p.id IN ${idsExpr} RETURN x }`
  );
}

/** About the place, a place inside it, or a meeting held in one of those (docs/graph-model.md). */
function aboutPlace(idsExpr: string, how: AboutHow | null): string {
  const via = how ? "r.via = $aboutHow AND " : "";
  return (
    `EXISTS { MATCH (s)-[r:ABOUT]->(x) WHERE ${via}(` +
    `EXISTS { MATCH (x:Place)-[:LOCATED_IN*0..${LOCATED_IN_DEPTH}]->(p:Place) WHERE p.id IN ${idsExpr} } OR ` +
    `EXISTS { MATCH (x:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..${LOCATED_IN_DEPTH}]->(p:Place) WHERE p.id IN ${idsExpr} }) }`
  );
}

export function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join("\n  AND ")}` : "";
}
