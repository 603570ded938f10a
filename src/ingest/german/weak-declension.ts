// Words after which German declines an adjective weak ("der Jungen Union", "im Deutschen Bundestag"): the
// definite articles and the prepositions contracted with one. Lower case.
import { ARTICLES } from "./determiners.ts";

/** Prepositions contracted with a definite article in the dative: "am" (an dem), "zur" (zu der). */
const DATIVE_CONTRACTIONS = ["am", "im", "beim", "vom", "zum", "zur"];

export const WEAK_DECLENSION_OPENERS = new Set([
  ...ARTICLES.filter((a) => !a.startsWith("ein")),
  ...DATIVE_CONTRACTIONS,
]);
