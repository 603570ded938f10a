// A clause that can stand before its main clause as a condition or a free relative ("Wer das sagt, der
// irrt", "Wenn es regnet, dann …"), and the words that resume it at the start of the main clause. Lower case.

/** Openers of a conditional clause or a free relative. */
export const CONDITIONAL_OPENERS = new Set(["wer", "was", "wenn", "falls", "sofern", "solange"]);

/** Words that resume such a clause: "…, der irrt", "…, dann gilt", "…, so sagte er". */
export const RESUMPTIVES = new Set(["der", "die", "das", "dem", "den", "dann", "so"]);
