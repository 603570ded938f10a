// Turns one Extraction into the parameter rows of the write queries: one list per node label and one
// per relationship type, so that every query is a static `UNWIND $rows MERGE …` and no label or type is
// ever built from data. Labels that a row may point at come from the allowlists below; a reference the
// extraction cannot place in one of them is dropped with a warning instead of guessed.
import {
  type About,
  type Entity,
  type Extraction,
  type Meeting,
  ROLE_KINDS,
  type RoleKind,
  STATEMENT_KINDS,
  type Statement,
  type StatementKind,
} from "../types.ts";

export type EntityLabel = "Person" | "Organization" | "Place" | "Topic";
export type TargetLabel = EntityLabel | "Meeting";
export type SpeakerLabel = "Person" | "Organization";

const ABOUT_LABEL: Record<About["type"], TargetLabel> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  TOPIC: "Topic",
  MEETING: "Meeting",
};

const ENTITY_LABEL: Record<Entity["type"], EntityLabel> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  TOPIC: "Topic",
};

export interface ArticleRow {
  id: string;
  title: string | null;
  source: string | null;
  sources: string[];
  publishedAt: string | null;
  url: string | null;
  file: string;
  text: string;
  contentHash: string;
}

export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  origin: "lexicon" | "discovered";
}

export interface MeetingRow {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
  articleId: string;
}

export interface PairRow {
  from: string;
  to: string;
}

export interface AffiliationRow {
  personId: string;
  organizationId: string;
  role: string;
  roleKind: RoleKind;
  articleId: string;
  seen: string | null;
  start: number | null;
  end: number | null;
  rule: string;
}

export interface AttendedRow {
  label: SpeakerLabel;
  id: string;
  meetingId: string;
  articleId: string;
}

export interface HeldInRow {
  meetingId: string;
  placeId: string;
}

export interface MentionRow {
  label: TargetLabel;
  id: string;
  count: number;
  offsets: number[];
}

export interface StatementRow {
  id: string;
  articleId: string;
  kind: StatementKind;
  text: string;
  start: number;
  end: number;
  cueText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  confidence: number;
  rule: string;
  saidOn: string | null;
  publishedAt: string | null;
  speakerMentionText: string | null;
  speakerMentionStart: number | null;
  speakerMentionEnd: number | null;
}

export interface SaidByRow {
  statementId: string;
  label: SpeakerLabel;
  id: string;
  articleId: string;
  start: number | null;
  end: number | null;
  mentionText: string | null;
  rule: string;
  confidence: number;
}

export interface ViaRow {
  statementId: string;
  organizationId: string;
  articleId: string;
}

export interface AboutRow {
  statementId: string;
  label: TargetLabel;
  id: string;
  via: "TEXT" | "CONTEXT";
  articleId: string;
}

export interface WriteRows {
  article: ArticleRow;
  persons: EntityRow[];
  /** Organizations that are not countries. */
  organizations: EntityRow[];
  /** Organizations of kind COUNTRY: written as :Organization:Country:Place. */
  countries: EntityRow[];
  places: EntityRow[];
  topics: EntityRow[];
  meetings: MeetingRow[];
  partOf: PairRow[];
  locatedIn: PairRow[];
  affiliations: AffiliationRow[];
  attended: AttendedRow[];
  heldIn: HeldInRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  saidBy: SaidByRow[];
  via: ViaRow[];
  about: AboutRow[];
  warnings: string[];
}

/** The extraction breaks the contract of types.ts; names the field so the bug can be found. */
export class ExtractionContractError extends Error {
  constructor(field: string, reason: string) {
    super(`${field}: ${reason}`);
    this.name = "ExtractionContractError";
  }
}

function requireId(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new ExtractionContractError(field, "missing id");
  }
  return value;
}

function requireSpan(start: unknown, end: unknown, textLength: number, field: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new ExtractionContractError(field, `offsets ${String(start)}-${String(end)} are not integers`);
  }
  if ((start as number) < 0 || (end as number) < (start as number) || (end as number) > textLength) {
    throw new ExtractionContractError(
      field,
      `offsets ${String(start)}-${String(end)} lie outside the article text (length ${textLength})`,
    );
  }
}

function isCountry(e: Entity): boolean {
  return (e.type === "ORGANIZATION" || e.type === "PLACE") && e.kind === "COUNTRY";
}

function uniqueStrings(values: Iterable<string>, exclude?: string): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (typeof v !== "string" || v === "" || v === exclude || out.includes(v)) continue;
    out.push(v);
  }
  return out;
}

