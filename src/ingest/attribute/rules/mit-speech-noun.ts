// A noun of a speech act in a "mit" phrase whose content clause follows it: "lehnte den Vorschlag mit der
// Begründung ab, die Kosten seien zu hoch", "hat ihn mit dem Hinweis darauf abgelehnt, dass …", "war von der
// Regierung mit dem Hinweis abgelehnt worden, man sei …", "Mit der Begründung, …, lehnte der Verband … ab".
// The phrase says how the subject of its clause acted: that subject (in the passive, the agent after
// "von") is the speaker of the content. speech-noun-complements.ts reads the simple case ("… ab mit der
// Begründung, …") and calls this one for the verb's rest, the passive and the fronted phrase.

import { SUBORDINATORS } from "../../german/conjunctions.ts";
import { ARTICLES } from "../../german/determiners.ts";
import { AGENT_PREPOSITIONS } from "../../german/prepositions.ts";
import { MIT_PHRASE_CORRELATES } from "../../german/speech-words.ts";
import { PASSIVE_AUXILIARIES } from "../../german/verbs.ts";
import type { Token } from "../../types.ts";
import { clauseEnd, clauseStart, contentOf, finiteVerbIndex, isContentClause } from "../clause.ts";
import type { Cue } from "../cues.ts";
import { type AttributionLexicon, plainSayingVerb } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isActor, isUnknownActor } from "../phrase-features.ts";
import { cueSubject, impersonalNP, isRelativeOpener } from "../subject.ts";
import { type Frame, type FrameContext, makeFrame } from "./rule.ts";

/** The verb of the clause the phrase depends on, read for its subject. */
const MIT_CLAUSE_VERB = plainSayingVerb();

/** How many words of the verb may close the clause after the phrase: "abgelehnt worden", "ab". */
const MAX_VERB_REST = 3;

/** The frame of the speech noun at `i` in "mit der/dem/den …", or null. */
export function mitSpeechNounAt(
  ctx: FrameContext,
  toks: Token[],
  i: number,
  lex: AttributionLexicon,
): Frame | null {
  let d = i - 1;
  while (
    d > 0 &&
    toks[d]!.q === -1 &&
    toks[d]!.kind === "word" &&
    !toks[d]!.cap &&
    !ARTICLES.includes(toks[d]!.lower)
  )
    d--;
  const det = toks[d];
  const mit = toks[d - 1];
  if (!det || !ARTICLES.includes(det.lower) || det.q !== -1 || mit?.lower !== "mit" || mit.q !== -1)
    return null;
  const from = clauseStart(toks, i);
  const speaks = (np: NP | null): np is NP =>
    !!np && !impersonalNP(np) && (isActor(np) || isUnknownActor(np));
  // "Der Verband lehnte den Vorschlag ab, mit der Begründung, die Kosten …": the phrase after its clause's
  // comma, the subject that of the clause before
  if (from === d - 1 && toks[i + 1]?.text === "," && toks[from - 1]?.text === ",") {
    const first = i + 2;
    if (!contentAt(toks, first, lex)) return null;
    const cs = clauseStart(toks, from - 2);
    const v = finiteVerbIndex(toks, cs, from - 1, lex);
    if (v < 0 || isRelativeOpener(toks, cs) || SUBORDINATORS.has(toks[cs]!.lower)) return null;
    const subject = clauseSubject(toks, v, lex);
    if (!speaks(subject)) return null;
    return framed(ctx, toks, first, toks.length, subject);
  }
  // "Mit der Begründung, die Kosten seien zu hoch, lehnte der Verband … ab": the content sits in commas
  // between the phrase and the finite verb of its clause
  if (from === d - 1 && toks[i + 1]?.text === ",") {
    const first = i + 2;
    const to = clauseEnd(toks, first);
    const v = to + 1;
    const verb = toks[v];
    if (toks[to]?.text !== "," || !verb || verb.q !== -1 || verb.cap || verb.kind !== "word") return null;
    if (!contentAt(toks, first, lex)) return null;
    const subject = cueSubject(
      toks,
      { idx: v, finiteIdx: v, particleIdx: -1, verb: MIT_CLAUSE_VERB } as Cue,
      lex,
    );
    if (!speaks(subject) || subject.start <= i) return null;
    return framed(ctx, toks, first, to, subject);
  }
  // the phrase in the middle field: the rest of the verb may close the clause after it ("… ab", "abgelehnt
  // worden"), "darauf" may announce the content
  let comma = i + 1;
  if (MIT_PHRASE_CORRELATES.has(toks[comma]?.lower ?? "")) comma++;
  while (
    comma - i <= MAX_VERB_REST &&
    toks[comma]?.kind === "word" &&
    toks[comma]!.q === -1 &&
    !toks[comma]!.cap
  )
    comma++;
  if (toks[comma]?.text !== "," || toks[comma]!.q !== -1) return null;
  const first = comma + 1;
  if (!contentAt(toks, first, lex)) return null;
  const opener = toks[from];
  if (!opener || (SUBORDINATORS.has(opener.lower) && opener.lower !== "so") || isRelativeOpener(toks, from))
    return null;
  let subject: NP | null = null;
  let passive = false;
  for (let k = from; k < comma; k++)
    if (toks[k]!.q === -1 && PASSIVE_AUXILIARIES.has(toks[k]!.lower)) passive = true;
  if (passive) {
    // "war von der Regierung mit dem Hinweis abgelehnt worden, …": the agent speaks; without one, nobody named
    for (let k = from; k < d - 1; k++)
      if (toks[k]!.q === -1 && AGENT_PREPOSITIONS.has(toks[k]!.lower)) subject = parseNP(toks, k + 1, lex);
  } else {
    const v = from === d - 1 ? resumedVerb(toks, from, lex) : finiteVerbIndex(toks, from, i, lex);
    if (v < 0 || v >= d) return null;
    subject = clauseSubject(toks, v, lex);
  }
  if (!speaks(subject) || (subject.start <= i && subject.end > i)) return null;
  return framed(ctx, toks, first, toks.length, subject);
}

