// Words that open a sentence as an adverbial although they are capitalised there: adjectives and
// participles used as adverbs ("Offiziell geht die Regierung davon aus", "Langfristig strebt …",
// "Befragt nach … sagte X", "Stellvertretend für … empfahl X"). A bare singular noun seldom stands as a
// subject without its article, and plurals end otherwise, so the shape of the word tells it. Lower case.

import { isCapitalizedParticiple } from "./dictionary.ts";

/** Endings of adjectives and adverbs: offiziell, langfristig, monatelang, tatsächlich, daraufhin, … */
const ADVERBIAL_ENDING = /(?:ig|lich|isch|lang|weise|falls|mals|bar|sam|haft|los|ell|hin|dings|wärts|end)$/;

/** Past participles: befragt, gefragt, angeführt, vermutet (prefix, then -t). */
const PARTICIPLE = /^(?:\p{L}{0,5}ge|be|ver|er|ent|zer)\p{L}{2,}t$/u;

/** Whether a capitalised word that opens a clause reads as an adverbial rather than as a noun. */
export function adverbialShape(lower: string): boolean {
  if (lower.length <= 4) return false;
  if (ADVERBIAL_ENDING.test(lower) || PARTICIPLE.test(lower)) return true;
  // the participles no shape tells: strong ("Angesprochen auf …"), after a long particle
  // ("Zusammengefasst …"), on -iert ("Informiert …"); adjectives are left to the shape, as many are
  // surnames too ("Klein sagte …")
  return isCapitalizedParticiple(lower.charAt(0).toUpperCase() + lower.slice(1));
}
