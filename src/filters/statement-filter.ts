// THE translation of a statement filter (the `where` of the GraphQL `statements` field, and
// `newsgraph export --where`) into Cypher. API and export both call it, so an analyst who copies the
// `cypher` field of a connection or exports with the same filter gets exactly the same statements.
//
// Usage (see also docs in the report / README):
//   const where = parseStatementWhere(JSON.parse(text));        // validate untyped input (CLI)
//   const resolved = await resolveStatementWhere(where);        // names → ids via aliases (1 query)
//   const { query, params } = statementIdsQuery(resolved);      // or statementPageQuery / statementCountQuery
//   const rows = await read(query, params);
//
// Why the query text is composed here and not a single file in cypher/read: a filter is a conjunction
// of optional parts, and a query with only the parts in use is both what the planner handles well and
// what an analyst wants to read. Every fragment below is a fixed string; user values only ever travel
// as $params, and labels come only from LABELS (an allowlist).
import { GraphQLError } from "graphql";
import { slug } from "../ingest/slug.ts";
import { ROLE_KINDS, type RoleKind, STATEMENT_KINDS, type StatementKind } from "../ingest/types.ts";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import { COUNTRY_CODES } from "./country-codes.ts";
import { addDateRange, type CypherQuery } from "./cypher-query.ts";

export type { CypherQuery } from "./cypher-query.ts";

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

export const ORDER_FIELDS = ["PUBLISHED_AT", "SAID_ON", "CONFIDENCE", "ID"] as const;
export type StatementOrderField = (typeof ORDER_FIELDS)[number];
export type OrderDirection = "ASC" | "DESC";
export interface StatementOrder {
  field: StatementOrderField;
  direction: OrderDirection;
}
export const DEFAULT_ORDER: StatementOrder = { field: "PUBLISHED_AT", direction: "DESC" };

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
}

/** Restricts a query to the statements of one parent (Person.statements, Meeting.statements, …). */
export type StatementScope = "SPEAKER" | "ABOUT_PLACE" | "ABOUT_ENTITY" | "ARTICLE";

/** Labels a filter may touch; nothing else is ever spliced into a query. */
const LABELS = {
  speaker: ["Person", "Organization"],
  country: ["Country"],
  organization: ["Organization"],
  place: ["Place"],
  meeting: ["Meeting"],
  topic: ["Topic"],
  entity: ["Person", "Organization", "Place", "Topic", "Meeting"],
  article: ["Article"],
} as const satisfies Record<string, readonly string[]>;

export type Runner = (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

export function badFilter(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: "BAD_USER_INPUT", field } });
}

// ---------------------------------------------------------------------------------------------------
// Validation of untyped input (the CLI's --where JSON); GraphQL input arrives already typed but goes
// through the same checks for the parts the schema cannot express (dates, ranges).

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw badFilter(`${path}.${key}`, `unknown field; expected one of ${allowed.join(", ")}`);
    }
  }
}

function optString(obj: Record<string, unknown>, key: string, path: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string" || v.trim() === "")
    throw badFilter(`${path}.${key}`, "must be a non-empty string");
  return v.trim();
}

