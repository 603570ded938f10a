// Conjunctions of German. Lower case.

/** Words that open a subordinate clause (the finite verb goes to its end). */
export const SUBORDINATORS = new Set([
  "dass",
  "daß",
  "ob",
  "wonach",
  "weil",
  "wenn",
  "als",
  "da",
  "obwohl",
  "nachdem",
  "bevor",
  "damit",
  "sodass",
  "wie",
  "warum",
  "weshalb",
  "wieso",
  "wer",
  "was",
  "wo",
  "wann",
  "welche",
  "welcher",
  "welches",
  "falls",
  "sofern",
  "solange",
  "während",
  "indem",
  "seitdem",
  "bis",
  "ehe",
  "obgleich",
  "wohin",
  "woher",
]);

/** Content-clause openers after a verb of saying. */
export const CONTENT_OPENERS = new Set([
  "dass",
  "daß",
  "ob",
  "wonach",
  "warum",
  "weshalb",
  "wieso",
  "wer",
  "was",
  "wie",
  "wann",
  "wo",
  "welche",
  "welcher",
  "welches",
  "inwieweit",
  "inwiefern",
]);

/** Coordinating conjunctions: they join clauses without moving the verb. */
export const COORDINATORS = new Set(["und", "oder", "aber", "doch", "denn", "sondern", "sowie"]);