/** The speech noun's content from `first` to `to`, said by `subject`. */
function framed(ctx: FrameContext, toks: Token[], first: number, to: number, subject: NP): Frame | null {
  const content = contentOf(toks, first, to);
  return (
    content &&
    makeFrame(ctx, "INDIRECT", "indirect:mit-speech-noun", content, null, subject, toks.slice(0, first), 0.55)
  );
}

/** "Er trat dem Vorwurf, das Gericht sei befangen, mit den Worten entgegen, …": the phrase resumes a main
 * clause after a clause in commas; the finite verb of the main clause before it, or -1. */
function resumedVerb(toks: Token[], from: number, lex: AttributionLexicon): number {
  if (toks[from - 1]?.text !== "," || from < 3) return -1;
  const inserted = clauseStart(toks, from - 2);
  if (inserted < 2 || toks[inserted - 1]!.text !== ",") return -1;
  if (!contentAt(toks, inserted, lex) && !isRelativeOpener(toks, inserted)) return -1;
  const main = clauseStart(toks, inserted - 2);
  const opener = toks[main];
  if (!opener || SUBORDINATORS.has(opener.lower) || isRelativeOpener(toks, main)) return -1;
  return finiteVerbIndex(toks, main, inserted - 1, lex);
}

function clauseSubject(toks: Token[], v: number, lex: AttributionLexicon): NP | null {
  return cueSubject(toks, { idx: v, finiteIdx: v, particleIdx: -1, verb: MIT_CLAUSE_VERB } as Cue, lex);
}

/** A content clause (or an infinitive with "zu") opens at `first`. */
function contentAt(toks: Token[], first: number, lex: AttributionLexicon): boolean {
  const w = toks[first];
  if (w?.kind !== "word" || w.q !== -1 || isRelativeOpener(toks, first)) return false;
  return isContentClause(toks, first, clauseEnd(toks, first), lex);
}
