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

/** Openers of an adverbial or relative clause after a verb of saying: "…, um … zu", "…, nachdem …",
 * "…, welche …" are no content. */
export const NON_CONTENT_OPENERS = new Set([
  "um",
  "nachdem",
  "welche",
  "welcher",
  "welches",
  "weil",
  "bevor",
  "obwohl",
  "damit",
  "sodass",
  "während",
  "als",
  "wenn",
  "indem",
  "wobei",
]);

/** Subordinators of an adverbial clause whose verb of saying may frame what follows: "Während X erklärte,
 * aufgeregt zu sein, …". */
export const FRAME_SUBORDINATORS = new Set([
  "als",
  "während",
  "nachdem",
  "da",
  "weil",
  "obwohl",
  "indem",
  "wobei",
]);

/** The first part of a correlative conjunction: "Sowohl Kiew als auch die Europäer". */
export const CORRELATIVES = new Set(["sowohl", "weder", "entweder"]);

/** Coordinators that may stand before a sentence-initial "wie": "Denn wie schon die WHO sagte, …". */
export const LEADING_COORDINATORS = new Set(["denn", "und", "aber", "doch"]);

/** Coordinators that join two main clauses after a comma, each with its own subject and verb: "…, doch der
 * Sprecher erklärte, …", "…, aber die Polizei teilte mit, …". */
export const CLAUSE_COORDINATORS = new Set(["doch", "aber", "sondern", "denn", "und"]);

/** Coordinators of a list: "„A“, „B“ und „C“", "und „…“" going on from the sentence before. */
export const LIST_COORDINATORS = new Set(["und", "oder", "sowie"]);

/** Words that join or extend noun phrases without a verb: "X und Y", "als Sprecher", "auch der Minister". */
export const PHRASE_LINKS = new Set(["und", "oder", "als", "auch", "noch", "sowie"]);
