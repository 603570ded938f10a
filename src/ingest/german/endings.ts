// Endings of German words: the inflection of adjectives, the genitive of names, the derivational
// suffixes of common nouns.

/** Endings of a declined adjective ("russisch|e", "russisch|en", …). */
export const ADJECTIVE_ENDINGS: readonly string[] = ["e", "en", "er", "es", "em"];

/** A word ending like a declined adjective ("außenpolitische", "hochrangigen"). */
export const ADJECTIVE_ENDING = new RegExp(`(?:${ADJECTIVE_ENDINGS.join("|")})$`);

/** Names ending in one of these write the genitive with an apostrophe: "Budrys'", not "Budryss". */
export const GENITIVE_APOSTROPHE = /[sßxz]$/;

/** Endings of German common nouns; a capitalized word with one of them is no name. */
export const NOUN_SUFFIX =
  /(?:ung|heit|keit|schaft|tion|sion|ismus|ität|tät|ment|nis|chen|lein|ei|ie)(?:en|n|s)?$/;
