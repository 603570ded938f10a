// All closed word classes in one set, as the phrase readers ask "is this a function word" of nearly
// every token.
import { ADVERBS } from "./adverbs.ts";
import { COORDINATORS, SUBORDINATORS } from "./conjunctions.ts";
import { DETERMINERS, POSSESSIVES } from "./determiners.ts";
import { PREPOSITIONS } from "./prepositions.ts";
import { PERSONAL_PRONOUNS } from "./pronouns.ts";

export const CLOSED_CLASS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...ADVERBS,
  ...SUBORDINATORS,
  ...COORDINATORS,
  ...PERSONAL_PRONOUNS,
  ...POSSESSIVES,
]);
