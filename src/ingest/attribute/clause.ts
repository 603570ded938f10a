// Clause helpers shared by the frame rules: where a clause starts and ends, its finite verb, whether it is
// in Konjunktiv, what content it holds and whether it reads like a clause at all.

import { ADVERBS, FOCUS_PARTICLES, POST_SUBJECT_PARTICLES } from "../german/adverbs.ts";
import { APPROXIMATORS } from "../german/approximators.ts";
import { TIME_NOUN } from "../german/calendar.ts";
import { DATIVE_DETERMINERS } from "../german/case.ts";
import { CLOSED_CLASS } from "../german/closed-class.ts";
import { COORDINATORS, PHRASE_LINKS, SUBORDINATORS } from "../german/conjunctions.ts";
import {
  DETERMINERS,
  GENITIVE_DETERMINERS,
  GENITIVE_POSSESSIVES,
  POSSESSIVES,
} from "../german/determiners.ts";
import { konjunktivOf, wordClasses } from "../german/dictionary.ts";
import { NEGATIONS } from "../german/negation.ts";
import { PREPOSITIONS } from "../german/prepositions.ts";
import { PERSONAL_PRONOUNS, SUBJECT_PRONOUNS } from "../german/pronouns.ts";
import { CARDINAL_WORDS } from "../german/quantities.ts";
import { isTimeNoun } from "../german/time-nouns.ts";
import { AUXILIARIES, PARTICLE_ZU_INFINITIVE } from "../german/verbs.ts";
import type { Token } from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { isAdjectiveLike, type NP, parseNP } from "./np.ts";

const BOUNDARY = new Set([",", ";", ":", "–", "—", "(", ")"]);

/** En and em dash: what sets off a parenthesis or a clause. */
export const DASHES = new Set(["–", "—"]);

// a short parenthesis ("Franz Josef Jung (CDU)", "des Komitees (OK)") belongs to its clause
const PAREN_SPAN = 8;

/** The closing dash of a short parenthesis between dashes opened at `j` ("teilte – nach dem Treffen – mit"),
 * or -1: the same dash again within DASH_SPAN tokens, with no other boundary between. */
function closingDash(toks: Token[], j: number): number {
  const open = toks[j]!.text;
  for (let m = j + 1; m < toks.length && m - j <= DASH_SPAN; m++) {
    const t = toks[m]!;
    if (t.q !== -1 || t.kind !== "punct") continue;
    if (t.text === open) return m - j > 1 ? m : -1;
    if (BOUNDARY.has(t.text) || t.text === "." || t.text === "!" || t.text === "?") return -1;
  }
  return -1;
}

/** The opening dash of a short parenthesis between dashes closed at `j`, or -1 (closingDash read backwards). */
function openingDash(toks: Token[], j: number): number {
  const close = toks[j]!.text;
  for (let m = j - 1; m >= 0 && j - m <= DASH_SPAN; m--) {
    const t = toks[m]!;
    if (t.q !== -1 || t.kind !== "punct") continue;
    if (t.text === close) return j - m > 1 && closingDash(toks, m) === j ? m : -1;
    if (BOUNDARY.has(t.text) || t.text === "." || t.text === "!" || t.text === "?") return -1;
  }
  return -1;
}

/** How far apart the dashes of a parenthesis may stand. */
const DASH_SPAN = 12;

export function clauseEnd(toks: Token[], i: number): number {
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.q === -1 && t.kind === "punct" && BOUNDARY.has(t.text)) {
      if (DASHES.has(t.text)) {
        const m = closingDash(toks, j);
        if (m < 0) break;
        j = m + 1;
        continue;
      }
      if (t.text !== "(") break;
      let m = j + 1;
      while (m < toks.length && m - j <= PAREN_SPAN && toks[m]!.text !== ")" && toks[m]!.text !== "(") m++;
      if (toks[m]?.text !== ")") break;
      j = m;
    }
    j++;
  }
  return j;
}

