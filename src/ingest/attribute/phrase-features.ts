// What a speaker phrase says about its referent by itself, before any context: the gender (from a given
// name, a feminine role noun or the article) and the sides its role is tied to ("der russische
// Unterhändler", "Nato-Chef"). The resolver compares these with earlier referents.

import { DEFINITE_ARTICLES } from "../german/anaphoric-determiners.ts";
import { FEMININE_ARTICLES, MASCULINE_ARTICLES } from "../german/articles-by-gender.ts";
import { isInflectedNounOrCompound } from "../german/compound-nouns.ts";
import { isCommonNoun, wordClasses } from "../german/dictionary.ts";
import { isAbstractNoun, isDocumentNoun } from "../german/document-nouns.ts";
import type { Entity, RoleKind, Token } from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { type NP, roleOf } from "./np.ts";

/** Offices of government: a definite "der Minister" names the holder, never someone introduced in another role. */
export const GOV_OFFICES: ReadonlySet<RoleKind> = new Set([
  "MINISTER",
  "HEAD_OF_STATE",
  "HEAD_OF_GOVERNMENT",
]);

/** A phrase that names who acts: a name, a role, an organization. */
export function isNamed(np: NP): boolean {
  return !!(np.names.length || np.role || np.org);
}

/** A phrase that can be the one who says something: a pronoun, a name, a role, an organization, a medium. */
export function isActor(np: NP): boolean {
  return !!(np.pronoun || np.media) || isNamed(np);
}

/** "der Wärter", "Die BVG": a definite phrase whose head is no abstract noun ("der Wahl", "die Lage") nor a
 * text that speaks only through its owner ("der Bericht") — a group, a body or a person the lexicon does not
 * know. */
export function isUnknownActor(np: NP): boolean {
  const head = np.head ?? np.caps.at(-1);
  return (
    DEFINITE_ARTICLES.has(np.det?.lower ?? "") &&
    !!head?.cap &&
    !isAbstractNoun(head.text) &&
    !isDocumentNoun(head.lower)
  );
}

/** Endings a side word may carry: "russische", "Russlands" → "russisch", "russland". Morphology, kept here. */
const STRIP = ["", "e", "en", "er", "es", "em", "s", "n"];
const sideCache = new Map<string, string | null>();
/** Word caches are per process; a long ingest clears them rather than growing without bound. */
const CACHE_LIMIT = 50_000;

/** The side ("russland", "nato") a word names, if any: the word, or one of its hyphen or space parts. */
export function sideOf(word: string, lex: AttributionLexicon): string | null {
  const hit = sideCache.get(word);
  if (hit !== undefined) return hit;
  const found = sideUncached(word, lex);
  if (sideCache.size > CACHE_LIMIT) sideCache.clear();
  sideCache.set(word, found);
  return found;
}

function sideUncached(word: string, lex: AttributionLexicon): string | null {
  const w = word.toLowerCase();
  for (const part of [w, ...w.split(/[-\s]/)]) {
    for (const s of STRIP) {
      if (s && !part.endsWith(s)) continue;
      const base = s ? part.slice(0, -s.length) : part;
      const hit = lex.sides.get(base);
      if (hit) return hit;
    }
  }
  return null;
}

/** Sides ("russland", "nato") a phrase ties its role to. */
export function sidesOf(np: NP, lex: AttributionLexicon): Set<string> {
  const out = new Set<string>();
  for (const a of np.adjectives) addSide(out, a.text, lex);
  if (np.possessor) addSide(out, np.possessor.text, lex);
  if (np.role?.qualifier) addSide(out, np.role.qualifier, lex);
  for (const m of np.modifiers) {
    addSide(out, m.text, lex);
    const r = roleOf(m.text, lex);
    if (r?.qualifier) addSide(out, r.qualifier, lex);
  }
  return out;
}

// Module level, not a closure in sidesOf: tsx (esbuild keepNames) names every closure through a
// defineProperty call each time it is created, which cost more than the lookups here.
function addSide(out: Set<string>, w: string, lex: AttributionLexicon): void {
  const s = sideOf(w, lex);
  if (s) out.add(s);
}

/** The gender a phrase gives its referent: from a given name, a feminine role noun ("Sprecherin"), or the
 * article. */
export function genderOf(np: NP, lex: AttributionLexicon): "m" | "f" | null {
  if (np.names.length >= 2) {
    const g = genderOfFirstName(np.names[0]!.text, lex);
    if (g) return g;
  }
  const head = np.head?.lower ?? "";
  if (np.role && /(in|innen)$/.test(head) && !/(ein|stein|lin|kin)$/.test(head)) return "f";
  const d = np.det?.lower ?? "";
  if (MASCULINE_ARTICLES.has(d)) return "m";
  if (FEMININE_ARTICLES.has(d)) return np.role ? "f" : null;
  return null;
}

/** Grammatical gender of a person from a given name, when the name says it. */
export function genderOfFirstName(first: string, lex: AttributionLexicon): "m" | "f" | null {
  const f = first.toLowerCase();
  if (lex.femaleNames.has(f)) return "f";
  if (f.length > 2 && f.endsWith("a") && !lex.maleNamesInA.has(f)) return "f";
  if (/^\p{L}{2,}$/u.test(f)) return "m";
  return null;
}

/** Capitals that name things, not a person: every word a common noun (or a compound on one) or an
 * adjective, and the last one an inflected noun ("Besondere Probleme", "Hohe Studiengebühren"). Surnames
 * stand in their base form. */
export function isThingPlural(names: Token[]): boolean {
  const last = names[names.length - 1];
  if (!last || !isInflectedNounOrCompound(last.text)) return false;
  return names.every(
    (n) =>
      n === last ||
      isCommonNoun(n.text) ||
      isInflectedNounOrCompound(n.text) ||
      wordClasses(n.text).adjective,
  );
}

/** "Umweltministerin Leonore Gewessler", "Frau Roth": a feminine role noun or "Frau" before a mention of the
 * person says more than the first name; else the first name (`first`: the name's words). */
export function personGender(
  e: Entity,
  first: string[],
  text: string,
  lex: AttributionLexicon,
): "m" | "f" | null {
  const gender = first.length > 1 ? genderOfFirstName(first[0]!, lex) : null;
  for (const m of e.mentions) {
    // "Die Anwältin Samanis": the role of the genitive's head, not of the name
    if (m.text.endsWith("s") && !e.name.endsWith("s")) continue;
    const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
    if (before && (before === "Frau" || (/in$/.test(before) && roleOf(before, lex)))) return "f";
  }
  return gender;
}