function optEnum<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  values: readonly T[],
  path: string,
): T | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string" || !values.includes(v as T)) {
    throw badFilter(`${path}.${key}`, `must be one of ${values.join(", ")}`);
  }
  return v as T;
}

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
    if (v !== null && v !== undefined && !DATE.test(v)) {
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
// Ids: the API hands out Relay global ids (base64 "Type:id"); filters accept those or plain node ids.

/** The node id inside a global id of one of `types`; a plain node id is returned unchanged. */
export function localId(id: string, types: readonly string[]): string {
  if (/^[A-Za-z0-9+/]+=*$/.test(id) && id.length % 4 === 0) {
    const decoded = Buffer.from(id, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon > 0 && Buffer.from(decoded, "utf8").toString("base64") === id) {
      const type = decoded.slice(0, colon);
      if (types.includes(type)) return decoded.slice(colon + 1);
    }
  }
  return id;
}

// ---------------------------------------------------------------------------------------------------
// Name resolution: one round trip for every name in the filter, then a clear error for each miss.

/** What a name may refer to; each kind is a fixed set of labels (the allowlist). */
export type NameKind = "speaker" | "country" | "organization" | "place" | "meeting" | "topic" | "entity";

const NAME_KINDS: Record<
  NameKind,
  { labels: readonly string[]; noun: string; globalTypes: readonly string[] }
> = {
  speaker: { labels: LABELS.speaker, noun: "person or organization", globalTypes: LABELS.speaker },
  country: { labels: LABELS.country, noun: "country", globalTypes: ["Organization", "Place"] },
  organization: { labels: LABELS.organization, noun: "organization", globalTypes: LABELS.organization },
  place: { labels: LABELS.place, noun: "place", globalTypes: ["Place", "Organization"] },
  meeting: { labels: LABELS.meeting, noun: "meeting", globalTypes: LABELS.meeting },
  topic: { labels: LABELS.topic, noun: "topic", globalTypes: LABELS.topic },
  entity: { labels: LABELS.entity, noun: "entity", globalTypes: LABELS.entity },
};

export interface NameRequest {
  /** The field the name came from, used in errors ("where.speaker.nationality"). */
  key: string;
  kind: NameKind;
  name: string;
}

function candidateIds(r: NameRequest): string[] {
  const ids = new Set([r.name, slug(r.name), localId(r.name, NAME_KINDS[r.kind].globalTypes)]);
  if (r.kind === "country") {
    const code = COUNTRY_CODES[r.name.toUpperCase()];
    if (code) ids.add(code);
  }
  return [...ids].filter(Boolean);
}

function luceneFuzzy(name: string): string | null {
  const words = name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .map((w) => `${w.toLowerCase()}~`);
  return words.length > 0 ? words.join(" ") : null;
}

async function suggestions(run: Runner, r: NameRequest): Promise<string[]> {
  const query = luceneFuzzy(r.name);
  if (!query) return [];
  try {
    const rows = await run(cypher("read/name-suggestions"), { query, labels: NAME_KINDS[r.kind].labels });
    return rows.map((row) => String(row.name));
  } catch {
    // Suggestions are a courtesy; the error about the unknown name matters more.
    return [];
  }
}

const defaultRunner: Runner = (query, params) => read(query, params);

/**
 * Resolves names to node ids — by id, global id, name or alias, case-insensitive, ISO code for
 * countries — in ONE query. An unknown name is a BAD_USER_INPUT error naming the field, with near misses.
 */
export async function resolveNames(
  requests: NameRequest[],
  run: Runner = defaultRunner,
): Promise<Map<string, string[]>> {
  if (requests.length === 0) return new Map();
  // The lookups (slugs, decoded global ids, ISO codes) follow from field, kind and name alone, so
  // those are the key: a hit builds no slug and decodes no base64.
  const cacheKey =
    run === defaultRunner ? JSON.stringify(requests.map((r) => [r.key, r.kind, r.name])) : null;
  const cached = cacheKey ? nameCache.get(cacheKey) : undefined;
  if (cached && cached.until > Date.now()) return new Map(cached.found);
  const lookups = requests.map((r) => ({
    key: r.key,
    labels: NAME_KINDS[r.kind].labels,
    name: r.name,
    ids: candidateIds(r),
  }));
  const found = new Map<string, string[]>();
  const rows = await run(cypher("read/resolve-names"), { lookups });
  for (const row of rows) found.set(String(row.key), (row.ids as string[]) ?? []);
  for (const r of requests) {
    if ((found.get(r.key) ?? []).length === 0) {
      const near = await suggestions(run, r);
      const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `'${n}'`).join(", ")}?` : "";
      throw badFilter(
        r.key,
        `no ${NAME_KINDS[r.kind].noun} is known as '${r.name}' (by name, alias or id).${hint}`,
      );
    }
  }
  if (cacheKey) {
    if (nameCache.size >= NAME_CACHE_SIZE) nameCache.delete(nameCache.keys().next().value as string);
    nameCache.set(cacheKey, { until: Date.now() + NAME_CACHE_MS, found: [...found] });
  }
  return found;
}

// The same few names ("Russland", "Miami") arrive with most requests; remembering how they resolved
// for a few seconds saves a round trip per request. Only successful lookups are kept, so a name that
// ingest has just added resolves at once, and a changed alias is picked up within NAME_CACHE_MS.
const NAME_CACHE_MS = 10_000;
const NAME_CACHE_SIZE = 500;
const nameCache = new Map<string, { until: number; found: [string, string[]][] }>();

/** Forget resolved names (after an ingest in this process). */
export function clearNameCache(): void {
  nameCache.clear();
}

/** Resolves every name in the filter (one query); see `resolveNames` for the rules and errors. */
export async function resolveStatementWhere(
  where: StatementWhere,
  run: Runner = defaultRunner,
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
  let speakerIds: string[] | null = sp.id ? [localId(sp.id, LABELS.speaker)] : null;
  if (sp.name) {
    const named = ids("where.speaker.name") ?? [];
    speakerIds = speakerIds ? speakerIds.filter((id) => named.includes(id)) : named;
  }
  return {
    where,
    ids: where.ids?.length ? where.ids.map((id) => localId(id, ["Statement"])) : null,
    speakerIds,
    speakerCountryIds: ids("where.speaker.nationality"),
    speakerOrganizationIds: ids("where.speaker.organization"),
    aboutPlaceIds: ids("where.about.place"),
    aboutMeetingIds: ids("where.about.meeting"),
    aboutTopicIds: ids("where.about.topic"),
    aboutEntityIds: ids("where.about.entity"),
    articleId: where.article ? localId(where.article, LABELS.article) : null,
  };
}

// ---------------------------------------------------------------------------------------------------
// Composition.

/** How far PART_OF / LOCATED_IN chains are followed (Kreml → Russland; Shell Bay → Miami → Florida → USA). */
const PART_OF_DEPTH = 3;
const LOCATED_IN_DEPTH = 4;

const ORDER_KEY: Record<StatementOrderField, string> = {
  PUBLISHED_AT: "coalesce(s.publishedAt, '')",
  SAID_ON: "coalesce(s.saidOn, left(s.publishedAt, 10), '')",
  CONFIDENCE: "coalesce(s.confidence, 0.0)",
  ID: "s.id",
};

interface Composed {
  /** Clauses that bind `s` (and only `s`, plus `scopeId` in a batch), ending where a WHERE can follow. */
  head: string;
  conditions: string[];
  params: Record<string, unknown>;
}

/** `scopeExpr` is `$scopeId` (one parent, for analysts) or `scopeId` (a batch of parents, UNWIND). */
function compose(r: ResolvedStatementWhere, scope: StatementScope | null, scopeExpr: string): Composed {
  const w = r.where;
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  if (w.text) params.text = w.text;

  switch (scope) {
    case "SPEAKER":
      conditions.push(`EXISTS { MATCH (s)-[:SAID_BY]->(scope) WHERE scope.id = ${scopeExpr} }`);
      break;
    case "ARTICLE":
      conditions.push(`s.articleId = ${scopeExpr}`);
      break;
    case "ABOUT_ENTITY":
      conditions.push(`EXISTS { MATCH (s)-[:ABOUT]->(scope) WHERE scope.id = ${scopeExpr} }`);
      break;
    case "ABOUT_PLACE":
      conditions.push(aboutPlace(`[${scopeExpr}]`, null));
      break;
    case null:
      break;
  }

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

  const sp = w.speaker ?? {};
  if (r.speakerIds) {
    conditions.push("EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE sp.id IN $speakerIds }");
    params.speakerIds = r.speakerIds;
  }
  if (sp.type === "PERSON") conditions.push("EXISTS { MATCH (s)-[:SAID_BY]->(:Person) }");
  if (sp.type === "ORGANIZATION") conditions.push("EXISTS { MATCH (s)-[:SAID_BY]->(:Organization) }");
  if (sp.roleKind || r.speakerCountryIds || r.speakerOrganizationIds) {
    const onAffiliation: string[] = [];
    const onOrganization: string[] = [];
    if (sp.roleKind) {
      onAffiliation.push("a.roleKind = $speakerRoleKind");
      params.speakerRoleKind = sp.roleKind;
    }
    if (r.speakerOrganizationIds) {
      const part = `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(org:Organization) WHERE org.id IN $speakerOrganizationIds }`;
      onAffiliation.push(part);
      onOrganization.push(part.replaceAll("(o)", "(sp)"));
      params.speakerOrganizationIds = r.speakerOrganizationIds;
    }
    if (r.speakerCountryIds) {
      const part = `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(country:Country) WHERE country.id IN $speakerCountryIds }`;
      onAffiliation.push(part);
      onOrganization.push(part.replaceAll("(o)", "(sp)"));
      params.speakerCountryIds = r.speakerCountryIds;
    }
    const person = `EXISTS { MATCH (sp:Person)-[a:AFFILIATED_WITH]->(o:Organization) WHERE ${onAffiliation.join(" AND ")} }`;
    // A role belongs to a person; an organization (the Kremlin) speaks for a country only without one.
    const alternatives = sp.roleKind
      ? person
      : `${person} OR (sp:Organization AND ${onOrganization.join(" AND ")})`;
    conditions.push(`EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE ${alternatives} }`);
  }

  const ab = w.about ?? {};
  const how = ab.how ?? null;
  if (how) params.aboutHow = how;
  const viaFilter = how ? " AND r.via = $aboutHow" : "";
  if (r.aboutPlaceIds) {
    conditions.push(aboutPlace("$aboutPlaceIds", how));
    params.aboutPlaceIds = r.aboutPlaceIds;
  }
  if (r.aboutMeetingIds) {
    conditions.push(`EXISTS { MATCH (s)-[r:ABOUT]->(m:Meeting) WHERE m.id IN $aboutMeetingIds${viaFilter} }`);
    params.aboutMeetingIds = r.aboutMeetingIds;
  }
  if (r.aboutTopicIds) {
    conditions.push(`EXISTS { MATCH (s)-[r:ABOUT]->(t:Topic) WHERE t.id IN $aboutTopicIds${viaFilter} }`);
    params.aboutTopicIds = r.aboutTopicIds;
  }
  if (r.aboutEntityIds) {
    conditions.push(`EXISTS { MATCH (s)-[r:ABOUT]->(e) WHERE e.id IN $aboutEntityIds${viaFilter} }`);
    params.aboutEntityIds = r.aboutEntityIds;
  }
  if (how && !r.aboutPlaceIds && !r.aboutMeetingIds && !r.aboutTopicIds && !r.aboutEntityIds) {
    conditions.push("EXISTS { MATCH (s)-[r:ABOUT]->() WHERE r.via = $aboutHow }");
  }
  return { head: anchor(r, scope, scopeExpr), conditions, params };
}

/**
 * Where the query starts. Scanning every Statement and testing each against the filter is fine for
 * a few hundred, not for a growing archive; so the query starts from the most selective part of the
 * filter (the full-text hits, the parent of a nested connection, the speakers, the places) and walks
 * to the statements. Every condition is still tested afterwards, so the anchor only changes speed.
 * The anchor ends in `WITH DISTINCT s`, so no helper variable leaks into the conditions' subqueries.
 */
function anchor(r: ResolvedStatementWhere, scope: StatementScope | null, scopeExpr: string): string {
  const w = r.where;
  const keep = scopeExpr === "scopeId" ? "s, scopeId" : "s";
  const via = (match: string) => `${match}\nWITH DISTINCT ${keep}`;
  if (w.text)
    return `CALL db.index.fulltext.queryNodes('statementText', $text) YIELD node AS s\nWITH ${keep}`;
  switch (scope) {
    case "SPEAKER":
      return via(
        `${byId("scope", ["Person", "Organization"], scopeExpr)}\nMATCH (s:Statement)-[:SAID_BY]->(scope)`,
      );
    case "ABOUT_ENTITY":
      return via(
        `${byId("scope", ["Meeting", "Topic", "Person", "Organization", "Place"], scopeExpr)}\nMATCH (s:Statement)-[:ABOUT]->(scope)`,
      );
    case "ABOUT_PLACE":
      return via(`${placesWithin(`[${scopeExpr}]`)}\nMATCH (s:Statement)-[:ABOUT]->(x)`);
    case "ARTICLE":
      return "MATCH (s:Statement)"; // the articleId index serves s.articleId = …
    case null:
      break;
  }
  if (r.ids || r.articleId) return "MATCH (s:Statement)"; // id / articleId indexes
  if (r.speakerIds) {
    return via(
      `${byIds("sp", ["Person", "Organization"], "$speakerIds")}\nMATCH (s:Statement)-[:SAID_BY]->(sp)`,
    );
  }
  const sp = w.speaker ?? {};
  if (sp.roleKind || r.speakerCountryIds || r.speakerOrganizationIds) {
    const onAffiliation: string[] = [];
    if (sp.roleKind) onAffiliation.push("a.roleKind = $speakerRoleKind");
    if (r.speakerOrganizationIds) {
      onAffiliation.push(
        `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(org:Organization) WHERE org.id IN $speakerOrganizationIds }`,
      );
    }
    if (r.speakerCountryIds) {
      onAffiliation.push(
        `EXISTS { MATCH (o)-[:PART_OF*0..${PART_OF_DEPTH}]->(country:Country) WHERE country.id IN $speakerCountryIds }`,
      );
    }
    const people = `MATCH (sp:Person)-[a:AFFILIATED_WITH]->(o:Organization) WHERE ${onAffiliation.join(" AND ")} RETURN DISTINCT sp`;
    const speakers = sp.roleKind
      ? `CALL () { ${people} }`
      : `CALL () { ${people} UNION MATCH (sp:Organization) RETURN sp }`;
    return via(`${speakers}\nMATCH (s:Statement)-[:SAID_BY]->(sp)`);
  }
  if (r.aboutPlaceIds) return via(`${placesWithin("$aboutPlaceIds")}\nMATCH (s:Statement)-[:ABOUT]->(x)`);
  if (r.aboutMeetingIds)
    return via(`MATCH (m:Meeting) WHERE m.id IN $aboutMeetingIds\nMATCH (s:Statement)-[:ABOUT]->(m)`);
  if (r.aboutTopicIds)
    return via(`MATCH (t:Topic) WHERE t.id IN $aboutTopicIds\nMATCH (s:Statement)-[:ABOUT]->(t)`);
  if (r.aboutEntityIds) {
    return via(
      `${byIds("e", ["Person", "Organization", "Place", "Topic", "Meeting"], "$aboutEntityIds")}\nMATCH (s:Statement)-[:ABOUT]->(e)`,
    );
  }
  return "MATCH (s:Statement)";
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

function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join("\n  AND ")}` : "";
}

