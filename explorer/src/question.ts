// The question form's state: what the person asked, as it stands in the URL (#/?nationality=…) and as
// the API's StatementWhere. Pure, so unit tests cover it without a browser.
import type { RoleKind, StatementKind, StatementWhere } from "./generated/graphql.ts";

export const QUESTION_FIELDS = [
  "nationality",
  "roleKind",
  "organization",
  "speaker",
  "place",
  "meeting",
  "topic",
  "kind",
  "from",
  "to",
  "text",
] as const;

export type QuestionField = (typeof QUESTION_FIELDS)[number];
export type Question = Partial<Record<QuestionField, string>>;

/** What the explorer opens with: the question the product is built to answer. */
export const HEADLINE_QUESTION: Question = {
  nationality: "Russland",
  roleKind: "NEGOTIATOR",
  place: "Miami",
};

/** A label for every role kind; a Record, so a kind added to the schema fails type checking here. */
export const ROLE_KIND_LABELS: Record<RoleKind, string> = {
  NEGOTIATOR: "negotiator",
  HEAD_OF_STATE: "head of state",
  HEAD_OF_GOVERNMENT: "head of government",
  MINISTER: "minister",
  ADVISOR: "advisor",
  SPOKESPERSON: "spokesperson",
  DIPLOMAT: "diplomat",
  MILITARY: "military",
  OFFICIAL: "official",
  LEGISLATOR: "legislator",
  EXPERT: "expert",
  JOURNALIST: "journalist",
  OTHER: "other",
};

export const ROLE_KINDS = Object.keys(ROLE_KIND_LABELS) as RoleKind[];

export const STATEMENT_KIND_LABELS: Record<StatementKind, string> = {
  DIRECT: "direct quote",
  INDIRECT: "indirect speech",
  REPORTED: "reported",
};

export const STATEMENT_KINDS = Object.keys(STATEMENT_KIND_LABELS) as StatementKind[];

export function questionFromParams(params: URLSearchParams): Question {
  const q: Question = {};
  for (const field of QUESTION_FIELDS) {
    const value = params.get(field)?.trim();
    if (value) q[field] = value;
  }
  return q;
}

export function paramsFromQuestion(q: Question): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of QUESTION_FIELDS) {
    const value = q[field]?.trim();
    if (value) params.set(field, value);
  }
  return params;
}

function isRoleKind(value: string): value is RoleKind {
  return (ROLE_KINDS as readonly string[]).includes(value);
}

function isStatementKind(value: string): value is StatementKind {
  return (STATEMENT_KINDS as readonly string[]).includes(value);
}

/** The filter the API takes; fields left empty are left out (null would mean "no filter" anyway). */
export function whereFromQuestion(q: Question): StatementWhere {
  const where: StatementWhere = {};
  const speaker: NonNullable<StatementWhere["speaker"]> = {};
  if (q.nationality) speaker.nationality = q.nationality;
  if (q.roleKind && isRoleKind(q.roleKind)) speaker.roleKind = q.roleKind;
  if (q.organization) speaker.organization = q.organization;
  if (q.speaker) speaker.name = q.speaker;
  if (Object.keys(speaker).length > 0) where.speaker = speaker;
  const about: NonNullable<StatementWhere["about"]> = {};
  if (q.place) about.place = q.place;
  if (q.meeting) about.meeting = q.meeting;
  if (q.topic) about.topic = q.topic;
  if (Object.keys(about).length > 0) where.about = about;
  if (q.kind && isStatementKind(q.kind)) where.kind = [q.kind];
  if (q.from) where.publishedFrom = q.from;
  if (q.to) where.publishedTo = q.to;
  if (q.text) where.text = q.text;
  return where;
}
