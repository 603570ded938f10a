// What the frame rules share: the frame a rule reads, the context it reads it from, and the rule itself.

import type { StatementKind } from "../../types.ts";
import type { NP } from "../np.ts";
import type { Tok } from "../text.ts";

export interface Frame {
  kind: StatementKind;
  rule: string;
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  /** the phrase that names the speaker, in unit tokens */
  subject: NP | null;
  /** "Nach Umerows Angaben", "nach dpa-Informationen": the speaker is a word, not a phrase */
  sourceTok: Tok | null;
  /** tokens outside the content (the frame), searched for the channel and the day */
  frameToks: Tok[];
  confidence: number;
  /** "so Selenskyj weiter" and "sagte er" — the content may continue the speaker's earlier words */
  impersonal: boolean;
  /** "Das berichtete X.": the content is the previous sentence */
  previous?: boolean;
  /** "X sagte:" at the end of the sentence: the content is the next sentence */
  pending?: boolean;
}

export interface SourceFrame {
  from: number;
  to: number;
  subject: NP | null;
  sourceTok: Tok | null;
  rule: string;
  /** "nach eigenen Angaben": the subject of the clause is the source */
  own?: boolean;
}

/** A DIRECT frame for a quotation read outside the frame reader (labels, slogans, judgements). */
export function quotationFrame(
  rule: string,
  quote: { start: number; end: number },
  subject: NP,
  frameToks: Tok[],
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
