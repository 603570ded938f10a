// Determiners that point back to someone named before.

import { ARTICLES, INDEFINITE_ARTICLES, POSSESSIVES } from "./determiners.ts";

/** "der", "die", "das", "dem", "den", "des": a description that points back to someone named before. */
export const DEFINITE_ARTICLES = new Set(ARTICLES.filter((a) => !INDEFINITE_ARTICLES.has(a)));

/** "seine", "ihren": possessives that point back to a person ("Nach seiner Kenntnis"); not "unser", and
 * not the genitives "seines" and "ihres". */
export const PERSON_POSSESSIVES = new Set(
  [...POSSESSIVES].filter((w) => (w.startsWith("sein") || w.startsWith("ihr")) && !w.endsWith("es")),
);
