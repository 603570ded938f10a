// "Demnach …": a sentence framed by a pronominal adverb that points back to a source named before — the
// speaker of the sentence before, else the document it named ("Ein Bericht der Polizei liegt vor. Demnach
// …", the owner speaking for the report), else the person or organization just written about. The
// mention is the adverb itself, as a pronoun is the mention of the one it refers to.

import { DOCUMENT_ADVERBS, DOCUMENT_NOUN, SOURCE_ADVERBS } from "../german/source-adverbs.ts";
import type { Token } from "../types.ts";
import { finiteVerbIndex } from "./clause.ts";
import { unitCues } from "./cues.ts";
import { isHeadline } from "./frames.ts";
import { parseNP } from "./np.ts";
import { ownerOf } from "./rules/source-phrases.ts";
import type { ResolvedSpeaker } from "./speaker.ts";
import { type AttributionState, trimmed } from "./statements.ts";
import { cueSubject, subjectOf } from "./subject.ts";
import type { Unit } from "./text.ts";

/** "reported:demnach": the unit is the words of the source its adverb points back to. */
export function anaphoricSource(st: AttributionState, unit: Unit): boolean {
  const toks = unit.toks;
  const k = adverbAt(toks);
  if (k < 0) return false;
  const prev = st.units[unit.index - 1];
  if (!prev || isHeadline(prev)) return false;
  const doc = documentIn(st, prev);
  // "Danach" is "according to it" only after a document; "demnach" inside the sentence likewise
  if (!(doc || (k === firstWord(toks) && SOURCE_ADVERBS.has(toks[k]!.lower)))) return false;
  const last = st.statements.lastSpeaker;
  const ref =
    (last && last.unit === prev.index ? last.speaker : null) ??
    doc ??
    announcer(st, prev) ??
    st.disc.recentSpeaker(unit.index, unit.start, 1);
  if (!ref) return false;
  const t = toks[k]!;
  const speaker: ResolvedSpeaker = {
    ...ref,
    mention: { start: t.start, end: t.end, text: t.text },
    how: "pronoun",
  };
  const span = trimmed(unit, st.text);
  st.statements.push("REPORTED", span.start, span.end, speaker, null, unit, "reported:demnach", 0.6);
  st.lastUnitWithStatement = unit.index;
  // the source goes on speaking in a Konjunktiv sentence after it, as after a framed sentence: a statement of
  // its own, not a passage grown from the indicative report ("Demnach steht X in der Kritik. Er habe …")
  st.last = { speaker, unit: unit.index, extendable: -1 };
  return true;
}

function firstWord(toks: Token[]): number {
  return toks.findIndex((t) => t.kind === "word");
}

/** The source adverb that opens the sentence, or "demnach" in its main clause; -1 if none. */
function adverbAt(toks: Token[]): number {
  const f = firstWord(toks);
  const first = toks[f];
  if (first && first.q === -1 && (SOURCE_ADVERBS.has(first.lower) || DOCUMENT_ADVERBS.has(first.lower)))
    return f;
  return toks.findIndex(
    (t, k) => k > f && t.q === -1 && SOURCE_ADVERBS.has(t.lower) && toks[k - 1]?.text !== ",",
  );
}

/** The subject of a verb of saying or publishing in the sentence before, whose object is what the adverb
 * points to: "Die Geschworenen gaben ihre Entscheidung bekannt. Demnach …". */
function announcer(st: AttributionState, prev: Unit): ResolvedSpeaker | null {
  for (const cue of unitCues(prev, st.lex)) {
    const np = cueSubject(prev.toks, cue, st.lex);
    const ref = np ? st.disc.resolve(np, prev.toks, prev.index, null) : null;
    if (ref && ref.type !== "UNKNOWN") return ref;
  }
  return null;
}

/** The document the sentence before names, as its owner when it has one ("ein Bericht der Polizei"), else
 * as its subject when the document is its object ("Die Polizei legte einen Bericht vor"), else as itself. */
function documentIn(st: AttributionState, prev: Unit): ResolvedSpeaker | null {
  const toks = prev.toks;
  const d = toks.findIndex((t) => t.kind === "word" && t.cap && t.q === -1 && DOCUMENT_NOUN.test(t.text));
  if (d < 0) return null;
  const { lex, disc } = st;
  let a = d;
  while (a > 0 && toks[a - 1]!.kind === "word" && toks[a - 1]!.q === -1 && d - a < 4 && !toks[a - 1]!.cap)
    a--;
  const np = parseNP(toks, a, lex) ?? parseNP(toks, d, lex);
  if (!np) return null;
  const owner = ownerOf(toks, np, lex);
  if (owner !== np) return disc.resolve(owner, toks, prev.index, null);
  const v = finiteVerbIndex(toks, 0, toks.length, lex);
  const subject = v >= 0 ? subjectOf(toks, 0, v, lex) : null;
  if (subject && subject.start !== np.start && (subject.names.length || subject.org || subject.role)) {
    const s = disc.resolve(subject, toks, prev.index, null);
    if (s && s.type !== "UNKNOWN") return s;
  }
  return disc.resolve(np, toks, prev.index, null);
}
