// Conjunctions that add one more of the same: "Witkoff und Kushner", "Umerow sowie Hnatow". Unlike
// "oder" or "aber", they let a role cover the names they join.

export const ADDITIVE_CONJUNCTIONS = new Set(["und", "sowie"]);
