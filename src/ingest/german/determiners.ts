// Determiners of German: the words that open a noun phrase before its adjectives and noun. Lower case.

import { GENITIVE_ARTICLES } from "./complements.ts";

/** Definite and indefinite articles in every case and gender. */
export const ARTICLES: readonly string[] = [
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "einen",
];

/** Indefinite articles: "ein Sprecher" introduces someone new. */
export const INDEFINITE_ARTICLES = new Set(ARTICLES.filter((a) => a.startsWith("ein")));

const DEMONSTRATIVE_DETERMINERS = [
  "dieser",
  "diese",
  "dieses",
  "diesem",
  "diesen",
  "jener",
  "jene",
  "jenes",
  "jenem",
  "jenen",
];
const NEGATIVE_DETERMINERS = ["kein", "keine", "keiner", "keinem", "keinen", "keines"];
const QUANTIFIERS = [
  "mehrere",
  "einige",
  "viele",
  "zahlreiche",
  "beide",
  "beiden",
  "alle",
  "manche",
  "etliche",
  "wenige",
  "andere",
];

/** Articles, demonstratives, "kein" and the quantifiers that open a noun phrase. */
export const DETERMINERS = new Set([
  ...ARTICLES,
  ...DEMONSTRATIVE_DETERMINERS,
  ...NEGATIVE_DETERMINERS,
  ...QUANTIFIERS,
]);

/** Possessive determiners of the third person and "unser". */
export const POSSESSIVES = new Set([
  "sein",
  "seine",
  "seiner",
  "seines",
  "seinem",
  "seinen",
  "ihr",
  "ihre",
  "ihrer",
  "ihres",
  "ihrem",
  "ihren",
  "unser",
  "unsere",
  "unserer",
  "unseres",
  "unserem",
  "unseren",
]);

/** Possessive determiners of the first and second person, which POSSESSIVES leaves out ("meine" is also
 *  the Konjunktiv of "meinen"). */
export const FIRST_SECOND_POSSESSIVES = new Set(
  ["mein", "dein", "euer", "eur"].flatMap((stem) =>
    ["", "e", "er", "es", "em", "en"].map((e) => (stem === "euer" && e ? "" : stem + e)).filter(Boolean),
  ),
);

/** Genitive relative and demonstrative pronouns that stand before a noun: "dessen Sprecher". */
export const GENITIVE_PRONOUNS: readonly string[] = ["dessen", "deren"];

/** Possessives of the third person singular that stand for their owner: "Seine Meinung:", "Ihre Antwort:". */
export const OWNER_POSSESSIVES = new Set(["sein", "seine", "ihr", "ihre"]);

/** Determiners in the genitive that open an owner's phrase: "Angaben des ZDF", "einem Bericht einer Zeitung". */
export const GENITIVE_DETERMINERS = new Set([...GENITIVE_ARTICLES, "eines", "einer"]);

/** Possessives in the genitive that open an owner's phrase: "Angaben seines Anwalts", "mit dem Anwalt seiner
 * Familie". */
export const GENITIVE_POSSESSIVES = new Set(["seines", "seiner", "ihres", "ihrer"]);
