// The handoff from a frame to speaker resolution: the frame's subject phrase (or the word a source phrase
// names) goes to Discourse, which finds who it is; the cue verb's number tells singular from plural.

import { DEFINITE_ARTICLES } from "../german/anaphoric-determiners.ts";
import { PLACE_OF_WORDS_PREPOSITIONS, PREPOSITIONS } from "../german/prepositions.ts";
import { PERSON_PRONOUNS } from "../german/pronouns.ts";
import {
  SOURCE_RELATIVE_ADVERBS,
  SOURCE_RELATIVE_POSTPOSITIONS,
  SOURCE_RELATIVE_PREPOSITIONS,
  SOURCE_RELATIVES,
} from "../german/relative-pronouns.ts";
import { isSpeechOccasion } from "../german/speech-occasions.ts";
import { SLOGAN_NOUNS, WORDS_NOUNS } from "../german/speech-words.ts";
import type { Token } from "../types.ts";
import { clauseStart } from "./clause.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { type NP, parseNP } from "./np.ts";
import type { Frame } from "./rules/rule.ts";
import type { Discourse, ResolvedSpeaker } from "./speaker.ts";
import { antecedent, isRelativeOpener, ownerOfWords } from "./subject.ts";
import type { Unit } from "./text.ts";

/** The speaker a frame names, resolved. */
export function frameSpeaker(frame: Frame, unit: Unit, disc: Discourse): ResolvedSpeaker | null {
  const source = frame.kind === "DIRECT" ? null : relativeSource(frame, unit, disc);
  if (source) return source;
  if (frame.sourceTok) return disc.resolveWord(frame.sourceTok, unit.index);
  if (!frame.subject) return null;
  // "hieß es bei einer Pressekonferenz von X", "in einer Mitteilung der Partei": the occasion's owner speaks
  const head = frame.subject.head ?? frame.subject.caps.at(-1);
  if (head && !frame.subject.names.length && isSpeechOccasion(head.lower)) {
    const owner = ownerOfWords(frame.subject, unit.toks, disc.lex);
    const mention = disc.mentionOf(frame.subject, unit.toks);
    const r = owner && !owner.pronoun ? disc.resolve(owner, unit.toks, unit.index, null) : null;
    // the words stand in the whole phrase: it stays the mention
    if (r) return { ...r, mention };
    // "hieß es in der Rede": a definite occasion without an owner is the one of the person just written about
    const giver = DEFINITE_ARTICLES.has(frame.subject.det?.lower ?? "")
      ? disc.recentPerson(unit.index, mention.start, 3)
      : null;
    if (giver) return { ...giver, mention };
  }
  // "In der Zeitung fand sich die Feststellung „…“", "Auf dem Transparent war die Parole „…“": words are
  // never their own speaker; the text or banner they stand in is
  if (
    head &&
    wordsAsSubject(frame.subject, unit.toks, head) &&
    !ownerOfWords(frame.subject, unit.toks, disc.lex)
  ) {
    const place = placeOfWords(unit.toks, frame.subject.start, disc.lex);
    return place ? disc.resolve(place, unit.toks, unit.index, null) : null;
  }
  const cueAt = frame.cue ? unit.toks.findIndex((t) => t.start === frame.cue!.start) : -1;
  const cueTok = unit.toks[cueAt];
  // "sagten sie" is plural, "sagte sie" singular
  const pluralVerb = cueTok ? /(en|ten)$/.test(cueTok.lower) : null;
  const r = disc.resolve(frame.subject, unit.toks, unit.index, pluralVerb);
  if (r && frame.rule === "reported:eigene-angaben") return ownWords(r, unit, disc);
  // "die Feministin X, die den Mut hervorhob": the relative pronoun is the subject of the verb of saying
  // and so the mention; the antecedent says who it is
  const rel = cueAt >= 0 ? clauseStart(unit.toks, cueAt) : -1;
  // ("Ägypten, das vorschlug, …": the neuter "das" of a relative frame too)
  const neuter = frame.rule === "indirect:relative" && unit.toks[rel]?.lower === "das";
  if (r && rel > 0 && frame.subject.end <= rel && (isRelativeOpener(unit.toks, rel) || neuter)) {
    const t = unit.toks[rel]!;
    return { ...r, mention: { start: t.start, end: t.end, text: t.text } };
  }
  return r;
}

