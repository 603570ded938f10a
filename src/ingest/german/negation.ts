// Words that negate a clause of German. Lower case.

/** "sagte nicht", "bestätigte keine Einzelheiten": a verb of saying negated near it says nothing. */
export const NEGATIONS = new Set(["nicht", "nichts", "kein", "keine", "nie"]);