/**
 * The extraction may list one entity twice (e.g. once from the lexicon, once discovered); the graph
 * has one node per id, so they are folded here: lexicon facts win, aliases/mentions/affiliations unite.
 */
function foldEntities(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, {
        ...e,
        aliases: [...e.aliases],
        mentions: [...e.mentions],
        affiliations: [...e.affiliations],
      });
      continue;
    }
    const lead = prev.origin === "lexicon" || e.origin !== "lexicon" ? prev : e;
    byId.set(e.id, {
      ...lead,
      kind: lead.kind ?? prev.kind ?? e.kind,
      countryId: lead.countryId ?? prev.countryId ?? e.countryId,
      locatedIn: lead.locatedIn ?? prev.locatedIn ?? e.locatedIn,
      aliases: uniqueStrings([...prev.aliases, ...e.aliases, prev.name, e.name], lead.name),
      mentions: [...prev.mentions, ...e.mentions],
      affiliations: [...prev.affiliations, ...e.affiliations],
    });
  }
  return [...byId.values()];
}

export function buildRows(ex: Extraction): WriteRows {
  const art = ex.article;
  const articleId = requireId(art?.id, "article.id");
  requireId(art.contentHash, "article.contentHash");
  if (typeof art.text !== "string") throw new ExtractionContractError("article.text", "missing text");
  const textLength = art.text.length;
  const warnings: string[] = [];

  const rows: WriteRows = {
    article: {
      id: articleId,
      title: art.title ?? null,
      source: art.source ?? null,
      sources: uniqueStrings(art.sources ?? []),
      publishedAt: art.publishedAt ?? null,
      url: art.url ?? null,
      file: ex.file,
      text: art.text,
      contentHash: art.contentHash,
    },
    persons: [],
    organizations: [],
    countries: [],
    places: [],
    topics: [],
    meetings: [],
    partOf: [],
    locatedIn: [],
    affiliations: [],
    attended: [],
    heldIn: [],
    mentions: [],
    statements: [],
    saidBy: [],
    via: [],
    about: [],
    warnings,
  };

  // Which label an id has in this article; ids written by other articles are still matched in the graph.
  const labelOf = new Map<string, EntityLabel>();
  const entities = foldEntities(ex.entities ?? []);
  for (const [i, e] of entities.entries()) {
    const field = `entities[${i}]`;
    requireId(e.id, `${field}.id`);
    const label = ENTITY_LABEL[e.type];
    if (!label) throw new ExtractionContractError(`${field}.type`, `unknown entity type '${String(e.type)}'`);
    const row: EntityRow = {
      id: e.id,
      name: typeof e.name === "string" && e.name !== "" ? e.name : e.id,
      aliases: uniqueStrings(e.aliases ?? [], e.name),
      kind: e.kind ?? null,
      origin: e.origin === "lexicon" ? "lexicon" : "discovered",
    };
    if (isCountry(e)) {
      rows.countries.push({ ...row, kind: "COUNTRY" });
      labelOf.set(e.id, "Organization");
    } else {
      labelOf.set(e.id, label);
      if (label === "Person") rows.persons.push({ ...row, kind: null });
      else if (label === "Organization") rows.organizations.push(row);
      else if (label === "Place") rows.places.push(row);
      else rows.topics.push({ ...row, kind: null });
    }
  }
  const isCountryId = new Set(rows.countries.map((c) => c.id));

  for (const e of entities) {
    // A person's nationality is carried by AFFILIATED_WITH edges only (docs/graph-model.md), so only
    // organizations turn countryId into an edge.
    if (e.type === "ORGANIZATION" && !isCountryId.has(e.id) && e.countryId && e.countryId !== e.id) {
      rows.partOf.push({ from: e.id, to: e.countryId });
    }
    if ((e.type === "PLACE" || isCountryId.has(e.id)) && e.locatedIn && e.locatedIn !== e.id) {
      rows.locatedIn.push({ from: e.id, to: e.locatedIn });
    }
  }

  // Affiliations: one edge per (person, organization, roleKind, role); the first evidence wins.
  const affKeys = new Set<string>();
  for (const [i, e] of entities.entries()) {
    for (const [j, a] of (e.affiliations ?? []).entries()) {
      const field = `entities[${i}](${e.id}).affiliations[${j}]`;
      if (e.type !== "PERSON") {
        warnings.push(`${field}: only people are AFFILIATED_WITH an organization; skipped`);
        continue;
      }
      requireId(a.organizationId, `${field}.organizationId`);
      if (!ROLE_KINDS.includes(a.roleKind)) {
        throw new ExtractionContractError(`${field}.roleKind`, `unknown role kind '${String(a.roleKind)}'`);
      }
      const key = JSON.stringify([e.id, a.organizationId, a.roleKind, a.role]);
      if (affKeys.has(key)) continue;
      affKeys.add(key);
      if (a.evidence) requireSpan(a.evidence.start, a.evidence.end, textLength, `${field}.evidence`);
      rows.affiliations.push({
        personId: e.id,
        organizationId: a.organizationId,
        role: a.role ?? "",
        roleKind: a.roleKind,
        articleId,
        seen: art.publishedAt ?? null,
        start: a.evidence?.start ?? null,
        end: a.evidence?.end ?? null,
        rule: a.rule ?? "",
      });
    }
  }

  for (const [i, e] of entities.entries()) {
    const offsets: number[] = [];
    const spans = [...(e.mentions ?? [])].sort((x, y) => x.start - y.start || x.end - y.end);
    let last = "";
    for (const [j, m] of spans.entries()) {
      requireSpan(m.start, m.end, textLength, `entities[${i}](${e.id}).mentions[${j}]`);
      const key = `${m.start}-${m.end}`;
      if (key === last) continue;
      last = key;
      offsets.push(m.start, m.end);
    }
    if (offsets.length > 0) {
      rows.mentions.push({
        label: labelOf.get(e.id) ?? "Organization",
        id: e.id,
        count: offsets.length / 2,
        offsets,
      });
    }
  }

  const meetingIds = new Set<string>();
  for (const [i, m] of foldMeetings(ex.meetings ?? []).entries()) {
    const field = `meetings[${i}]`;
    requireId(m.id, `${field}.id`);
    meetingIds.add(m.id);
    rows.meetings.push({
      id: m.id,
      name: m.name || m.id,
      start: m.start ?? null,
      end: m.end ?? null,
      articleId,
    });
    if (m.placeId) rows.heldIn.push({ meetingId: m.id, placeId: m.placeId });
    for (const p of uniqueStrings(m.participants ?? [])) {
      const label = labelOf.get(p);
      if (label === "Person" || label === "Organization") {
        rows.attended.push({ label, id: p, meetingId: m.id, articleId });
      } else {
        warnings.push(
          `${field}(${m.id}).participants: '${p}' is not a person or organization of this article; skipped`,
        );
      }
    }
    const offsets: number[] = [];
    for (const [j, ev] of (m.evidence ?? []).entries()) {
      requireSpan(ev.start, ev.end, textLength, `${field}(${m.id}).evidence[${j}]`);
      offsets.push(ev.start, ev.end);
    }
    if (offsets.length > 0)
      rows.mentions.push({ label: "Meeting", id: m.id, count: offsets.length / 2, offsets });
  }

  const statementIds = new Set<string>();
  for (const [i, s] of (ex.statements ?? []).entries()) {
    const field = `statements[${i}]`;
    const id = requireId(s.id, `${field}.id`);
    if (statementIds.has(id))
      throw new ExtractionContractError(`${field}.id`, `duplicate statement id '${id}'`);
    statementIds.add(id);
    if (!STATEMENT_KINDS.includes(s.kind)) {
      throw new ExtractionContractError(`${field}.kind`, `unknown statement kind '${String(s.kind)}'`);
    }
    requireSpan(s.start, s.end, textLength, `${field}(${id})`);
    if (art.text.slice(s.start, s.end) !== s.text) {
      throw new ExtractionContractError(`${field}(${id}).text`, "is not the article text at its offsets");
    }
    if (s.cue) requireSpan(s.cue.start, s.cue.end, textLength, `${field}(${id}).cue`);
    const mention = s.speaker?.mention ?? null;
    if (mention) requireSpan(mention.start, mention.end, textLength, `${field}(${id}).speaker.mention`);
    rows.statements.push(statementRow(s, articleId, art.publishedAt ?? null));

    const speaker = speakerTarget(s, labelOf);
    if (speaker) {
      rows.saidBy.push({
        statementId: id,
        label: speaker.label,
        id: speaker.id,
        articleId,
        start: mention?.start ?? null,
        end: mention?.end ?? null,
        mentionText: mention?.text ?? null,
        rule: s.rule ?? "",
        confidence: s.confidence ?? 0,
      });
      ensureNode(rows, labelOf, speaker.label, speaker.id, s.speaker.name);
    }
    if (s.via?.id) {
      rows.via.push({ statementId: id, organizationId: s.via.id, articleId });
      ensureNode(rows, labelOf, "Organization", s.via.id, s.via.name);
    }

    // TEXT beats CONTEXT when a target is reached both ways.
    const about = new Map<string, AboutRow>();
    for (const a of s.about ?? []) {
      const label = ABOUT_LABEL[a.type];
      if (!label || !a.id) {
        warnings.push(`${field}(${id}).about: '${a.id}' (${String(a.type)}) cannot be linked; skipped`);
        continue;
      }
      if (label === "Meeting" && !meetingIds.has(a.id)) {
        warnings.push(
          `${field}(${id}).about: meeting '${a.id}' is not among the article's meetings; skipped`,
        );
        continue;
      }
      const key = `${label}:${a.id}`;
      const prev = about.get(key);
      if (!prev || (prev.via === "CONTEXT" && a.via === "TEXT")) {
        about.set(key, {
          statementId: id,
          label,
          id: a.id,
          via: a.via === "TEXT" ? "TEXT" : "CONTEXT",
          articleId,
        });
      }
    }
    rows.about.push(...about.values());
  }

  return rows;
}