export function clauseStart(toks: Token[], i: number): number {
  let j = i;
  while (j > 0) {
    const t = toks[j - 1]!;
    if (t.q === -1 && t.kind === "punct" && BOUNDARY.has(t.text)) {
      if (DASHES.has(t.text)) {
        const m = openingDash(toks, j - 1);
        if (m < 0) break;
        j = m;
        continue;
      }
      if (t.text !== ")") break;
      let m = j - 2;
      while (m >= 0 && j - 1 - m <= PAREN_SPAN && toks[m]!.text !== "(" && toks[m]!.text !== ")") m--;
      if (m < 0 || toks[m]!.text !== "(" || m === 0) break;
      j = m;
      continue;
    }
    j--;
  }
  return j;
}

export function isFunction(lower: string): boolean {
  return CLOSED_CLASS.has(lower);
}

/** Index of the finite verb of a main clause starting at `from` (V2), or -1. */
export function finiteVerbIndex(toks: Token[], from: number, to: number, lex: AttributionLexicon): number {
  let i = from;
  while (i < to && toks[i]!.kind === "word" && COORDINATORS.has(toks[i]!.lower)) i++;
  i = pastApproximators(toks, i);
  const t = toks[i];
  if (!t || t.q !== -1) return -1;
  let end: number;
  if (t.kind !== "word") return -1;
  if (PERSONAL_PRONOUNS.has(t.lower)) end = i + 1;
  else if (SUBORDINATORS.has(t.lower) && !ADVERBS.has(t.lower)) return -1;
  // "Unter dem Motto …": a word that is also a preposition opens a phrase before a determiner
  else if (
    ADVERBS.has(t.lower) &&
    !(PREPOSITIONS.has(t.lower) && DETERMINERS.has(toks[i + 1]?.lower ?? ""))
  ) {
    end = i + 1;
    while (end < to && ADVERBS.has(toks[end]!.lower) && end - i < 3 && !lex.finite.has(toks[end]!.lower))
      end++;
    // "Auch der Minister sagte", "Nur Peskow widersprach": a focus adverb before the subject
    const np =
      FOCUS_PARTICLES.has(t.lower) && toks[end]?.q === -1 && !lex.finite.has(toks[end]!.lower)
        ? parseNP(toks, end, lex)
        : null;
    if (np && !np.pronoun && (np.names.length || np.role || np.det)) end = np.end;
  } else if (PREPOSITIONS.has(t.lower)) {
    // "Am 15. Mai": the ordinal of a day before the noun
    const k = /^\d+$/.test(toks[i + 1]?.text ?? "") && toks[i + 2]?.text === "." ? i + 3 : i + 1;
    const np = parseNP(toks, k, lex);
    if (!np) {
      end = k + 1;
      while (end < to && (isAdjectiveLike(toks[end]!) || toks[end]!.cap)) end++;
    } else end = np.end;
  } else {
    const np = parseNP(toks, i, lex);
    if (!np) {
      if (t.cap) end = i + 1;
      else return -1;
    } else end = np.end;
  }
  // "Ein Sprecher des Weißen Hauses in Washington schränkte …": attached phrases before the verb
  for (let n = 0; n < 4; n++) {
    const p = toks[end];
    // and genitives: "Im Vorfeld der nun abgesagten Parade haben …"
    // and an indefinite or possessive one: "Am Rande einer Sitzung nahm …", "mit dem Anwalt seiner Familie"
    const genitive =
      !!p &&
      p.q === -1 &&
      (GENITIVE_DETERMINERS.has(p.lower) || GENITIVE_POSSESSIVES.has(p.lower)) &&
      toks[end + 1]?.kind !== "qopen";
    if (!p || p.q !== -1 || (!PREPOSITIONS.has(p.lower) && !genitive)) break;
    const np = parseNP(toks, genitive ? end : end + 1, lex, false);
    if (!np || np.pronoun) break;
    end = np.end;
  }
  // "Die Regel selbst stellte …", "Der Kanzler jedoch sagte …": a particle between the subject and the verb
  if (end > i && POST_SUBJECT_PARTICLES.has(toks[end]?.lower ?? "")) {
    const n = toks[end + 1];
    if (n?.kind === "word" && !n.cap && n.q === -1 && !isFunction(n.lower)) end++;
  }
  // a long prepositional prefield ("Nach dem Flug mit seinen Kollegen X und Y lenkte er …"): the verb is
  // the first plain word followed by a subject pronoun
  if (PREPOSITIONS.has(t.lower)) {
    for (let m = i + 1; m + 1 < to && m - i < 24; m++) {
      const w = toks[m]!;
      if (w.q !== -1 || (w.kind === "punct" && BOUNDARY.has(w.text))) break;
      if (w.kind !== "word" || w.cap || isFunction(w.lower)) continue;
      if (SUBJECT_PRONOUNS.has(toks[m + 1]!.lower)) return m;
    }
  }
  // "Unter dem Motto „Freiheit statt Angst“ zogen …": a quoted name after the noun belongs to its phrase
  if (toks[end]?.kind === "qopen" && end > i) {
    let m = end + 1;
    while (m < to && toks[m]!.kind !== "qclose" && m - end < 12) m++;
    if (toks[m]?.kind === "qclose" && verbAt(toks[m + 1])) return m + 1;
    // "die Regierung „werde nicht nachgeben“": a quotation that opens with the verb after the subject
    if (quotedVerbAt(toks[end + 1])) return end + 1;
  }
  // "ver.di", "tagesschau.de": a lower-case name with a dot is part of the phrase, no verb
  while (end < to && toks[end]!.kind === "word" && !toks[end]!.cap && toks[end]!.text.includes(".")) end++;
  if (verbAt(toks[end])) return end;
  // "Die Union sowie auch die FDP sprechen …": a coordinated subject
  const joined = coordinatedPhrase(toks, end, lex);
  if (joined > end && verbAt(toks[joined])) return joined;
  // "Für die Ausarbeitung der Verfassung, die der Rat als Aufgabe ansieht, gab X …": a relative clause
  // closes the prefield phrase
  const rel = relativeClauseEnd(toks, joined, to);
  if (rel > 0 && verbAt(toks[rel])) return rel;
  // "Das Angebot, Verletzte in Kliniken behandeln zu lassen, lehnt er ab": an infinitive clause on the noun
  const inf = infinitiveAttributeEnd(toks, joined, to);
  if (inf > 0 && verbAt(toks[inf])) return inf;
  // "Die Delegationsleiterin beim Gipfel, Sharon Hayes, äußerte …": appositions between commas
  return afterAppositions(toks, joined, to);
}

