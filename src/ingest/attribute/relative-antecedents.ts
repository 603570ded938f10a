// The phrase a relative clause hangs on when it is not the phrase right before the comma: a relative clause
// moved behind its clause's verb, and the neuter "das" whose antecedent agrees with it.

import { NOMINATIVE_DETERMINERS } from "../german/case.ts";
import { DETERMINERS, POSSESSIVES } from "../german/determiners.ts";
import { NON_NEUTER_DETERMINERS } from "../german/gender.ts";
import type { Token } from "../types.ts";
import { clauseStart, isFunction } from "./clause.ts";
import type { Cue } from "./cues.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { isAdjectiveLike, type NP, parseNP } from "./np.ts";

/** The phrase a neuter relative "das" hangs on: the longest phrase that ends at the comma and whose
 * determiner can be neuter ("das Ministerium", "des Landes"), or that no determiner opens ("von Ägypten"). */
export function neuterAntecedent(toks: Token[], comma: number, lex: AttributionLexicon): NP | null {
  let best: NP | null = null;
  for (let start = comma - 1; start >= Math.max(0, comma - 10); start--) {
    const t = toks[start]!;
    if (t.q !== -1 || (t.kind === "punct" && t.text !== "-")) break;
    const np = parseNP(toks, start, lex);
    if (!np || np.pronoun || np.end !== comma) continue;
    if (np.det && NON_NEUTER_DETERMINERS.has(np.det.lower)) continue;
    if (!np.det && DETERMINERS.has(toks[start - 1]?.lower ?? "")) continue;
    best = np;
  }
  return best;
}

/** "Das Ministerium, das mitteilte, …", "Ägypten, das vorschlug, …": "das" after a comma opens a relative
 * clause whose verb of saying closes it (with its particle or auxiliary); "…, das Gericht entschied" is an
 * article, "…, das heißt" no speech. */
export function neuterRelative(toks: Token[], from: number, cue: Cue): boolean {
  const opener = toks[from];
  const next = toks[from + 1];
  if (opener?.lower !== "das" || opener.q !== -1 || toks[from - 1]?.text !== ",") return false;
  if (next?.kind !== "word" || next.cap || cue.verb.impersonal) return false;
  const last = Math.max(cue.idx, cue.finiteIdx, cue.particleIdx);
  const end = clauseStart(toks, last) === from ? last + 1 : -1;
  return end > 0 && (toks[end]?.text === "," || toks[end]?.text === ":");
}

function agreesWithRelative(det: Token, relative: Token | undefined): boolean {
  const byGender = NOMINATIVE_DETERMINERS as Readonly<Record<string, readonly string[]>>;
  return !!relative && (byGender[relative.lower] ?? []).includes(det.lower);
}

/** "Bei der Feier war auch der Bürgermeister Tom Fiedler anwesend, der sagte, …": a relative clause moved
 *  behind the right bracket of its clause hangs on the named or role phrase with a determiner that ends
 *  right before one or two lower-case words (a predicative adjective, a participle, an infinitive). */
export function extraposedSpeaker(toks: Token[], comma: number, lex: AttributionLexicon): NP | null {
  const bracket = (t: Token) => t.kind === "word" && !t.cap && t.q === -1 && !isFunction(t.lower);
  let r = comma;
  while (comma - r < 2 && r > 0 && bracket(toks[r - 1]!)) r--;
  if (r === comma) return null;
  let m = r - 1;
  while (
    m > 0 &&
    toks[m]!.q === -1 &&
    toks[m]!.kind === "word" &&
    (toks[m]!.cap || isAdjectiveLike(toks[m]!))
  )
    m--;
  for (let start = Math.max(0, m - 3); start < r; start++) {
    if (!(DETERMINERS.has(toks[start]!.lower) || POSSESSIVES.has(toks[start]!.lower))) continue;
    const np = parseNP(toks, start, lex);
    if (
      np &&
      np.end === r &&
      (np.names.length || np.role) &&
      agreesWithRelative(toks[start]!, toks[comma + 1])
    )
      return np;
  }
  return null;
}
