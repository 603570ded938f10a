// Pronominal adverbs that point back to a source the text named before: "Demnach steht …" (according to
// it), and "Danach …" when the sentence before names a document ("Der Bericht liegt vor. Danach …"); in a
// narrative "Danach" is only "afterwards". Lower case.

/** "Demnach …", "Die Koalition hat sich demnach durchgesetzt": according to the source named before. */
export const SOURCE_ADVERBS = new Set(["demnach"]);

/** "Danach …" reads as "according to it" only after a sentence that names a document. */
export const DOCUMENT_ADVERBS = new Set(["danach", "hiernach"]);

/** Heads of nouns for documents and findings a source adverb can point back to ("ein Bericht der
 * Polizei", "die Studie", "die Gesetzesvorlage", "das Urteil"), as the end of the word (case-insensitive). */
export const DOCUMENT_NOUN =
  /(bericht|berichts|studie|umfrage|analyse|untersuchung|urteil|urteils|gesetz|gesetzes|entwurf|entwurfs|vorlage|statistik|mitteilung|meldung|erklärung|papier|papiers|prognose|schätzung|gutachten|gutachtens|protokoll|dokument|beschluss|beschlusses|verordnung|richtlinie|auswertung|hochrechnung|ergebnis|ergebnisse|ergebnissen|angaben|zeitung|entscheidung|darstellung|version|zahlen)$/i;
