// Words that place a time relative to the time of writing. Lower case.

/** Adjectives of relative time: "im letzten Satz", "der vergangenen Woche", "in den nächsten Tagen". */
export const RELATIVE_TIME_ADJECTIVES: readonly string[] = [
  "letzte",
  "letzten",
  "vergangene",
  "vergangenen",
  "nächste",
  "nächsten",
];
