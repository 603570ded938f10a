// Nouns that are things, not speakers, by their form: texts and findings that speak in news style on their
// own ("Die Studie nennt X als Ursache"), and abstract nouns by their suffix ("Vertagung", "Möglichkeit").

/** Endings of such nouns (lower case, also in compounds: "Jahresbericht", "Regierungspapier"). */
const DOCUMENT_ENDING =
  /(?:studie|bericht|umfrage|analyse|untersuchung|gutachten|papier|dokument|urteil|resolution|entwurf|erhebung|statistik|prognose|schätzung|auswertung|text|artikel|beitrag|meldung|zeitung|blatt|brief|schreiben|mitteilung|erklärung|stellungnahme)$/;

/** Whether a noun (lower case, with or without a case ending) names a text that speaks. */
export function isDocumentNoun(lower: string): boolean {
  return (
    DOCUMENT_ENDING.test(lower) ||
    DOCUMENT_ENDING.test(lower.slice(0, -1)) ||
    DOCUMENT_ENDING.test(lower.slice(0, -2))
  );
}

/** Suffixes of abstract nouns, never a name: "Vertagung", "Freiheit", "Möglichkeit", "Situation". */
const ABSTRACT_ENDING = /(?:ung|heit|keit|tion|ität|nis)(?:en|se)?$/;

/** Whether a capitalized word (as written) is an abstract noun by its suffix. */
export function isAbstractNoun(word: string): boolean {
  return ABSTRACT_ENDING.test(word);
}