/** "rund 37 Prozent", "mehr als 200 Menschen": the number after up to two words that bound it, else `i`. */
function pastApproximators(toks: Token[], i: number): number {
  let k = i;
  while (k - i < 2 && toks[k]?.q === -1 && APPROXIMATORS.has(toks[k]!.lower)) k++;
  const n = toks[k];
  if (k === i || !n || n.q !== -1 || !(/^\d/.test(n.text) || CARDINAL_WORDS.has(n.lower))) return i;
  return k;
}

/** Relative pronouns that open a clause after a comma: "…, die …", "…, in dem …". */
const RELATIVE_OPENERS = new Set(["der", "die", "das", "dem", "den", "denen", "deren", "dessen"]);

/** The index after the comma that closes a relative clause opened by the comma at `e`, or -1: its verb
 * stands last, before that comma. */
export function relativeClauseEnd(toks: Token[], e: number, to: number): number {
  if (toks[e]?.text !== "," || toks[e]!.q !== -1) return -1;
  const k = PREPOSITIONS.has(toks[e + 1]?.lower ?? "") ? e + 2 : e + 1;
  if (!RELATIVE_OPENERS.has(toks[k]?.lower ?? "")) return -1;
  for (let c = k + 1; c < to && c - k < 25; c++) {
    const t = toks[c]!;
    if (t.q !== -1) return -1;
    if (t.text !== ",") continue;
    const verb = toks[c - 1]!;
    // "die Bitte, die Straße zu sperren, …": an infinitive clause, its "die" an article
    if (zuInfinitiveBefore(toks, c)) return -1;
    return verb.kind === "word" && !verb.cap ? c + 1 : -1;
  }
  return -1;
}

