// Reading a speaker phrase: "Kremlsprecher Dmitri Peskow", "der Berater von Kremlchef Wladimir Putin",
// "ein Vertreter des Weißen Hauses", "das „Wall Street Journal“", "er". Names inside a genitive or
// "von" modifier are kept apart: they are never the head.

import { HYPHENATED_NAME_ARTICLES } from "../german/arabic-articles.ts";
import { CLOSED_CLASS } from "../german/closed-class.ts";
import { DEMONSTRATIVE_PRONOUNS } from "../german/demonstratives.ts";
import { DETERMINERS, POSSESSIVES } from "../german/determiners.ts";
import { wordClasses } from "../german/dictionary.ts";
import { ADJECTIVE_ENDING } from "../german/endings.ts";
import { NAME_PARTICLES, NAME_STOPS, NOT_NAME } from "../german/names.ts";
import { PLURAL_PARTITIVES } from "../german/partitive-quantifiers.ts";
import { PREPOSITIONS } from "../german/prepositions.ts";
import { PERSONAL_PRONOUNS } from "../german/pronouns.ts";
import { ADJECTIVAL_QUANTIFIERS, NUMBER_WORDS, PARTITIVE_PRONOUNS } from "../german/quantities.ts";
import { RELATIVE_TIME_ADJECTIVES } from "../german/relative-time.ts";
import { isToponymGenitive } from "../german/toponyms.ts";
import { AUXILIARIES } from "../german/verbs.ts";
import type { RoleKind, Token } from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";

export interface RoleInfo {
  stem: string;
  kind: RoleKind;
  /** compound prefix, "kreml" in Kremlchef, "nato" in Nato-Chef */
  qualifier: string;
}

export interface NP {
  /** token indices [start, end) including modifiers */
  start: number;
  end: number;
  pronoun: Token | null;
  det: Token | null;
  possessor: Token | null;
  adjectives: Token[];
  caps: Token[];
  head: Token | null;
  role: RoleInfo | null;
  names: Token[];
  modifiers: Token[];
  /** inner span of a quoted title: das „Wall Street Journal“ */
  title: { start: number; end: number } | null;
  org: boolean;
  media: boolean;
}

/** Present and past participles used as adjectives: "gehörende", "geborene", "genannter". */
const PARTICIPLE_ATTRIBUTE = /(end|en|t)(e|en|er|es|em)$/;

const INFLECTIONS = ["", "s", "n", "en", "e", "em", "er", "es", "in", "innen"];

const roleCache = new Map<string, RoleInfo | null>();
/** Word caches are per process; a long ingest clears them rather than growing without bound. */
const CACHE_LIMIT = 50_000;

export function roleOf(word: string, lex: AttributionLexicon): RoleInfo | null {
  // keyed on the word as written: a hit costs no lower-casing
  const hit = roleCache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  let found: RoleInfo | null = null;
  outer: for (const suffix of INFLECTIONS) {
    if (suffix && !w.endsWith(suffix)) continue;
    const base = suffix ? w.slice(0, -suffix.length) : w;
    for (const stem of lex.roleStems) {
      if (base.endsWith(stem)) {
        const qualifier = base.slice(0, base.length - stem.length).replace(/-+$/, "");
        // "Hoffmann"-like surnames are not roles: a qualifier must be a word or a known prefix
        found = { stem, kind: lex.roleKinds.get(stem)!, qualifier };
        break outer;
      }
    }
  }
  if (roleCache.size > CACHE_LIMIT) roleCache.clear();
  roleCache.set(word, found);
  return found;
}

const orgCache = new Map<string, boolean>();

export function isOrgNoun(word: string, lex: AttributionLexicon): boolean {
  const hit = orgCache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  const found = lex.organizations.has(w) || lex.organizationEndings.some((s) => w.endsWith(s));
  if (orgCache.size > CACHE_LIMIT) orgCache.clear();
  orgCache.set(word, found);
  return found;
}

const mediaCache = new Map<string, boolean>();

export function isMediaNoun(word: string, lex: AttributionLexicon): boolean {
  const hit = mediaCache.get(word);
  if (hit !== undefined) return hit;
  const w = word.toLowerCase();
  const singular = w.replace(/(en|n|s)$/, "");
  let found = false;
  for (const m of lex.media) if (w.endsWith(m) || singular.endsWith(m)) found = true;
  if (mediaCache.size > CACHE_LIMIT) mediaCache.clear();
  mediaCache.set(word, found);
  return found;
}