// ---------------------------------------------------------------------------------------------------
// Keyset cursors: (order key, id) of the last row, so pages stay stable while ingest adds statements.

export interface CursorPosition {
  key: string | number;
  id: string;
}

interface CursorPayload {
  v: 1;
  f: StatementOrderField;
  d: OrderDirection;
  k: string | number;
  i: string;
}

export function orderKeyOf(statement: Record<string, unknown>, field: StatementOrderField): string | number {
  switch (field) {
    case "PUBLISHED_AT":
      return String(statement.publishedAt ?? "");
    case "SAID_ON":
      return String(
        statement.saidOn ??
          (typeof statement.publishedAt === "string" ? statement.publishedAt.slice(0, 10) : ""),
      );
    case "CONFIDENCE":
      return typeof statement.confidence === "number" ? statement.confidence : 0;
    case "ID":
      return String(statement.id);
  }
}

export function encodeStatementCursor(statement: Record<string, unknown>, order: StatementOrder): string {
  const payload: CursorPayload = {
    v: 1,
    f: order.field,
    d: order.direction,
    k: orderKeyOf(statement, order.field),
    i: String(statement.id),
  };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** BAD_USER_INPUT for anything that is not a cursor this ordering handed out. */
export function decodeStatementCursor(cursor: string, order: StatementOrder, arg = "after"): CursorPosition {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    payload = null;
  }
  const p = payload as Partial<CursorPayload> | null;
  if (
    p?.v !== 1 ||
    typeof p.i !== "string" ||
    (typeof p.k !== "string" && typeof p.k !== "number") ||
    !ORDER_FIELDS.includes(p.f as StatementOrderField)
  ) {
    throw badFilter(
      arg,
      "is not a cursor returned by this connection (pass pageInfo.endCursor or an edge's cursor unchanged)",
    );
  }
  if (p.f !== order.field || p.d !== order.direction) {
    throw badFilter(
      arg,
      `the cursor belongs to orderBy ${p.f} ${p.d}, not ${order.field} ${order.direction}`,
    );
  }
  return { key: p.k, id: p.i };
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

function keyset(
  order: StatementOrder,
  pos: CursorPosition,
  side: "after" | "before",
  params: Record<string, unknown>,
): string {
  const forward = side === "after";
  const op = (order.direction === "ASC") === forward ? ">" : "<";
  const key = ORDER_KEY[order.field];
  params[`${side}Key`] = pos.key;
  params[`${side}Id`] = pos.id;
  if (order.field === "ID") return `s.id ${op} $${side}Id`;
  return `(${key} ${op} $${side}Key OR (${key} = $${side}Key AND s.id ${op} $${side}Id))`;
}

function orderBy(order: StatementOrder, invert = false): string {
  const dir = (order.direction === "ASC") !== invert ? "ASC" : "DESC";
  return order.field === "ID" ? `s.id ${dir}` : `${ORDER_KEY[order.field]} ${dir}, s.id ${dir}`;
}

function pageBody(c: Composed, page: PageArgs): { body: string; params: Record<string, unknown> } {
  const order = page.order ?? DEFAULT_ORDER;
  const params = { ...c.params, limit: page.limit };
  const conditions = [...c.conditions];
  if (page.after) conditions.push(keyset(order, page.after, "after", params));
  if (page.before) conditions.push(keyset(order, page.before, "before", params));
  const lines = [c.head];
  const where = whereClause(conditions);
  if (where) lines.push(where);
  if (page.backwards) {
    lines.push(
      `WITH s ORDER BY ${orderBy(order, true)} LIMIT toInteger($limit)`,
      `RETURN s ORDER BY ${orderBy(order)}`,
    );
  } else {
    lines.push(`RETURN s ORDER BY ${orderBy(order)}`, "LIMIT toInteger($limit)");
  }
  return { body: lines.join("\n"), params };
}

/** One page of statements: rows `{ s }` (s = the statement's properties), in `order`. */
export function statementPageQuery(
  r: ResolvedStatementWhere,
  page: PageArgs,
  scope?: { scope: StatementScope; id: string },
): CypherQuery {
  const c = compose(r, scope?.scope ?? null, "$scopeId");
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

/** Number of matching statements: one row `{ totalCount }`. */
export function statementCountQuery(
  r: ResolvedStatementWhere,
  scope?: { scope: StatementScope; id: string },
): CypherQuery {
  const c = compose(r, scope?.scope ?? null, "$scopeId");
  const where = whereClause(c.conditions);
  const lines = [c.head];
  if (where) lines.push(where);
  lines.push("RETURN count(s) AS totalCount");
  const params = { ...c.params };
  if (scope) params.scopeId = scope.id;
  return { query: lines.join("\n"), params };
}

/** Counts for many parents in one query: rows `{ scopeId, totalCount }` in `$scopeIds` order. */
export function statementBatchCountQuery(
  r: ResolvedStatementWhere,
  scope: StatementScope,
  scopeIds: string[],
): CypherQuery {
  const c = compose(r, scope, "scopeId");
  const where = whereClause(c.conditions);
  const inner = [c.head];
  if (where) inner.push(where);
  inner.push("RETURN count(s) AS totalCount");
  const query = [
    "UNWIND range(0, size($scopeIds) - 1) AS i",
    "WITH i, $scopeIds[i] AS scopeId",
    "CALL (scopeId) {",
    indent(inner.join("\n")),
    "}",
    "RETURN scopeId, totalCount ORDER BY i",
  ].join("\n");
  return { query, params: { ...c.params, scopeIds } };
}

/** Every matching statement id, in `order`: rows `{ id }` (export, bulk jobs). */
export function statementIdsQuery(
  r: ResolvedStatementWhere,
  order: StatementOrder = DEFAULT_ORDER,
): CypherQuery {
  const c = compose(r, null, "$scopeId");
  const where = whereClause(c.conditions);
  const lines = [c.head];
  if (where) lines.push(where);
  lines.push(`RETURN s.id AS id ORDER BY ${orderBy(order)}`);
  return { query: lines.join("\n"), params: { ...c.params } };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