function statementRow(s: Statement, articleId: string, publishedAt: string | null): StatementRow {
  return {
    id: s.id,
    articleId,
    kind: s.kind,
    text: s.text,
    start: s.start,
    end: s.end,
    cueText: s.cue?.text ?? null,
    cueStart: s.cue?.start ?? null,
    cueEnd: s.cue?.end ?? null,
    confidence: s.confidence ?? 0,
    rule: s.rule ?? "",
    saidOn: s.saidOn ?? null,
    publishedAt,
    speakerMentionText: s.speaker?.mention?.text ?? null,
    speakerMentionStart: s.speaker?.mention?.start ?? null,
    speakerMentionEnd: s.speaker?.mention?.end ?? null,
  };
}

function speakerTarget(
  s: Statement,
  labelOf: Map<string, EntityLabel>,
): { label: SpeakerLabel; id: string } | null {
  const sp = s.speaker;
  if (!sp?.id || sp.type === "UNKNOWN") return null;
  const known = labelOf.get(sp.id);
  if (known === "Person" || known === "Organization") return { label: known, id: sp.id };
  return { label: sp.type === "PERSON" ? "Person" : "Organization", id: sp.id };
}

/**
 * A speaker or channel the recognizer did not list as an entity still needs a node to point at; it is
 * written as a discovered entity under the only label its reference allows (never as a Place, so it
 * cannot collide with a country written elsewhere).
 */