/** A zu-infinitive right before the comma at `c`: "zu sperren", "einzuführen". */
function zuInfinitiveBefore(toks: Token[], c: number): boolean {
  const verb = toks[c - 1];
  if (verb?.kind !== "word" || verb.cap) return false;
  return toks[c - 2]?.lower === "zu" || PARTICLE_ZU_INFINITIVE.test(verb.lower);
}

/** The index after the comma that closes a zu-infinitive opened by the comma at `e` ("die Forderung, die
 * Steuern zu senken, …"), or -1. */
function infinitiveAttributeEnd(toks: Token[], e: number, to: number): number {
  if (toks[e]?.text !== "," || toks[e]!.q !== -1) return -1;
  for (let c = e + 1; c < to && c - e < 25; c++) {
    const t = toks[c]!;
    if (t.q !== -1 || (t.kind === "punct" && BOUNDARY.has(t.text) && t.text !== ",")) return -1;
    if (t.text !== ",") continue;
    return zuInfinitiveBefore(toks, c) ? c + 1 : -1;
  }
  return -1;
}

/** The first word of a quotation that is a finite verb: "„werde nicht nachgeben“", "„steht bereit“". */
function quotedVerbAt(v: Token | undefined): boolean {
  if (v?.kind !== "word" || v.cap || v.q === -1) return false;
  if (AUXILIARIES.has(v.lower)) return true;
  const wc = wordClasses(v.lower);
  return (
    wc.verb && (wc.indicative || wc.konjunktiv1 || wc.konjunktiv2) && !wc.adjective && !isFunction(v.lower)
  );
}

function verbAt(v: Token | undefined): boolean {
  return v?.kind === "word" && !v.cap && v.q === -1 && (!isFunction(v.lower) || AUXILIARIES.has(v.lower));
}

/** The end of the conjuncts joined to a phrase that ends at `end` ("und die FDP", "sowie auch X"). */
function coordinatedPhrase(toks: Token[], end: number, lex: AttributionLexicon): number {
  for (let n = 0; n < 2; n++) {
    const c = toks[end];
    if (!c || c.q !== -1 || !(c.lower === "und" || c.lower === "sowie" || c.lower === "oder")) break;
    const k = toks[end + 1]?.lower === "auch" ? end + 2 : end + 1;
    const np = parseNP(toks, k, lex);
    if (!np || np.pronoun) break;
    end = np.end;
  }
  return end;
}

/** The finite verb after one or two appositions closed by commas (", Sharon Hayes,", ", Chefin der X,"),
 * each only noun-phrase material with a capital in it; -1 when no verb follows them. */
function afterAppositions(toks: Token[], end: number, to: number): number {
  let e = end;
  for (let n = 0; n < 2; n++) {
    // between commas, or between dashes: "mit dem Anwalt der Familie – X – sagte"
    const mark = toks[e]?.text ?? "";
    if (!(mark === "," || DASHES.has(mark)) || toks[e]!.q !== -1) return -1;
    let c = e + 1;
    let capital = false;
    while (c < to && c - e <= 10 && toks[c]!.text !== mark) {
      if (toks[c]!.cap || toks[c]!.q !== -1) capital ||= toks[c]!.cap && toks[c]!.q === -1;
      c++;
    }
    if (toks[c]?.text !== mark || !capital || !nominalOnly(toks, e + 1, c)) return -1;
    e = c;
    if (verbAt(toks[c + 1])) return c + 1;
  }
  return -1;
}

