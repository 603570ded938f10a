// Grammatical gender as determiners show it. Lower case.

/** Determiners never neuter in any case: a phrase they open is no antecedent of a neuter "das" ("der Sitzung
 * der Behörde von Ägypten, das …" hangs on "Ägypten"). */
export const NON_NEUTER_DETERMINERS = new Set([
  "der",
  "die",
  "den",
  "eine",
  "einer",
  "diese",
  "dieser",
  "jene",
  "jener",
  "keine",
  "keiner",
]);
