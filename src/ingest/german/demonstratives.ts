// Demonstrative pronouns of German. Lower case.

/** Demonstratives that stand alone for a person named before, like "er" / "sie": "sagte dieser", "so
 * letztere". The nominative singular only, as a speaker is a subject. */
export const DEMONSTRATIVE_PRONOUNS = new Set(["dieser", "diese", "letzterer", "letztere", "jener", "jene"]);
