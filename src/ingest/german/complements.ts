// Words that open the complement of a noun: "Sondergesandter der Vereinigten Staaten", "Berater im
// Kanzleramt", "Berater von Kremlchef Putin". Case-sensitive, as they stand after the noun.

/** The definite article in the genitive (masculine/neuter "des", feminine and plural "der"). */
export const GENITIVE_ARTICLES = new Set(["der", "des"]);

/** A genitive article or a preposition naming where or whose. */
export const COMPLEMENT_OPENERS = new Set([...GENITIVE_ARTICLES, "im", "beim", "von", "vom", "bei", "aus"]);
