// Statement rows: the Statement node with its provenance, SAID_BY, VIA and ABOUT.

import { type About, STATEMENT_KINDS, type Statement } from "../types.ts";
import { ExtractionContractError, requireId, requireSpan } from "./contract.ts";
import { ensureNode } from "./entity-rows.ts";
import type {
  AboutRow,
  EntityLabel,
  RowContext,
  SpeakerLabel,
  StatementRow,
  TargetLabel,
} from "./row-types.ts";

const ABOUT_LABEL: Record<About["type"], TargetLabel> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  TOPIC: "Topic",
  MEETING: "Meeting",
};

/** Writes every statement; a speaker or channel the extraction did not list still gets a node. */
export function addStatementRows(ctx: RowContext, statements: Statement[], meetingIds: Set<string>): void {
  const { rows, articleId, labelOf, text } = ctx;
  const statementIds = new Set<string>();
  for (const [i, s] of statements.entries()) {
    const field = `statements[${i}]`;
    const id = requireId(s.id, `${field}.id`);
    if (statementIds.has(id))
      throw new ExtractionContractError(`${field}.id`, `duplicate statement id '${id}'`);
    statementIds.add(id);
    if (!STATEMENT_KINDS.includes(s.kind)) {
      throw new ExtractionContractError(`${field}.kind`, `unknown statement kind '${String(s.kind)}'`);
    }
    requireSpan(s.start, s.end, text.length, `${field}(${id})`);
    if (text.slice(s.start, s.end) !== s.text) {
      throw new ExtractionContractError(`${field}(${id}).text`, "is not the article text at its offsets");
    }
    if (s.cue) requireSpan(s.cue.start, s.cue.end, text.length, `${field}(${id}).cue`);
    const mention = s.speaker?.mention ?? null;
    if (mention) requireSpan(mention.start, mention.end, text.length, `${field}(${id}).speaker.mention`);
    const speaker = speakerTarget(s, labelOf);
    rows.statements.push(statementRow(s, articleId, ctx.publishedAt, speaker?.id ?? null));
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
    rows.about.push(...aboutRows(ctx, s, `${field}(${id})`, meetingIds));
  }
}

/** ABOUT rows of one statement: one per target, TEXT beating CONTEXT when a target is reached both ways. */
function aboutRows(ctx: RowContext, s: Statement, field: string, meetingIds: Set<string>): AboutRow[] {
  const about = new Map<string, AboutRow>();
  for (const a of s.about ?? []) {
    const label = ABOUT_LABEL[a.type];
    if (!label || !a.id) {
      ctx.rows.warnings.push(`${field}.about: '${a.id}' (${String(a.type)}) cannot be linked; skipped`);
      continue;
    }
    if (label === "Meeting" && !meetingIds.has(a.id)) {
      ctx.rows.warnings.push(
        `${field}.about: meeting '${a.id}' is not among the article's meetings; skipped`,
      );
      continue;
    }
    const key = `${label}:${a.id}`;
    const prev = about.get(key);
    if (!prev || (prev.via === "CONTEXT" && a.via === "TEXT")) {
      about.set(key, {
        statementId: s.id,
        label,
        id: a.id,
        via: a.via === "TEXT" ? "TEXT" : "CONTEXT",
        articleId: ctx.articleId,
      });
    }
  }
  return [...about.values()];
}

function statementRow(
  s: Statement,
  articleId: string,
  publishedAt: string | null,
  speakerId: string | null,
): StatementRow {
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
    speakerId,
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
