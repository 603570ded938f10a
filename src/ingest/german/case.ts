// Case marks of German that tell a clause's subject (nominative) from its objects. Lower case.

/** Determiners that are never nominative: "Dem Sender sagte die Ministerin", "Den Kritikern warf er vor",
 * "Des Weiteren verwies X". ("der" is also dative and genitive, but nominative too; it is not here.) */
export const NON_NOMINATIVE_DETERMINERS = new Set([
  "dem",
  "den",
  "des",
  "einem",
  "einen",
  "eines",
  "diesem",
  "diesen",
  "jenem",
  "jenen",
  "keinem",
  "keinen",
  "seinem",
  "seinen",
  "seines",
  "ihrem",
  "ihren",
  "ihres",
  "unserem",
  "unseren",
  "unseres",
]);

/** The nominative determiners of each gender, keyed by the definite article (and relative pronoun) of that
 * gender: an antecedent agrees with its relative pronoun ("der Minister …, der", "die Ministerin …, die", "ein
 * Sprecher …, der"), and a feminine singular subject takes one of `die`'s ("die Nennung", "eine Forderung"). */
export const NOMINATIVE_DETERMINERS: Readonly<Record<"der" | "die" | "das", readonly string[]>> = {
  der: ["der", "ein", "kein", "dieser", "jener"],
  die: ["die", "eine", "keine", "diese", "jene"],
  das: ["das", "ein", "kein", "dieses", "jenes"],
};

/** Personal pronouns that can only be nominative: after the finite verb they are the subject, whatever
 * stands before it ("Der Politik schlug er vor"). "sie", "es" and "ihr" are also objects. */
export const NOMINATIVE_ONLY_PRONOUNS = new Set(["er", "ich", "wir", "du"]);

/** Determiners that are only dative: "sagte dem Sender die Ministerin". */
export const DATIVE_DETERMINERS = new Set([
  "dem",
  "einem",
  "diesem",
  "jenem",
  "keinem",
  "seinem",
  "ihrem",
  "unserem",
]);
