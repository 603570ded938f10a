// Nouns for the occasion or the document in which someone spoke: "hieß es bei einer Pressekonferenz von X",
// "hieß es in einer Mitteilung der Partei". The occasion does not speak; its owner does. Lower case.

/** Endings of nouns for a speech occasion or a written statement (also in compounds: "Regierungserklärung",
 * "Fernsehinterview", "Parteitagsrede"). */
const OCCASION_ENDING =
  /(?:konferenz|interview|gespräch|rede|ansprache|sitzung|debatte|mitteilung|erklärung|stellungnahme|auftritt|schreiben|brief)$/;

/** Whether a noun (lower case, any case ending) names where words were said rather than who said them. */
export function isSpeechOccasion(lower: string): boolean {
  return (
    OCCASION_ENDING.test(lower) ||
    OCCASION_ENDING.test(lower.slice(0, -1)) ||
    OCCASION_ENDING.test(lower.slice(0, -2))
  );
}
