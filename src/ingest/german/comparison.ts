// Adjectives whose comparative and superlative are not the positive + "er"/"(e)st".

/** positive → [comparative, superlative] stems: "gut" → "besser", "best" */
export const IRREGULAR_COMPARISON: ReadonlyMap<string, string[]> = new Map([
  ["gut", ["besser", "best"]],
  ["hoch", ["höher", "höchst"]],
  ["nah", ["näher", "nächst"]],
  ["gern", ["lieber", "liebst"]],
  ["viel", ["mehr", "meist"]],
]);
