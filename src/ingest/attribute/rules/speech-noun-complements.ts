// A noun of a speech act with its owner and its content after a comma: "die Forderung des Verbands, die
// Steuern zu senken", "Dem Appell der Polizei, sich zu stellen, folgte er nicht", "der Ankündigung ihres
// Trainers, Karl Weiß, die Zusammenarbeit zu beenden", "seinem Vorschlag, dass …". The owner (a genitive,
// "von X" or a possessive) is the speaker; a noun without one ("Der Vorschlag, …") names nobody.

import { GENITIVE_DETERMINERS, POSSESSIVES } from "../../german/determiners.ts";
import { COMPLEMENT_SPEECH_NOUNS } from "../../german/speech-words.ts";
import type { Token } from "../../types.ts";
import { clauseEnd, contentOf, isContentClause } from "../clause.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isRelativeOpener } from "../subject.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame } from "./rule.ts";

/** Possessives in the genitive that open an owner: "die Ankündigung ihres Trainers". */
const GENITIVE_POSSESSIVES = new Set(["seines", "ihres", "seiner", "ihrer", "unseres", "unserer"]);

function speechNounComplement(ctx: FrameContext): Frame | null {
  const { toks, lex } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i]!;
    if (n.kind !== "word" || !n.cap || n.q !== -1 || !COMPLEMENT_SPEECH_NOUNS.has(n.lower)) continue;
    const f = complementAt(ctx, toks, i, lex);
    if (f) return f;
  }
  return null;
}

function complementAt(ctx: FrameContext, toks: Token[], i: number, lex: AttributionLexicon): Frame | null {
  // the owner: "seine Forderung", "die Forderung des Verbands", "der Plan von Minister X"
  const before = toks[i - 1];
  let subject: NP | null = null;
  let sourceTok: Token | null = null;
  let after = i + 1;
  const next = toks[i + 1];
  if (before && before.q === -1 && POSSESSIVES.has(before.lower)) sourceTok = before;
  else if (
    next &&
    next.q === -1 &&
    (GENITIVE_DETERMINERS.has(next.lower) || GENITIVE_POSSESSIVES.has(next.lower) || next.lower === "von")
  ) {
    subject = parseNP(toks, next.lower === "von" ? i + 2 : i + 1, lex);
    if (!subject || subject.pronoun || !(subject.names.length || subject.role || subject.org)) return null;
    after = subject.end;
  } else return null;
  // "der Ankündigung ihres Trainers, Karl Weiß, die …": the owner's phrase may end after its apposition's
  // comma
  if (toks[after]?.text !== ",") {
    if (toks[after - 1]?.text !== "," || !subject) return null;
    after--;
  }
  const first = after + 1;
  const opener = toks[first];
  if (opener?.kind !== "word" || opener.q !== -1 || isRelativeOpener(toks, first)) return null;
  const to = clauseEnd(toks, first);
  if (!isContentClause(toks, first, to, lex)) return null;
  const content = contentOf(toks, first, to);
  if (!content) return null;
  return makeFrame(
    ctx,
    "INDIRECT",
    "indirect:speech-noun-complement",
    content,
    null,
    subject,
    toks.slice(0, first),
    0.6,
    sourceTok,
  );
}

export const speechNounComplementRule: FrameRule = {
  name: "speech-noun-complement",
  reports: ["indirect:speech-noun-complement"],
  read: speechNounComplement,
};
