// Words that make a number approximate or bound it, standing before it in a noun phrase: "rund 37 Prozent",
// "mehr als 200 Menschen", "bis zu 130 Mitarbeiter". Lower case.

/** Up to two of them open a phrase whose number follows. */
export const APPROXIMATORS = new Set([
  "rund",
  "etwa",
  "ungefähr",
  "circa",
  "ca.",
  "knapp",
  "fast",
  "beinahe",
  "annähernd",
  "mindestens",
  "höchstens",
  "gut",
  "über",
  "mehr",
  "weniger",
  "als",
  "bis",
  "zu",
]);