function isFunctionWord(lower: string): boolean {
  return CLOSED_CLASS.has(lower) || AUXILIARIES.has(lower);
}

export function isAdjectiveLike(t: Token): boolean {
  if (t.kind !== "word" || t.cap) return false;
  if (isFunctionWord(t.lower)) return false;
  return adjectiveEnding(t.lower) || startsWithDigit(t.lower) || t.lower.includes("-");
}

function isNameLike(t: Token | undefined): boolean {
  if (t?.kind !== "word" || t.q !== -1) return false;
  // "el-Baradei", "al-Assad"
  if (!t.cap) return (t.text[2] === "-" || t.text[3] === "-") && ARABIC_ARTICLE.test(t.text);
  // "Allerlei „Eye Candy“", "Vielerlei Gründe": an indeclinable quantifier in -erlei, capitalized at the start
  return !NAME_STOPS.has(t.lower) && !startsWithDigit(t.text) && !t.lower.endsWith("erlei");
}

/** "81-Jährige", "3-Jährigen": a number joined to a capitalized noun ("Jährige", "Jähriger"); written
 * small ("der 81-jährige sagte") it is the noun too when no noun follows it (`next`) to make it an
 * adjective ("der 81-jährige Mann"). */
export function isAgeNoun(t: Token, next?: Token): boolean {
  if (t.kind !== "word" || t.q !== -1 || !startsWithDigit(t.text)) return false;
  const dash = t.text.indexOf("-");
  if (dash <= 0) return false;
  if (t.text.startsWith("Jährig", dash + 1)) return true;
  return t.text.startsWith("jährig", dash + 1) && !(next?.kind === "word" && next.cap);
}

// These tests run for nearly every token a phrase reader looks at: char codes and sets, not regexes.
const ARABIC_ARTICLE = new RegExp(`^(${HYPHENATED_NAME_ARTICLES.join("|")})-\\p{Lu}`, "u");
const startsWithDigit = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
};
/** Ends in -e, -en, -er, -es or -em. */
function adjectiveEnding(w: string): boolean {
  const last = w[w.length - 1];
  if (last === "e") return true;
  return w[w.length - 2] === "e" && (last === "n" || last === "r" || last === "s" || last === "m");
}
/** Lower-case words inside a name: particles and the articles after them ("von der Leyen"). */
const PARTICLES = new Set([...NAME_PARTICLES, "der"]);
/** Function words that still stand where adjectives do: "im letzten Satz", "der vergangenen Woche" (adjectives
 * that are adverbs elsewhere) and quantifiers: "die beiden Mitglieder", "die anderen Länder", "die zwei
 * Forscher". */
const TIME_AND_QUANTITY = new Set([...RELATIVE_TIME_ADJECTIVES, ...ADJECTIVAL_QUANTIFIERS, ...NUMBER_WORDS]);

/** A phrase at token i with nothing read yet; the readers below fill it in. */
export function emptyNP(i: number): NP {
  return {
    start: i,
    end: i,
    pronoun: null,
    det: null,
    possessor: null,
    adjectives: [],
    caps: [],
    head: null,
    role: null,
    names: [],
    modifiers: [],
    title: null,
    org: false,
    media: false,
  };
}

/**
 * Parses a noun phrase starting at token i; null when there is none. The phrase is read left to right in
 * the order German builds it: pronoun, or determiner, possessor, extended attribute, adjectives, then a
 * quoted title or a run of capitalized words (the head and names); with `withModifiers`, then the
 * genitive or "von" phrases attached to it and a name in apposition. Each step takes the index of the
 * next token and returns the index after what it read.
 */
export function parseNP(toks: Token[], i: number, lex: AttributionLexicon, withModifiers = true): NP | null {
  // The role names, the frame rules and the subject search parse the same phrases of a unit again (a third
  // of all calls): the answers are kept for the token array parsed last (one unit at a time; no WeakMap,
  // whose entries cost every scavenge). Callers never change a phrase (quotedSpeaker copies it).
  if (memo.toks !== toks || memo.lex !== lex) {
    memo.toks = toks;
    memo.lex = lex;
    memo.at = new Map();
  }
  const key = withModifiers ? i : -1 - i;
  let np = memo.at.get(key);
  if (np === undefined) {
    np = parseUncached(toks, i, lex, withModifiers);
    memo.at.set(key, np);
  }
  return np;
}
const memo: { toks: Token[] | null; lex: AttributionLexicon | null; at: Map<number, NP | null> } = {
  toks: null,
  lex: null,
  at: new Map(),
};

