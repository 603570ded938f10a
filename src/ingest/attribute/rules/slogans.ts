// Slogans: "trugen Transparente mit der Aufschrift „…“", "skandierten Parolen wie „…“": the words are those
// of the people who carry or chant them.

import { SLOGAN_NOUNS, SLOGAN_TEXT } from "../../german/speech-words.ts";
import type { Token } from "../../types.ts";
import { clauseStart } from "../clause.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import type { NP } from "../np.ts";
import { clauseSpeaker, impersonalNP } from "../subject.ts";
import type { Unit } from "../text.ts";
import { labelledQuotes } from "./named-quotations.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame, quotationFrame } from "./rule.ts";

/** A slogan as the unit's frame. */
function slogan(ctx: FrameContext): Frame | null {
  const s = ctx.quoted && SLOGAN_TEXT.test(ctx.unit.text) ? sloganQuote(ctx.toks, ctx.lex) : null;
  return s ? makeFrame(ctx, "DIRECT", "direct:slogan", s.quote, null, s.subject, ctx.toks, 0.6) : null;
}

/** A slogan in a sentence whose main frame is another speech act ("drohten mit der Parole „…“"). */
export function sloganFrame(unit: Unit, lex: AttributionLexicon): Frame | null {
  if (!SLOGAN_TEXT.test(unit.text)) return null;
  const s = sloganQuote(unit.toks, lex);
  return s ? quotationFrame("direct:slogan", s.quote, s.subject, unit.toks, 0.6) : null;
}

function sloganQuote(
  toks: Token[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const sloganNoun = (k: number) => {
    const n = toks[k - 1]?.lower === "wie" ? k - 2 : k - 1;
    return SLOGAN_NOUNS.has(toks[n]?.lower ?? "") && toks[n]!.cap ? n : -1;
  };
  for (const { open, close, label: n } of labelledQuotes(toks, sloganNoun, 2)) {
    // "mit Transparenten, auf denen Sprüche wie „…“ standen": the phrase the relative clause hangs on
    const subject = clauseSpeaker(toks, clauseStart(toks, n), n, lex);
    if (!subject || impersonalNP(subject)) continue;
    return { quote: { start: toks[open]!.start, end: toks[close]!.end }, subject };
  }
  return null;
}

export const sloganRule: FrameRule = { name: "slogan", reports: ["direct:slogan"], read: slogan };