/** Konjunktiv of the main clause: the marker lists, or a finite verb in -e after a 3rd-person subject. */
export function isKonjunktiv(
  toks: Token[],
  from: number,
  to: number,
  lex: AttributionLexicon,
  withKonjunktiv2 = true,
): boolean {
  let marker = false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (
      lex.konjunktiv1.has(t.lower) ||
      konjunktivOf(t.lower) === 1 ||
      (withKonjunktiv2 && lex.konjunktiv2.has(t.lower))
    ) {
      // "habe ich", "werde ich" are first person indicative
      const next = toks[k + 1]?.lower;
      if (next === "ich" || toks[k - 1]?.lower === "ich") continue;
      marker = true;
      break;
    }
  }
  if (marker) return true;
  const v = finiteVerbIndex(toks, from, to, lex);
  if (v < 0) return false;
  const w = toks[v]!.lower;
  if (lex.indicative.has(w)) return false;
  const subj = toks[from]!.lower;
  if (subj === "ich" || subj === "wir" || subj === "du") return false;
  return konjunktivOf(w) !== 0 || (/[^t]e$/.test(w) && w.length > 3 && !isFunction(w));
}

export function wordsIn(toks: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (toks[k]!.kind === "word") n++;
  return n;
}

export function skipAdverbs(toks: Token[], i: number): number {
  let j = i;
  for (let n = 0; n < 4; n++) {
    const t = toks[j];
    if (!t || t.q !== -1) break;
    if (t.lower === "sich" || ADVERBS.has(t.lower)) {
      j++;
      continue;
    }
    // "sagte heute Abend", "hatte letzten September kritisiert": a bare time noun is an adverbial
    if (t.cap && t.kind === "word" && isTimeNoun(t.lower)) {
      j++;
      continue;
    }
    // "am Sonntag", "am Mittwoch (Ortszeit)"
    if ((t.lower === "am" || t.lower === "in") && toks[j + 1]?.cap && TIME_NOUN.test(toks[j + 1]!.text)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Whether the phrase at j is an addressee: "gegenüber X", "dem Sender". */
export function opensAddressee(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (!t || t.q !== -1) return false;
  const before = toks[j - 1]?.lower ?? "";
  if (before === "gegenüber") return true;
  // "geht aus dem Bericht hervor": a dative after a preposition is the preposition's
  return DATIVE_DETERMINERS.has(t.lower) && !PREPOSITIONS.has(before);
}

/** The phrase after the verb that can be its subject: adverbs, times and the addressee are passed over
 * ("sagte heute Abend gegenüber Reportern der Sprecher", "sagte dem Sender die Ministerin"). */
export function phraseAfterVerb(toks: Token[], i: number, lex: AttributionLexicon): NP | null {
  let j = skipAdverbs(toks, i);
  for (let n = 0; n < 2; n++) {
    const t = toks[j];
    if (!t || t.q !== -1) break;
    if (!opensAddressee(toks, j)) break;
    const np = parseNP(toks, j, lex, false);
    if (!np || np.pronoun) break;
    // an addressee is never the subject, whether or not one follows
    j = skipAdverbs(toks, np.end);
  }
  return parseNP(toks, j, lex);
}

/** Only noun-phrase material (names, determiners, prepositions, adjectives, punctuation) between from and to. */
export function nominalOnly(toks: Token[], from: number, to: number): boolean {
  // a short parenthesis ("(PPP)", "(PML-N)") does not make the stretch longer
  if (to - from > 14) {
    if (to - from > 24) return false;
    let inParens = 0;
    for (let k = from; k < to; k++) if (toks[k]!.text === "(" && toks[k + 2]?.text === ")") inParens += 3;
    if (to - from - inParens > 14) return false;
  }
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind !== "word" || t.cap) continue;
    if (
      DETERMINERS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      POSSESSIVES.has(t.lower) ||
      PHRASE_LINKS.has(t.lower) ||
      CARDINAL_WORDS.has(t.lower) ||
      /^\d/.test(t.text) ||
      // "ver.di", "tagesschau.de": a lower-case name with a dot
      t.text.includes(".")
    )
      continue;
    if (isAdjectiveLike(t)) continue;
    return false;
  }
  return true;
}

/** A clause, not a bare phrase: a quote, or a lower-case word that is not a function word after a determiner. */
export function hasClauseWord(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind === "qopen") return true;
    if (t.kind !== "word" || t.cap) continue;
    if (isFunction(t.lower) && !AUXILIARIES.has(t.lower)) continue;
    const prev = toks[k - 1];
    if (prev && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower))) continue;
    // "Der ehemalige sozialdemokratische Bürgermeister": adjectives before their noun are the phrase's
    if (attributive(toks, k)) continue;
    return true;
  }
  return false;
}