function parseUncached(toks: Token[], i: number, lex: AttributionLexicon, withModifiers: boolean): NP | null {
  const first = toks[i];
  if (!first || first.q !== -1) return null;
  const np = emptyNP(i);
  if (readPronoun(toks, i, np)) return np;
  const group = readOneOfGroup(toks, i, lex, withModifiers);
  if (group) return group;
  let j = readDeterminer(toks, i, np);
  j = readPossessor(toks, j, np, lex);
  j = readExtendedAttribute(toks, j, np);
  j = readAdjectives(toks, j, np);
  j = readTitle(toks, j, np);
  if (!np.title) {
    j = readNameRun(toks, j, np, lex);
    if (np.caps.length === 0) return null;
  }
  np.end = j;
  if (!np.title) assignHead(np, lex);
  // "die Wochenzeitung „Die Zeit“", "der Zeitung „Hoy Bolivia“": a medium noun and the title that names it
  if (np.media && np.caps.length === 1 && toks[j]?.kind === "qopen") {
    j = readTitle(toks, j, np);
    np.end = j;
  }
  if (!withModifiers) return np;
  // "(CDU)"
  j = skipParenthesis(toks, j);
  j = readAttachedPhrases(toks, j, np, lex);
  j = readApposition(toks, j, np, lex);
  np.end = j;
  return np;
}

/** A phrase that is a pronoun: sets `np.pronoun` and `np.end`, true when it did. */
function readPronoun(toks: Token[], i: number, np: NP): boolean {
  const first = toks[i]!;
  // "sagte dieser", "so letztere": a demonstrative standing alone refers back like "er" / "sie"
  if (
    DEMONSTRATIVE_PRONOUNS.has(first.lower) &&
    first.kind === "word" &&
    !(toks[i + 1]?.kind === "word" && toks[i + 1]!.cap)
  ) {
    np.pronoun = { ...first, lower: /er$/.test(first.lower) ? "er" : "sie" };
    np.end = i + 1;
    return true;
  }
  // "Ihr Vorsitzender": a possessive before a noun, not the pronoun
  const possessive = first.lower === "ihr" && toks[i + 1]?.cap === true && toks[i + 1]?.kind === "word";
  if (first.kind === "word" && PERSONAL_PRONOUNS.has(first.lower) && !possessive) {
    np.pronoun = first;
    np.end = i + 1;
    return true;
  }
  return false;
}

/** "Einer der Feuerwehrmänner", "eine der Sprecherinnen", "einige der Abgeordneten": one or some of a group speaks for the group's noun, so
 * the phrase is the group's, starting at "einer". Null when the phrase is no such partitive. */
function readOneOfGroup(
  toks: Token[],
  i: number,
  lex: AttributionLexicon,
  withModifiers: boolean,
): NP | null {
  const after = toks[i + 1]?.lower;
  const q = toks[i]!.lower;
  // "Einige der Abgeordneten": a plural group, only in the genitive plural "der"
  const partitive = PARTITIVE_PRONOUNS.has(q) || (PLURAL_PARTITIVES.has(q) && after === "der");
  if (!partitive || (after !== "der" && after !== "des")) return null;
  const group = parseNP(toks, i + 1, lex, withModifiers);
  if (group && !group.pronoun && group.caps.length) return { ...group, start: i };
  return null;
}

/** An article, demonstrative, quantifier or possessive opening the phrase ("der", "ein", "seine"). */
function readDeterminer(toks: Token[], i: number, np: NP): number {
  const first = toks[i]!;
  if (first.kind === "word" && (DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower))) {
    np.det = first;
    return i + 1;
  }
  return i;
}

/** A genitive name before a role noun: "Russlands Unterhändler", "Trumps Sondergesandter". */
function readPossessor(toks: Token[], j: number, np: NP, lex: AttributionLexicon): number {
  const p = toks[j];
  const p2 = toks[j + 1];
  if (p && p2 && isNameLike(p) && /s$/.test(p.text) && isNameLike(p2) && !np.det && roleOf(p2.text, lex)) {
    np.possessor = p;
    return j + 1;
  }
  return j;
}

