// Building statements: one per span of the article (the first rule to claim a span keeps it), with the
// cue, the speaker, the channel it came through and the day it was said.

import { WEEKDAYS } from "../german/calendar.ts";
import { slug } from "../slug.ts";
import type {
  Entity,
  NormalizedArticle,
  Quotation,
  Recognition,
  Statement,
  StatementKind,
} from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import type { Frame } from "./rules/rule.ts";
import type { Discourse, ResolvedSpeaker } from "./speaker.ts";
import type { Unit } from "./text.ts";
import { findVia } from "./via.ts";

/** Rules whose speaker is a guess from the discourse, which a speaker named right after may correct. */
const GUESSED = /^(direct|indirect):(continuation|bare-quote|konjunktiv)$/;

export class Statements {
  readonly out: Statement[] = [];
  private readonly seen = new Set<string>();
  /** who spoke last, and in which unit (for Konjunktiv sentences and bare quotes a little later) */
  lastSpeaker: { speaker: ResolvedSpeaker; unit: number } | null = null;
  /** organizations by lower-cased name and alias, built when a channel is first looked up */
  private media: Map<string, Entity> | null = null;

  constructor(
    private readonly article: NormalizedArticle,
    private readonly rec: Recognition,
    private readonly lex: AttributionLexicon,
  ) {}

  /** A statement of `speaker` over [start, end); its index in the output, or -1 if the span is taken. */
  push(
    kind: StatementKind,
    start: number,
    end: number,
    speaker: ResolvedSpeaker,
    frame: Frame | null,
    unit: Unit,
    rule: string,
    confidence: number,
  ): number {
    const { article } = this;
    const text = article.text;
    const id = `${article.id}:${start}-${end}`;
    if (this.seen.has(id)) return -1;
    this.lastSpeaker = { speaker, unit: unit.index };
    this.seen.add(id);
    this.out.push({
      id,
      kind,
      text: text.slice(start, end),
      start,
      end,
      cue: frame?.cue
        ? { start: frame.cue.start, end: frame.cue.end, text: text.slice(frame.cue.start, frame.cue.end) }
        : null,
      speaker: { id: speaker.id, name: speaker.name, type: speaker.type, mention: speaker.mention },
      via: frame ? this.viaOf(frame, unit, speaker) : null,
      about: [],
      confidence,
      rule,
      saidOn: frame ? saidOn(frame, article.meta.publishedAt) : null,
    });
    return this.out.length - 1;
  }

  /** "„…“ So X.": the statements of `unit` that a continuation or a bare quote guessed are X's. */
  reassign(unit: Unit, speaker: ResolvedSpeaker, rule: string): void {
    for (let k = this.out.length - 1; k >= 0; k--) {
      const s = this.out[k]!;
      if (s.end <= unit.start) break;
      if (s.start < unit.start || !GUESSED.test(s.rule)) continue;
      this.out[k] = {
        ...s,
        speaker: { id: speaker.id, name: speaker.name, type: speaker.type, mention: speaker.mention },
        rule: s.kind === "DIRECT" ? rule.replace(/^indirect:/, "direct:") : rule,
      };
    }
    this.lastSpeaker = { speaker, unit: unit.index + 1 };
  }

  /** Consecutive Konjunktiv sentences are one passage of reported speech: the statement at `idx` grows to `end`. */
  extend(idx: number, end: number): void {
    const prev = this.out[idx]!;
    const start = prev.start;
    this.seen.delete(prev.id);
    const id = `${this.article.id}:${start}-${end}`;
    this.seen.add(id);
    this.out[idx] = { ...prev, id, end, text: this.article.text.slice(start, end) };
  }

  private viaOf(frame: Frame, unit: Unit, speaker: ResolvedSpeaker): Statement["via"] {
    // a source frame ("laut X", "X zufolge", rules/source-phrases.ts) names the speaker; its words are not a
    // channel
    if (/^reported:(laut|zufolge|nach)/.test(frame.rule)) return null;
    const v = findVia(frame.frameToks, unit.toks, this.lex);
    // "laut X" that names the speaker is the source, not a channel
    if (!v || v.name === speaker.name || speaker.mention.text.includes(v.name)) return null;
    const ent = this.mediaByName().get(v.name.toLowerCase());
    return ent
      ? { id: ent.id, name: ent.name, type: "ORGANIZATION" }
      : { id: slug(v.name), name: v.name, type: "ORGANIZATION" };
  }

  // organizations by lower-cased name and alias (the first one listed wins, as a search in order would)
  private mediaByName(): Map<string, Entity> {
    if (this.media) return this.media;
    const media = new Map<string, Entity>();
    for (const e of this.rec.entities)
      if (e.type === "ORGANIZATION")
        for (const n of [e.name, ...e.aliases]) {
          const key = n.toLowerCase();
          if (!media.has(key)) media.set(key, e);
        }
    this.media = media;
    return media;
  }
}

export function confidenceOf(frame: Frame, speaker: ResolvedSpeaker): number {
  const how =
    speaker.how === "unresolved" ? 0.8 : speaker.how === "description" || speaker.how === "pronoun" ? 0.9 : 1;
  return Math.round(frame.confidence * how * 100) / 100;
}

/** A unit's span without surrounding space and its closing full stop. */
export function trimmed(unit: Unit, text: string): { start: number; end: number } {
  let start = unit.start;
  let end = unit.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** "am Mittwoch" in the frame: the last such weekday on or before the publication day. */
function saidOn(frame: Frame, publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return null;
  const toks = frame.frameToks;
  for (let k = 0; k + 1 < toks.length; k++) {
    // "der «Bild am Sonntag»" names a paper, not a day
    if (toks[k]!.lower !== "am" || toks[k]!.q !== -1) continue;
    const wd = WEEKDAYS.indexOf(toks[k + 1]!.lower);
    if (wd < 0) continue;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const back = (d.getUTCDay() - wd + 7) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    return d.toISOString().slice(0, 10);
  }
  return null;
}

export interface Last {
  speaker: ResolvedSpeaker;
  unit: number;
  /** index in the output of a continuation statement that the next Konjunktiv sentence may extend */
  extendable: number;
}

/** What attribution keeps from unit to unit of an article. */
export interface AttributionState {
  lex: AttributionLexicon;
  text: string;
  units: Unit[];
  quotes: Quotation[];
  disc: Discourse;
  statements: Statements;
  /** the speaker of the last unit with a statement, if the discourse may go on with them */
  last: Last | null;
  lastUnitWithStatement: number;
  /** "X sagte:" closing a sentence: the next sentence is X's */
  pending: { speaker: ResolvedSpeaker; frame: Frame; unit: Unit } | null;
  /** "Die Firma hält die Kritik für falsch:": the quotation on the next line is the firm's */
  lead: { speaker: ResolvedSpeaker; unit: number } | null;
}
