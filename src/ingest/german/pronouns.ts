// Personal pronouns of German (nominative). Lower case.

export const PERSONAL_PRONOUNS = new Set(["er", "sie", "es", "man", "ich", "wir", "ihr", "du"]);