function ensureNode(
  rows: WriteRows,
  labelOf: Map<string, EntityLabel>,
  label: SpeakerLabel,
  id: string,
  name: string | null,
): void {
  if (labelOf.has(id)) return;
  labelOf.set(id, label);
  const row: EntityRow = { id, name: name || id, aliases: [], kind: null, origin: "discovered" };
  if (label === "Person") rows.persons.push(row);
  else rows.organizations.push({ ...row, kind: "OTHER" });
}

/** The same talks may be listed twice in one article (two evidence passages); the graph has one node. */
function foldMeetings(meetings: Meeting[]): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const m of meetings) {
    const prev = byId.get(m.id);
    if (!prev) {
      byId.set(m.id, { ...m, participants: [...(m.participants ?? [])], evidence: [...(m.evidence ?? [])] });
      continue;
    }
    prev.start = earlierDate(prev.start, m.start);
    prev.end = laterDate(prev.end, m.end);
    prev.placeId ||= m.placeId;
    prev.participants.push(...(m.participants ?? []));
    prev.evidence.push(...(m.evidence ?? []));
  }
  return [...byId.values()];
}

/** Same rule as cypher/write/meetings.cypher: a more precise date of the same period wins, else the earlier. */
export function earlierDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return b < a ? b : a;
}

export function laterDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return b > a ? b : a;
}

/** Counts of what an article writes, for the ingest summary. */
export function writtenIds(rows: WriteRows): {
  statements: string[];
  people: string[];
  organizations: string[];
  places: string[];
  meetings: string[];
} {
  return {
    statements: rows.statements.map((s) => s.id),
    people: rows.persons.map((p) => p.id),
    organizations: [...rows.organizations, ...rows.countries].map((o) => o.id),
    places: rows.places.map((p) => p.id),
    meetings: rows.meetings.map((m) => m.id),
  };
}