/** An adjective before its noun, perhaps after more adjectives: "ehemalige sozialdemokratische Bürgermeister". */
export function attributive(toks: Token[], k: number): boolean {
  // "Die Delegierten begrüßten Reformen", "Es gebe Einigkeit": after a noun or a pronoun it is the verb
  const prev = toks[k - 1];
  if (prev?.kind === "word" && ((prev.cap && !isFunction(prev.lower)) || PERSONAL_PRONOUNS.has(prev.lower)))
    return false;
  let m = k;
  while (m - k < 4 && isAdjectiveLike(toks[m]!) && !verbOnly(toks[m]!.text)) m++;
  const noun = toks[m];
  return m > k && !!noun && noun.kind === "word" && noun.cap && noun.q === -1;
}

/** A word the dictionary knows as a verb form and never as an adjective: "gebe", "stehe", "fordern". */
function verbOnly(word: string): boolean {
  const c = wordClasses(word);
  return c.verb && !c.adjective;
}

export function infinitiveClause(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word") continue;
    if (t.lower === "zu" && toks[k + 1]?.kind === "word" && !toks[k + 1]!.cap) return true;
    if (PARTICLE_ZU_INFINITIVE.test(t.lower)) return true;
  }
  return false;
}

/** Openers of a condition that may precede the content it limits: "kündigte an, sollte X die Macht
 * übernehmen, die Hilfe auszusetzen", "…, falls nötig, …". */
const CONTENT_CONDITIONS = new Set(["sollte", "sollten", "falls", "sofern", "wenn"]);

/** The end of the clause at `first` past what is set into it between commas: an apposition or a relative
 * clause ("nicht über den Turm, das höchste der Gebäude, bestimmen zu wollen"), and a condition opening it
 * ("sollte X die Macht übernehmen, die Hilfe auszusetzen"). At most two such inserts. */
export function clauseEndPastInserts(toks: Token[], first: number): number {
  let end = clauseEnd(toks, first);
  const opener = toks[first];
  if (opener?.q === -1 && CONTENT_CONDITIONS.has(opener.lower) && toks[end]?.text === ",")
    end = clauseEnd(toks, end + 1);
  for (let n = 0; n < 2; n++) {
    if (toks[end]?.text !== "," || toks[end]!.q !== -1) break;
    const e = clauseEnd(toks, end + 1);
    if (toks[e]?.text !== "," || e - end < 2) break;
    const relative =
      RELATIVE_OPENERS.has(toks[end + 1]!.lower) && relativeClauseEnd(toks, end, e + 1) === e + 1;
    if (!relative && !nominalOnly(toks, end + 1, e)) break;
    end = clauseEnd(toks, e + 1);
  }
  return end;
}

