// The parameter rows of the write queries (cypher/write/*.cypher): one list per node label and one per
// relationship type, and what the row builders share while they fill them.

import type { RoleKind, StatementKind } from "../types.ts";

/**
 * The only FLOAT properties the writer stores; every other number in a row is a whole number (offsets,
 * counts) and is written as INTEGER (withIntegers in src/neo4j/run.ts).
 */
export const FLOAT_FIELDS: ReadonlySet<string> = new Set(["confidence"]);

export type EntityLabel = "Person" | "Organization" | "Place" | "Topic";
export type TargetLabel = EntityLabel | "Meeting";
export type SpeakerLabel = "Person" | "Organization";

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
  /** People only: why another article's name of this person carries its id (Entity.merges). */
  merges?: string[];
}

export interface MeetingRow {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
  articleId: string;
}

/** An article that tells of a meeting in parts (sessions, maybe none it can name): who met whom asks the sessions. */
export interface MeetingPartsRow {
  meetingId: string;
  articleId: string;
}

/** A part of a meeting (docs/graph-model.md, "Meeting sessions"). */
export interface SessionRow {
  id: string;
  meetingId: string;
  name: string;
  sides: string[];
  start: string | null;
  end: string | null;
  articleId: string;
  /** "<articleId> <start>-<end>" per sentence that tells of the session. */
  sources: string[];
}

export interface SessionAttendedRow {
  label: SpeakerLabel;
  id: string;
  sessionId: string;
  articleId: string;
}

export interface SessionHeldInRow {
  sessionId: string;
  placeId: string;
}

export interface PairRow {
  from: string;
  to: string;
}

export interface AffiliationRow {
  personId: string;
  organizationId: string;
  /** The spelling at the evidence span. */
  role: string;
  /** Every spelling of the role in this article, in order of appearance. */
  roles: string[];
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
  /** The SAID_BY target's id, copied for the statement filter (src/filters/statement-where.ts, saidByOneOf). */
  speakerId: string | null;
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
  meetingParts: MeetingPartsRow[];
  sessions: SessionRow[];
  sessionAttended: SessionAttendedRow[];
  sessionHeldIn: SessionHeldInRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  saidBy: SaidByRow[];
  via: ViaRow[];
  about: AboutRow[];
  warnings: string[];
}

/** What every row builder of one article reads and fills. */
export interface RowContext {
  rows: WriteRows;
  articleId: string;
  /** The article text every offset must lie in. */
  text: string;
  publishedAt: string | null;
  /** Which label an id has in this article; ids written by other articles are still matched in the graph. */
  labelOf: Map<string, EntityLabel>;
}