/**
 * "die in New York geborene Sängerin", "die zur Universität gehörende Stiftung", "ein nicht genannter
 * Vertreter": an extended attribute between the determiner and the noun, ending in a participle — or, when
 * a preposition opens it, in any declined adjective ("der für die Region zuständige Koordinator"). Its
 * words go to `np.modifiers`.
 */
function readExtendedAttribute(toks: Token[], j: number, np: NP): number {
  if (!np.det || toks[j]?.q !== -1 || isNameLike(toks[j]) || isAdjectiveLike(toks[j]!)) return j;
  const prepositional = PREPOSITIONS.has(toks[j]!.lower);
  for (let m = j; m < j + 10 && m + 1 < toks.length; m++) {
    const x = toks[m]!;
    // "der in West Richland, Washington, ansässigen Firma": a place's apposition between commas
    if (prepositional && x.text === "," && x.q === -1 && m > j + 1 && toks[m - 1]!.cap) continue;
    if (x.q !== -1 || x.kind !== "word") break;
    // an adjective right after the attribute's own noun ends it ("für die Region zuständige"), not one
    // inside a phrase of the attribute ("in lateinischer Sprache")
    const noun = toks[m - 1]!.text === "," ? toks[m - 2]! : toks[m - 1]!;
    const attribute =
      PARTICIPLE_ATTRIBUTE.test(x.lower) ||
      (prepositional && m > j + 1 && noun.cap && ADJECTIVE_ENDING.test(x.lower));
    if (!x.cap && attribute && !isFunctionWord(x.lower) && isNameLike(toks[m + 1])) {
      for (let k = j; k < m; k++) np.modifiers.push(toks[k]!);
      return m;
    }
  }
  return j;
}

/** Up to four adjectives before the noun, with the time and quantity words that stand where they do. */
function readAdjectives(toks: Token[], j: number, np: NP): number {
  for (let k = 0; k < 4; k++) {
    const t = toks[j];
    const dated = !!t && TIME_AND_QUANTITY.has(t.lower) && !!toks[j + 1]?.cap;
    // "Das lehnte Abhisit ab": a finite verb that is no adjective ends the phrase before it
    if (
      t &&
      t.q === -1 &&
      (isAdjectiveLike(t) || dated) &&
      toks[j + 1] &&
      !isAgeNoun(t, toks[j + 1]) &&
      !verbOnly(t.lower)
    ) {
      np.adjectives.push(t);
      j++;
    } else break;
  }
  return j;
}

/** A finite verb form the dictionary knows as no adjective: "lehnte", "sagte", "forderte" (not "geplante"). */
function verbOnly(lower: string): boolean {
  const hit = verbOnlyCache.get(lower);
  if (hit !== undefined) return hit;
  const c = wordClasses(lower);
  const found = c.indicative && !c.adjective;
  if (verbOnlyCache.size > CACHE_LIMIT) verbOnlyCache.clear();
  verbOnlyCache.set(lower, found);
  return found;
}
const verbOnlyCache = new Map<string, boolean>();

/** A quoted title in place of the noun: das „Wall Street Journal“, a medium and so an organization. */
function readTitle(toks: Token[], j: number, np: NP): number {
  if (toks[j]?.kind !== "qopen") return j;
  let m = j + 1;
  while (m < toks.length && toks[m]!.kind !== "qclose" && m - j < 12) m++;
  const close = toks[m];
  if (close && close.kind === "qclose" && m > j + 1) {
    np.title = { start: toks[j + 1]!.start, end: toks[m - 1]!.end };
    np.media = true;
    np.org = true;
    return m + 1;
  }
  return j;
}

/** The run of capitalized words (at most six) that holds the noun and the names, with the particles inside
 * a name ("Ursula von der Leyen"), into `np.caps`. */
