// Endings of German words: the inflection of adjectives, the genitive of names, the derivational
// suffixes of common nouns, of nouns for people and of demonyms.

/** Endings of a declined adjective ("russisch|e", "russisch|en", …). */
export const ADJECTIVE_ENDINGS: readonly string[] = ["e", "en", "er", "es", "em"];

/** A word ending like a declined adjective ("außenpolitische", "hochrangigen"). */
export const ADJECTIVE_ENDING = new RegExp(`(?:${ADJECTIVE_ENDINGS.join("|")})$`);

/** Names ending in one of these write the genitive with an apostrophe: "Budrys'", not "Budryss". */
export const GENITIVE_APOSTROPHE = /[sßxz]$/;

/** Endings of German common nouns; a capitalized word with one of them is no name. */
export const NOUN_SUFFIX =
  /(?:ung|heit|keit|schaft|tion|sion|ismus|ität|tät|ment|nis|chen|lein|ei|ie)(?:en|n|s)?$/;

/** Endings of nouns for people ("Pilot", "Fahrer", "Diplomat", "Polizist"), whom a name after them names in
 *  apposition ("der Pilot Charles Riggs"), not as their owner. */
export const PERSON_NOUN_ENDING = /(?:er|or|ot|at|ist|ent|ant|eur|oge|e|in)$/;

/** Endings that make a demonym of a nationality adjective's stem ("russ|isch" → "Russ|in", "Russ|e",
 *  "Österreich|er", "Amerikan|erin"), tried in this order. */
export const DEMONYM_ENDINGS: readonly string[] = ["erin", "in", "e", "er"];
