// Reading one unit: which frame attributes it (a verb of saying before or after its content, a colon,
// "laut X", "X zufolge", "nach Angaben des X", a reported speech act), where the content is, and which
// phrase is the subject of the cue — the subject of the cue verb, never the subject of the content. The
// frame rules (rules/index.ts) are tried in order on what is worked out of the unit once.

import { LIST_COORDINATORS } from "../german/conjunctions.ts";
import { MASCULINE_OBJECT_PRONOUNS, PERSON_PRONOUNS } from "../german/pronouns.ts";
import type { Token } from "../types.ts";
import { closeOf, contentOf, onlyQuote, skipAdverbs, wordsIn } from "./clause.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { parseNP } from "./np.ts";
import { FRAME_RULES } from "./rules/index.ts";
import { type Frame, frameContext, type SourceFrame } from "./rules/rule.ts";
import type { Unit } from "./text.ts";

/** A headline or photo caption: a short paragraph of its own that does not end like a sentence (a line
 * ending in ";" is the first half of one, as where sentences are given one per line). */
export function isHeadline(unit: Unit): boolean {
  if (!(unit.paragraphStart && unit.paragraphEnd)) return false;
  return !/[.!?:;“”"»«]\s*$/.test(unit.text) && unit.text.length < 160;
}

/** The frame that attributes this unit, if any; `sources` are the unit's source phrases
 * (rules/source-phrases.ts `sourcePhrases`), worked out once by the caller, which reuses them beside the frame. */
export function readFrame(unit: Unit, lex: AttributionLexicon, sources: SourceFrame[]): Frame | null {
  const f = readFrameOf(unit, lex, sources);
  if (f?.cue && f.subject) quotedSpeaker(f, unit, lex);
  return f;
}

function readFrameOf(unit: Unit, lex: AttributionLexicon, sources: SourceFrame[]): Frame | null {
  if (unit.toks.length === 0) return null;
  const ctx = frameContext(unit, lex, sources);
  // a speech act without words (rules/rule.ts) gives way to a later rule that finds words
  let wordless: Frame | null = null;
  for (const rule of FRAME_RULES) {
    const f = rule.read(ctx);
    if (f && !f.wordless) return f;
    wordless ??= f;
  }
  return wordless;
}

/** "Die Zeitung zitierte den Minister mit den Worten …": who is quoted speaks, the subject only reports. */
function quotedSpeaker(f: Frame, unit: Unit, lex: AttributionLexicon): void {
  const toks = unit.toks;
  // the cue itself, or the verb whose words "mit den Worten" introduces
  let v = toks.findIndex((t) => t.start === f.cue!.start);
  if (f.rule === "direct:mit-worten") v = toks.findIndex((t, k) => t.q === -1 && quoting(toks, k, lex));
  if (v >= 0 && quoting(toks, v, lex) && f.subject) {
    const at = skipAdverbs(toks, f.subject.start > v ? f.subject.end : v + 1);
    const him = toks[at]?.q === -1 && MASCULINE_OBJECT_PRONOUNS.has(toks[at]!.lower) ? toks[at]! : null;
    // "zitierte ihn": the object pronoun stands for the person "er" would
    const obj = him
      ? { ...f.subject, start: at, end: at + 1, pronoun: { ...him, lower: "er" }, names: [], role: null }
      : parseNP(toks, at, lex);
    if (obj && (obj.names.length || obj.role || PERSON_PRONOUNS.has(obj.pronoun?.lower ?? "")))
      f.subject = obj;
  }
}

/** A verb of quoting ("zitierte") at `k`. Not a closure in quotedSpeaker: tsx (esbuild keepNames) names
 *  each closure with a defineProperty call every time it is made. */
function quoting(toks: Token[], k: number, lex: AttributionLexicon): boolean {
  return !!lex.finite.get(toks[k]?.lower ?? "")?.some((x) => x.quotes);
}

/** Quotes listed after the quote that ends at `end`: "Parolen wie „A“ oder „B“", "„A“, „B“ und „C“". */
export function coordinatedQuotes(unit: Unit, end: number): { start: number; end: number }[] {
  const toks = unit.toks;
  const out: { start: number; end: number }[] = [];
  let k = toks.findIndex((t) => t.kind === "qclose" && t.end === end);
  while (k >= 0) {
    const j = k + 1;
    const sep = toks[j];
    if (!sep || sep.q !== -1 || !(LIST_COORDINATORS.has(sep.lower) || sep.lower === ",")) break;
    if (toks[j + 1]?.kind !== "qopen") break;
    const close = closeOf(toks, j + 1);
    if (close < 0 || wordsIn(toks, j + 2, close) < 1) break;
    out.push({ start: toks[j + 1]!.start, end: toks[close]!.end });
    k = close;
  }
  return out;
}

/** Where a unit is (almost) only a quotation, as a direct continuation of the previous speaker. */
export function quoteOnly(unit: Unit): { start: number; end: number } | null {
  const toks = unit.toks;
  if (onlyQuote(toks, 0, toks.length)) return contentOf(toks, 0, toks.length);
  // "und „…“" going on from the sentence before: the quotation without the connective
  const first = toks.findIndex((t) => t.kind === "word");
  if (first >= 0 && LIST_COORDINATORS.has(toks[first]!.lower) && toks[first + 1]?.kind === "qopen") {
    if (onlyQuote(toks, first + 1, toks.length)) return contentOf(toks, first + 1, toks.length);
  }
  return null;
}