function readNameRun(toks: Token[], j: number, np: NP, lex: AttributionLexicon): number {
  while (np.caps.length < 6) {
    const c = toks[j];
    // "der 81-Jährige", "die 45-Jährige": a noun of age after a determiner, the news style's anaphor
    if (c && np.caps.length === 0 && np.det && isAgeNoun(c, toks[j + 1])) {
      np.caps.push(c);
      j++;
      break;
    }
    if (c && (isNameLike(c) || (np.caps.length === 0 && lowerCaseName(toks, j, np)))) {
      np.caps.push(c);
      j++;
      // "laut Berichten Putinberater X": a source noun is a phrase of its own
      if (
        np.caps.length === 1 &&
        (lex.vagueSources.has(c.lower) || /^(medien|presse)?berichte?n?$/.test(c.lower))
      )
        break;
      continue;
    }
    // "Ursula von der Leyen": a particle inside a name run, not after a role noun
    const last = np.caps[np.caps.length - 1];
    // (before a name word: "zu Beginn", "zu Gast" are phrases, not "zu Guttenberg")
    const next = toks[j + 1];
    if (
      c &&
      last &&
      PARTICLES.has(c.lower) &&
      isNameLike(next) &&
      !NOT_NAME.has(next!.text) &&
      !roleOf(last.text, lex)
    ) {
      if (np.caps.length >= 1 && !isOrgNoun(last.text, lex) && !(np.det && np.caps.length === 1)) {
        np.caps.push(c);
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

/** "die taz", "eBay": a name written small — a word with a capital inside, or after a determiner a word the
 * dictionary does not know that no noun follows (an adjective would have its noun after it). */
function lowerCaseName(toks: Token[], j: number, np: NP): boolean {
  const c = toks[j]!;
  if (c.kind !== "word" || c.cap || c.q !== -1 || c.text.length < 3) return false;
  // "eBay", "iPhone": a capital as the second or third letter
  if (upperAt(c.text, 1) || upperAt(c.text, 2)) return MIXED_CASE_NAME.test(c.text);
  if (!np.det || isFunctionWord(c.lower)) return false;
  const next = toks[j + 1];
  if (next?.kind === "word" && next.cap) return false;
  if (!LOWER_WORD.test(c.text)) return false;
  const wc = wordClasses(c.lower);
  return !(wc.noun || wc.adjective || wc.verb || wc.participle);
}
const MIXED_CASE_NAME = /^\p{Ll}{1,2}\p{Lu}\p{Ll}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** A capital letter at `k` (A–Z, Ä, Ö, Ü): char codes, as this runs for many words. */
function upperAt(w: string, k: number): boolean {
  const c = w.charCodeAt(k);
  return (c >= 65 && c <= 90) || c === 196 || c === 214 || c === 220;
}

/** Which of the capitalized words is the head (a role, organization or medium noun, or the last name
 * word) and which are names. */
function assignHead(np: NP, lex: AttributionLexicon): void {
  const c0 = np.caps[0]!;
  // "Bundesrat Ignazio Cassis", "Stadträtin Anna Meier": a council's name before a person's is the
  // person's title (a member of it), not the council speaking
  // ("die Bundesrätin": the feminine is a member in any case)
  const council = (!np.det && np.caps.length >= 2) || c0.lower.endsWith("rätin") ? councilTitle(c0) : null;
  const r0 = council ?? roleOf(c0.text, lex);
  if (np.det || r0 || isOrgNoun(c0.text, lex) || isMediaNoun(c0.text, lex)) {
    np.head = c0;
    np.role = r0;
    np.names = np.caps.slice(1).filter((c) => !PARTICLES.has(c.lower) || c.cap);
    np.org = !r0 && isOrgNoun(c0.text, lex);
    np.media = isMediaNoun(c0.text, lex);
    // "der Ukraine", "die USA": a determiner before something that is not a common role/org noun
    if (np.det && !r0 && !np.org && !np.media && np.caps.length === 1) np.names = [];
    // "der Präsident Thailands": a place's genitive after a role noun, not the person's name; "die Junta
    // Indonesiens": after another noun, a body of that place
    if (np.names.length === 1 && isToponymGenitive(np.names[0]!.text)) {
      if (r0) {
        np.modifiers.push(np.names[0]!);
        np.names = [];
      } else np.org = true;
    }
  } else {
    np.names = np.caps;
    np.head = np.caps[np.caps.length - 1]!;
  }
}

/** "Bundesrat", "Stadträtin", "Nationalrätin": a compound on -rat/-rätin, the title of a council member
 * when a name follows. */
const COUNCIL_TITLE = /^\p{Lu}\p{L}+(?:rat|rätin)$/u;
const COUNCIL_ROLE: RoleInfo = { stem: "rat", kind: "OFFICIAL", qualifier: "" };

function councilTitle(t: Token): RoleInfo | null {
  if (!(t.lower.endsWith("rat") || t.lower.endsWith("rätin")) || !COUNCIL_TITLE.test(t.text)) return null;
  const qualifier = t.lower.replace(/(?:rat|rätin)$/, "");
  return { ...COUNCIL_ROLE, stem: t.lower.endsWith("in") ? "rätin" : "rat", qualifier };
}

/** A short parenthesis after a phrase: "(CDU)", "(IAEO)". */
function skipParenthesis(toks: Token[], j: number): number {
  if (toks[j]?.text !== "(") return j;
  let m = j + 1;
  while (m < toks.length && toks[m]!.text !== ")" && m - j < 6) m++;
  return toks[m]?.text === ")" ? m + 1 : j;
}

/**
 * "der Leiter des Programms der WHO", "Theo Kitz vom Bankhaus X": up to two genitive or "von" phrases
 * attached to the phrase. Their words go to `np.modifiers`, so the names in them are never the head.
 */
function readAttachedPhrases(toks: Token[], j: number, np: NP, lex: AttributionLexicon): number {
  const headIsNoun = !!(np.role || np.org || np.media || (np.det && np.names.length === 0));
  // "Ein Sprecher der „Polizei von X“, …" opening the clause: no verb stands before it, so "der" + quoted
  // name is a genitive, not a dative object ("sagte ein Sprecher der „Zeit“")
  const before = toks[np.start - 1];
  const prefield = !before || (before.kind === "punct" && before.q === -1);
  for (let n = 0; n < 2; n++) {
    const g = toks[j];
    if (!g || g.q !== -1) break;
    const takesGen =
      (headIsNoun || n > 0) &&
      np.names.length === 0 &&
      (g.lower === "des" || (g.lower === "der" && (toks[j + 1]?.kind !== "qopen" || prefield)));
    const takesVon =
      g.lower === "von" || g.lower === "vom" || (g.lower === "aus" && n === 0 && np.names.length > 0);
    if (!takesGen && !takesVon) break;
    const sub = parseNP(toks, takesVon ? j + 1 : j, lex, false);
    if (!sub || sub.caps.length + (sub.title ? 1 : 0) === 0 || sub.pronoun) break;
    for (let m = j; m < sub.end; m++) np.modifiers.push(toks[m]!);
    // "der Internationalen Atomenergie-Organisation (IAEO)"
    j = skipParenthesis(toks, sub.end);
  }
  return j;
}

/** "Ein Sprecher der Polizei, Lars Beringer, sagte": a name in apposition after a role phrase becomes the
 * phrase's names. */
function readApposition(toks: Token[], j: number, np: NP, lex: AttributionLexicon): number {
  // "der Koordinator, Peter Lang, …": a noun the lexicon has no role for, named by a given name and surname
  const named = !!np.det && isNameLike(toks[j + 2]) && lex.firstNames.has(toks[j + 1]?.text ?? "");
  if (toks[j]?.text !== "," || !(np.role || np.org || named) || np.names.length !== 0) return j;
  let m = j + 1;
  const names: Token[] = [];
  while (names.length < 4) {
    if (isNameLike(toks[m])) names.push(toks[m++]!);
    // "Heike van Laak", "Anna de la Cruz"
    else if (names.length && PARTICLES.has(toks[m]?.lower ?? "") && !toks[m]!.cap && isNameLike(toks[m + 1]))
      names.push(toks[m++]!);
    else break;
  }
  // "der Ministerpräsident des Landes, Karl Brenner (CDU), …": the party after the name
  if (names.length >= 1 && toks[m]?.text === "(") m = skipParenthesis(toks, m);
  if (
    names.length >= 1 &&
    (toks[m]?.text === "," || toks[m]?.kind === "word") &&
    !roleOf(names[0]!.text, lex)
  ) {
    np.names = names;
    return toks[m]?.text === "," ? m + 1 : m;
  }
  return j;
}

/** Character span of the phrase, for `speaker.mention`. */
export function npSpan(np: NP, toks: Token[]): { start: number; end: number } {
  let end = np.end;
  while (end > np.start + 1 && toks[end - 1]!.kind === "punct") end--;
  return { start: toks[np.start]!.start, end: toks[end - 1]!.end };
}
