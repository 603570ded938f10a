// Relative pronouns of German that open a relative clause. Lower case.

/** Relative pronouns as the subject of their clause: "…, der angab, …", "…, die erklärte, …". */
export const SUBJECT_RELATIVES = new Set(["der", "die", "welcher", "welche"]);

/** Relative pronouns after a preposition: "…, auf denen …", "…, in dem …". */
export const PREPOSITION_RELATIVES = new Set(["dem", "der", "denen", "den"]);
