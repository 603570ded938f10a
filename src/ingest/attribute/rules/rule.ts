// What the frame rules share: the frame a rule reads, the context it reads it from, and the rule itself.

import type { StatementKind, Token } from "../../types.ts";
import { type Cue, cueSpan, unitCues } from "../cues.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import type { NP } from "../np.ts";
import type { Unit } from "../text.ts";

export interface Frame {
  kind: StatementKind;
  rule: string;
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  /** the phrase that names the speaker, in unit tokens */
  subject: NP | null;
  /** "Nach Umerows Angaben", "nach dpa-Informationen": the speaker is a word, not a phrase */
  sourceTok: Token | null;
  /** tokens outside the content (the frame), searched for the channel and the day */
  frameToks: Token[];
  confidence: number;
  /** "so Selenskyj weiter" and "sagte er" — the content may continue the speaker's earlier words */
  impersonal: boolean;
  /** "Das berichtete X.": the content is the previous sentence */
  previous?: boolean;
  /** "X sagte:" at the end of the sentence: the content is the next sentence */
  pending?: boolean;
  /** "Die Gewerkschaft kritisierte die Pläne.": a speech act that names its actor but gives no words — no
   * statement, but the actor speaks on in a Konjunktiv sentence after it and stays salient */
  wordless?: boolean;
}

export interface SourceFrame {
  from: number;
  to: number;
  subject: NP | null;
  sourceTok: Token | null;
  rule: string;
  /** "nach eigenen Angaben": the subject of the clause is the source */
  own?: boolean;
}

/** A DIRECT frame for a quotation read outside the frame reader (labels, slogans, judgements). */
export function quotationFrame(
  rule: string,
  quote: { start: number; end: number },
  subject: NP,
  frameToks: Token[],
  confidence: number,
  cue: { start: number; end: number } | null = null,
): Frame {
  const { start, end } = quote;
  return {
    kind: "DIRECT",
    rule,
    start,
    end,
    cue,
    subject,
    sourceTok: null,
    frameToks,
    confidence,
    impersonal: false,
  };
}

/** What the rules read of a unit, worked out once before the first rule runs. */
export interface FrameContext {
  unit: Unit;
  toks: Token[];
  lex: AttributionLexicon;
  /** the rules that read a quotation are skipped in the many sentences without one */
  quoted: boolean;
  /** the unit's verbs of saying (cues.ts) */
  cues: Cue[];
  /** the source phrases that name a source, for the rule at the start and the rule inside the sentence */
  sources: SourceFrame[];
  /** index of the first word outside quotes, -1 if there is none */
  firstWord: number;
}

/** The context of one unit for the rules; `sources` are its source phrases (rules/source-phrases.ts), or none
 * for a reader that looks at verbs of saying only. */
export function frameContext(unit: Unit, lex: AttributionLexicon, sources: SourceFrame[]): FrameContext {
  const toks = unit.toks;
  return {
    unit,
    toks,
    lex,
    quoted: unit.quotes.length > 0,
    cues: unitCues(unit, lex),
    sources,
    firstWord: toks.findIndex((t) => t.kind === "word" && t.q === -1),
  };
}

/**
 * A frame rule: a reader of one way German attributes words, tried in the order of FRAME_RULES
 * (rules/index.ts); the first frame read wins. `statement.rule` is one of `reports`, so a statement in the
 * graph leads back to the rule that made it.
 */
export interface FrameRule {
  /** the rule's name, as in `reports` after the kind ("cue-after" reports "direct:cue-after") */
  name: string;
  /** every statement.rule its frames carry; "<lemma>" is the cue verb's lemma ("reported:kritisieren") */
  reports: readonly string[];
  read: (ctx: FrameContext) => Frame | null;
}

/** A frame read by a rule: the content span, the cue (with its particle) and who is named as speaker. */
export function makeFrame(
  ctx: FrameContext,
  kind: StatementKind,
  rule: string,
  content: { start: number; end: number },
  cue: Cue | null,
  subject: NP | null,
  frameToks: Token[],
  confidence: number,
  sourceTok: Token | null = null,
): Frame {
  return {
    kind,
    rule,
    start: content.start,
    end: content.end,
    cue: cue ? cueSpan(ctx.toks, cue) : null,
    subject,
    sourceTok,
    frameToks,
    confidence,
    impersonal: false,
  };
}