/**
 * Whether the clause toks[first, to) is what a speech act says: a dass- or ob-clause, a zu-infinitive, or
 * (with `konjunktiv`) a clause in Konjunktiv ("…, die Züge seien meist unterirdisch").
 */
export function isContentClause(
  toks: Token[],
  first: number,
  to: number,
  lex: AttributionLexicon,
  konjunktiv = true,
): boolean {
  const opener = toks[first]!.lower;
  return (
    opener === "dass" ||
    opener === "daß" ||
    opener === "ob" ||
    infinitiveClause(toks, first, to) ||
    (konjunktiv && isKonjunktiv(toks, first, to, lex, false))
  );
}

export function contentOf(toks: Token[], from: number, to: number): { start: number; end: number } | null {
  let a = from;
  let b = to;
  while (a < b && toks[a]!.kind === "punct" && toks[a]!.q === -1 && BOUNDARY.has(toks[a]!.text)) a++;
  while (
    b > a &&
    toks[b - 1]!.kind === "punct" &&
    toks[b - 1]!.q === -1 &&
    /^[,.;:!?–—-]$/.test(toks[b - 1]!.text)
  )
    b--;
  if (b <= a || wordsIn(toks, a, b) < 2) return null;
  return { start: toks[a]!.start, end: toks[b - 1]!.end };
}

export function onlyQuote(toks: Token[], from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && toks[a]!.kind === "punct" && toks[a]!.q === -1 && toks[a]!.kind !== "qopen") a++;
  while (b > a && toks[b - 1]!.kind === "punct" && toks[b - 1]!.q === -1 && toks[b - 1]!.kind !== "qclose")
    b--;
  if (toks[a]?.kind !== "qopen") return false;
  for (let k = a + 1; k < b; k++) if (toks[k]!.q === -1 && toks[k]!.kind === "word") return false;
  return true;
}

export function span(toks: Token[], from: number, to: number): Token[] {
  return toks.slice(Math.max(0, from), Math.max(0, to));
}

export function negated(toks: Token[], v: number, end: number): boolean {
  for (let k = v + 1; k < Math.min(end, v + 9); k++) {
    const w = toks[k]!.lower;
    if (NEGATIONS.has(w)) return true;
  }
  return false;
}

/** "…, 200 Mitarbeiter sollen entlassen werden": a main clause in the indicative as content. Not a relative
 * clause ("…, die sich auf Systeme stützen", "…, in der Daten gespeichert werden"), not a bare phrase
 * ("…, eine Gesellschaft europäischen Rechts"), and with a subject of its own. */
export function indicativeMainClause(
  toks: Token[],
  first: number,
  to: number,
  lex: AttributionLexicon,
): boolean {
  const opener = toks[first];
  if (!opener || opener.q !== -1 || SUBORDINATORS.has(opener.lower)) return false;
  const t1 = toks[first + 1];
  const t2 = toks[first + 2];
  if (DETERMINERS.has(opener.lower) && t1 && !t1.cap && !isAdjectiveLike(t1)) return false;
  if (
    PREPOSITIONS.has(opener.lower) &&
    t1 &&
    DETERMINERS.has(t1.lower) &&
    t2 &&
    !t2.cap &&
    !isAdjectiveLike(t2)
  )
    return false;
  const v = finiteVerbIndex(toks, first, to, lex);
  if (v < 0) return false;
  if (isAdjectiveLike(toks[v]!) && toks[v + 1]?.cap) return false;
  const before = parseNP(toks, first, lex);
  const after = phraseAfterVerb(toks, v + 1, lex);
  const subjectLike = (np: NP | null) =>
    !!np && (!!np.pronoun || np.names.length > 0 || !!np.det || np.caps.length > 0);
  return (subjectLike(before) && before!.end <= v) || subjectLike(after);
}

/** The index of the closing mark of the quotation opened at `open`, or -1. */
export function closeOf(toks: Token[], open: number): number {
  return toks.findIndex((t, m) => m > open && t.kind === "qclose");
}
