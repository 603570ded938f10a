// The extraction contract: what each pipeline stage hands to the next, and what `newsgraph extract
// --format json` prints (one Extraction per line). Offsets are UTF-16 code-unit indices into
// `NormalizedArticle.text` (= `Extraction.article.text`), end exclusive, as JavaScript slices them.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type InputFormat = "txt" | "json" | "ndjson" | "html";

/** Metadata found by the reader; every field may be missing. */
export interface ArticleMeta {
  title: string | null;
  /** Main outlet or agency, e.g. "DIE ZEIT", "dpa", "Tagesspiegel". */
  source: string | null;
  /** All credited outlets/agencies in order, e.g. ["DIE ZEIT", "dpa", "AFP"]. */
  sources: string[];
  /** "YYYY-MM-DD" or an ISO date-time "YYYY-MM-DDTHH:mm" (local time as printed). */
  publishedAt: string | null;
  url: string | null;
  /** Place of a dateline such as "Miami (dpa) -". */
  dateline: string | null;
}

/** One article as read from disk, before normalization. */
export interface RawArticle {
  /** Path of the file it came from; for .ndjson "path#lineNo". */
  file: string;
  format: InputFormat;
  meta: Partial<ArticleMeta>;
  text: string;
  /**
   * What identifies an article with neither url nor title (normalize/article-id.ts): its file's path
   * relative to the folder given to `ingest` (the file name when the file itself was given), with the
   * "#lineNo" of an .ndjson line. Absent for standard input and the API, which have no file.
   */
  identityFile?: string;
}

/** A bad input: names the file (and line/field where there is one) and the reason. */
export interface InputError {
  file: string;
  reason: string;
}

export interface NormalizedArticle {
  /** Stable identity: hash of url, else of title+source+publishedAt, else of the text (see docs/graph-model.md). */
  id: string;
  /** sha256 of `text`, to tell "unchanged" from "updated" on re-ingest. */
  contentHash: string;
  file: string;
  meta: ArticleMeta;
  /** The stored article text; every offset in the extraction points into it. */
  text: string;
  warnings: string[];
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
}

/** A quotation: its marks, and the text between them. */
export interface Quotation extends Span {
  /** `start` is the opening mark; `end` is after the closing mark, or the paragraph end when unterminated */
  innerStart: number;
  innerEnd: number;
  terminated: boolean;
}

export type TokenKind = "word" | "punct" | "qopen" | "qclose";

/** A token of the document (segment/tokens.ts): a word, a number, or one mark. Never crosses a sentence. */
export interface Token extends Span {
  text: string;
  /** `text` in lower case, computed once: most lookups are case-insensitive. */
  lower: string;
  sentence: number;
  /** a run of letters and digits (joined by - ' ’ . & /, a time or a decimal), not a mark */
  word: boolean;
  /** "word" (also a two-unit mark such as an emoji), "punct", or a quotation's opening/closing mark */
  kind: TokenKind;
  /** index in `Segmented.quotes` of the quotation whose inner text holds this token, or -1 */
  q: number;
  /** starts with a capital letter */
  cap: boolean;
}

/**
 * The document model, built once by Segment and read by every later stage: paragraphs, sentences,
 * quotations and tokens, all as offsets into `article.text`. Later stages annotate; none re-tokenizes.
 */
export interface Segmented {
  article: NormalizedArticle;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quotation[];
  tokens: Token[];
}

export type EntityType = "PERSON" | "ORGANIZATION" | "PLACE" | "TOPIC";

