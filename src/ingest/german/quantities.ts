// Words of quantity that stand in a noun phrase of German. Lower case.

/** Pronouns that pick one out of a group named after them in the genitive: "einer der Feuerwehrmänner",
 * "keiner der Abgeordneten". */
export const PARTITIVE_PRONOUNS = new Set(["einer", "eine", "eines", "keiner"]);

/** Quantifiers inflected like an adjective after an article: "die beiden Mitglieder", "die meisten Länder". */
export const ADJECTIVAL_QUANTIFIERS: readonly string[] = [
  "beide",
  "beiden",
  "anderen",
  "vielen",
  "meisten",
  "wenigen",
  "einigen",
];

/** Small cardinal numbers written as words before a noun: "die zwei Forscher". */
export const NUMBER_WORDS: readonly string[] = ["zwei", "drei", "vier", "fünf"];

/** Cardinals written as words that may stand inside a noun phrase: "zwölf Abgeordnete", "hundert Fans". */
export const CARDINAL_WORDS = new Set([
  ...NUMBER_WORDS,
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "zwölf",
  "zwanzig",
  "hundert",
]);

/** Stems of the ordinals written as words ("der achte Tag"), declined like adjectives. */
export const ORDINAL_STEMS: readonly string[] = [
  "erst",
  "zweit",
  "dritt",
  "viert",
  "fünft",
  "sechst",
  "siebt",
  "acht",
  "neunt",
  "zehnt",
  "elft",
  "zwölft",
  "zwanzigst",
  "hundertst",
];
