// Prepositions of German, with their contractions with an article ("am", "im", "zum"). Lower case.

export const PREPOSITIONS = new Set([
  "mit",
  "am",
  "an",
  "auf",
  "aus",
  "bei",
  "beim",
  "nach",
  "von",
  "vom",
  "zu",
  "zum",
  "zur",
  "in",
  "im",
  "ins",
  "über",
  "unter",
  "vor",
  "für",
  "gegen",
  "ohne",
  "um",
  "durch",
  "seit",
  "bis",
  "laut",
  "trotz",
  "wegen",
  "während",
  "zwischen",
  "hinter",
  "neben",
  "statt",
  "anstelle",
  "gemäß",
  "innerhalb",
  "außerhalb",
  "angesichts",
  "aufgrund",
  "infolge",
  "ans",
  "aufs",
  "gegenüber",
  "entlang",
  "dank",
  "mittels",
  "ab",
  "unweit",
  "nahe",
  "binnen",
  "jenseits",
  "diesseits",
  "anlässlich",
  "bezüglich",
  "hinsichtlich",
]);

/** Prepositions of the place words came from: "hieß es aus Regierungskreisen", "Im Bericht heißt es". */
export const SOURCE_PREPOSITIONS = new Set(["aus", "von", "vom", "in", "im", "bei", "beim"]);

/** Prepositions of the agent of a passive and of an owner: "wurde von der Opposition gefordert". */
export const AGENT_PREPOSITIONS = new Set(["von", "vom"]);

/** Prepositions of an origin attribute after a noun: "ein Prediger aus London", "der Bürgermeister von Rom". */
export const ORIGIN_PREPOSITIONS = new Set(["aus", "von", "vom"]);

/** Words that are a preposition or a subordinator: "Bis ins hohe Alter", "bis er kam". */
export const PREPOSITION_SUBORDINATORS = new Set(["bis", "während", "seit"]);

/** Contractions of a preposition of direction with an article: "ins", "zum", "zur". */
export const DIRECTIONAL_CONTRACTIONS = new Set(["ins", "zum", "zur"]);

/** Prepositions of the text or surface words stand in: "In der Zeitung fand sich die Feststellung …", "Auf dem
 * Transparent war die Parole …". */
export const PLACE_OF_WORDS_PREPOSITIONS = new Set(["in", "im", "auf"]);
