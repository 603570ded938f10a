// Personal pronouns of German (nominative). Lower case.

/** Pronouns that stand as a subject right after the verb: "lenkte er", "sagte man". */
export const SUBJECT_PRONOUNS = new Set(["er", "sie", "es", "man", "ich", "wir"]);

export const PERSONAL_PRONOUNS = new Set([...SUBJECT_PRONOUNS, "ihr", "du"]);

/** Pronouns that name nobody: "hieß es", "sagt man". */
export const IMPERSONAL_PRONOUNS = new Set(["es", "man"]);

/** Pronouns for a person named before: "sagte er", "so sie". */
export const PERSON_PRONOUNS = new Set(["er", "sie"]);

/** The masculine object pronouns: "zitierte ihn", "wurde ihm zugeschrieben". */
export const MASCULINE_OBJECT_PRONOUNS = new Set(["ihn", "ihm"]);

/** Neuter demonstratives for what was said before: "Das berichtete die Zeitung", "Dies teilte X mit". */
export const NEUTER_DEMONSTRATIVES = new Set(["das", "dies", "dieses"]);