/** The value lists are defined once here; the lexicon validator, the writer and the GraphQL enums use them. */
export const ORGANIZATION_KINDS = [
  "COUNTRY",
  "GOVERNMENT",
  "INSTITUTION",
  "MEDIA",
  "ALLIANCE",
  "PARTY",
  "COMPANY",
  "GROUP",
  "OTHER",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PLACE_KINDS = ["CITY", "REGION", "STATE", "CONTINENT", "VENUE", "OTHER"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ROLE_KINDS = [
  "NEGOTIATOR",
  "HEAD_OF_STATE",
  "HEAD_OF_GOVERNMENT",
  "MINISTER",
  "ADVISOR",
  "SPOKESPERSON",
  "MILITARY",
  "DIPLOMAT",
  "OFFICIAL",
  "LEGISLATOR",
  "JOURNALIST",
  "EXPERT",
  "OTHER",
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/** A place in the text that refers to an entity. */
export interface Mention extends TextSpan {
  entityId: string;
  type: EntityType;
  /** How it was found: "lexicon", "lexicon-inflected", "discovered:role+name", "coref:role", "coref:pronoun", … */
  rule: string;
}

export interface Affiliation {
  organizationId: string;
  /** The role noun as written, e.g. "Unterhändler", "Kremlsprecher". */
  role: string;
  roleKind: RoleKind;
  evidence: TextSpan;
  rule: string;
}

export interface Entity {
  /** Slug of the canonical name (see slug.ts): "kirill-dmitrijew", "russland", "weisses-haus". */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** OrganizationKind for organizations (COUNTRY for countries), PlaceKind for places. */
  kind: OrganizationKind | PlaceKind | null;
  /** Country (an Organization of kind COUNTRY) a person/organization belongs to, if known. */
  countryId: string | null;
  /** For places: the place/country it lies in (Miami → florida → usa). */
  locatedIn: string | null;
  /** "lexicon" when curated, "discovered" when found by a pattern in this article. */
  origin: "lexicon" | "discovered";
  mentions: Mention[];
  affiliations: Affiliation[];
  /** Why this entity carries the id of one known from another article (link/people-across.ts), e.g.
   *  "kirill-dmitriev → kirill-dmitrijew: same-name-transliterated: …"; absent when none. */
  merges?: string[];
}

export interface Meeting {
  /** "meeting-<place>-<yyyy-mm>" so that the same talks reported by several articles merge. */
  id: string;
  name: string;
  placeId: string;
  /** "YYYY-MM-DD" or "YYYY-MM" when only the month is known. */
  start: string | null;
  end: string | null;
  participants: string[];
  evidence: TextSpan[];
  /**
   * Only when the article says the talks were held in parts ("getrennt", "nacheinander", "kein direktes
   * Treffen"): who sat together in each part. Absent: the article tells of one gathering.
   */
  sessions?: MeetingSession[];
}

/**
 * One part of a meeting: the sides (countries, else the participant itself) that sat together. The id
 * is the meeting's id and those sides, so that articles telling of the same constellation share it.
 */
export interface MeetingSession {
  /** "<meeting id>-session-<side>-<side>…", sides sorted. */
  id: string;
  /** "Gespräche in Miami: Russland, USA". */
  name: string;
  /** The sides, sorted: what the id is made of. */
  sides: string[];
  /** The people and organizations the text puts in this part. */
  participants: string[];
  start: string | null;
  end: string | null;
  /** A venue of its own inside the meeting's place ("Golfclub Shell Bay"), if the text names one. */
  placeId: string | null;
  evidence: TextSpan[];
}

export type AboutType = "PLACE" | "MEETING" | "PERSON" | "ORGANIZATION" | "TOPIC";

export interface About {
  type: AboutType;
  id: string;
  name: string;
  /** TEXT: named in the statement itself; CONTEXT: from its sentence, paragraph or article. */
  via: "TEXT" | "CONTEXT";
}

export const STATEMENT_KINDS = ["DIRECT", "INDIRECT", "REPORTED"] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type SpeakerType = "PERSON" | "ORGANIZATION" | "UNKNOWN";

export interface Speaker {
  id: string | null;
  name: string | null;
  type: SpeakerType;
  /** The words in the text the speaker was resolved from (may be a pronoun or role description). */
  mention: TextSpan | null;
}

export interface Statement {
  /** `${articleId}:${start}-${end}` */
  id: string;
  kind: StatementKind;
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  cue: TextSpan | null;
  speaker: Speaker;
  /** Channel or agency: Tass, Ria Nowosti, X, «Bild am Sonntag». */
  via: { id: string; name: string; type: "ORGANIZATION" } | null;
  about: About[];
  confidence: number;
  /** Name of the rule that produced it, e.g. "direct:quote+cue-after". */
  rule: string;
  /** Day the statement was made, if the text says ("am Mittwoch") — else null. */
  saidOn: string | null;
}

/** The whole result for one article: the NDJSON line of `newsgraph extract --format json`. */
export interface Extraction {
  file: string;
  article: {
    id: string;
    title: string | null;
    source: string | null;
    sources: string[];
    publishedAt: string | null;
    url: string | null;
    contentHash: string;
    text: string;
  };
  statements: Statement[];
  entities: Entity[];
  meetings: Meeting[];
  warnings: string[];
}

/** A role noun phrase in the text: "der russische Unterhändler", "Kremlsprecher", "der Nato-Chef". */
export interface RoleMention extends TextSpan {
  /** The role noun as written, e.g. "Unterhändler". */
  role: string;
  roleKind: RoleKind;
  /** The organization or country the phrase ties the role to (russisch- → russland, Kreml- → kreml). */
  organizationId: string | null;
  /** Set when the phrase is attached to a name ("Kremlsprecher Dmitri Peskow"); null for a bare description. */
  entityId: string | null;
}

/** Output of the recognize stage. */
export interface Recognition {
  entities: Entity[];
  /** All entity mentions, sorted by start. */
  mentions: Mention[];
  /** All role phrases, sorted by start. */
  roleMentions: RoleMention[];
}

export interface Linked {
  statements: Statement[];
  meetings: Meeting[];
  entities: Entity[];
}
