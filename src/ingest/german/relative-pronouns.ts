// Relative pronouns of German that open a relative clause. Lower case.

/** Relative pronouns as the subject of their clause: "…, der angab, …", "…, die erklärte, …". */
export const SUBJECT_RELATIVES = new Set(["der", "die", "welcher", "welche"]);

/** Relative pronouns after a preposition: "…, auf denen …", "…, in dem …". */
export const PREPOSITION_RELATIVES = new Set(["dem", "der", "denen", "den"]);

/** Relative words that name a source for the clause they open: "Studien, nach denen …", "Befunde, wonach
 * …", "Grundsätze, denen zufolge …", "Pläne, laut denen …". The preposition before the pronoun, the
 * postposition after it. */
export const SOURCE_RELATIVE_ADVERBS = new Set(["wonach"]);
export const SOURCE_RELATIVE_PREPOSITIONS = new Set(["nach", "laut", "gemäß"]);
export const SOURCE_RELATIVE_POSTPOSITIONS = new Set(["zufolge"]);
export const SOURCE_RELATIVES = new Set(["dem", "der", "denen"]);