/** A noun for quoted words or a slogan ("Feststellung", "Parole", "Spruch") standing as a phrase of its own
 * in the clause, not after a preposition ("in einer Erklärung", "nach eigener Aussage" name a source). */
function wordsAsSubject(np: NP, toks: Token[], head: Token): boolean {
  if (!(WORDS_NOUNS.has(head.lower) || SLOGAN_NOUNS.has(head.lower))) return false;
  return !PREPOSITIONS.has(toks[np.start - 1]?.lower ?? "");
}

/** The place that opens the clause of the words at `at`: "In der Zeitung", "Auf dem Transparent", "Im
 * Bericht" — a phrase after "in" or "auf" with a capitalized noun; null when the clause opens otherwise. */
function placeOfWords(toks: Token[], at: number, lex: AttributionLexicon): NP | null {
  const from = clauseStart(toks, at);
  const p = toks[from];
  if (!p || p.q !== -1 || !PLACE_OF_WORDS_PREPOSITIONS.has(p.lower)) return null;
  const np = parseNP(toks, from + 1, lex);
  return np && !np.pronoun && np.end <= at && (np.head ?? np.caps.at(-1))?.cap ? np : null;
}

/** "Die Feuerwehr hat nach eigenen Angaben …": the subject says who, and "eigenen Angaben" is where the
 * statement names its source, as "seinen" is in "nach seinen Angaben". */
function ownWords(r: ResolvedSpeaker, unit: Unit, disc: Discourse): ResolvedSpeaker {
  const toks = unit.toks;
  const k = toks.findIndex((t, i) => t.q === -1 && t.lower.startsWith("eigene") && toks[i + 1]?.cap);
  const noun = toks[k + 1];
  if (k < 0 || !noun) return r;
  const start = toks[k]!.start;
  return { ...r, mention: { start, end: noun.end, text: disc.text.slice(start, noun.end) } };
}

/**
 * "Er verwies auf Studien, nach denen …", "Das Institut bestätigte die Befunde, wonach …", "die Pläne, laut
 * denen …", "Grundsätze, denen zufolge …": a relative clause that names its own source. The phrase it hangs
 * on is the source of its words, not the subject of the verb before; the relative word is the mention.
 */
function relativeSource(frame: Frame, unit: Unit, disc: Discourse): ResolvedSpeaker | null {
  const toks = unit.toks;
  const at = [toks.findIndex((t) => t.start >= frame.start)];
  // "laut denen jeder …": a rule read the relative pronoun as the source phrase
  if (frame.subject) at.push(frame.subject.start - 1, frame.subject.start);
  for (const k of at) {
    const found = k > 0 ? sourceRelativeAt(toks, k) : null;
    if (!found) continue;
    const ante = antecedent(toks, k - 1, disc.lex);
    if (!ante || ante.pronoun) return null;
    const r = disc.resolve(ante, toks, unit.index, null);
    return r ? { ...r, mention: { start: found.start, end: found.end, text: found.text } } : null;
  }
  return null;
}

/** The relative word of a source clause opened at `k` right after a comma ("wonach", "nach denen",
 * "denen zufolge"), else null. rules/speech-noun-complements.ts reads the same openers as a frame. */
export function sourceRelativeAt(toks: Token[], k: number): Token | null {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t || toks[k - 1]?.text !== "," || t.q !== -1) return null;
  if (SOURCE_RELATIVE_ADVERBS.has(t.lower)) return t;
  if (!next || next.q !== -1) return null;
  if (SOURCE_RELATIVE_PREPOSITIONS.has(t.lower) && SOURCE_RELATIVES.has(next.lower)) return next;
  if (SOURCE_RELATIVES.has(t.lower) && SOURCE_RELATIVE_POSTPOSITIONS.has(next.lower)) return t;
  return null;
}

/** "sagte er" with no antecedent in reach: keep the statement, with the pronoun as the speaker's words. */
export function unresolvedPronoun(frame: Frame, text: string): ResolvedSpeaker | null {
  const p = frame.subject?.pronoun;
  if (!p || !PERSON_PRONOUNS.has(p.lower)) return null;
  return {
    id: null,
    name: p.text,
    type: "UNKNOWN",
    gender: p.lower === "er" ? "m" : "f",
    plural: false,
    mention: { start: p.start, end: p.end, text: text.slice(p.start, p.end) },
    how: "unresolved",
  };
}
