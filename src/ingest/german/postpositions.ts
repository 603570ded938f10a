// Prepositions that follow their noun phrase: "der Zeitung gegenüber", "den Angaben zufolge". Lower case.

export const POSTPOSITIONS = new Set(["gegenüber", "zufolge", "zuliebe", "entgegen"]);
