// The shape of a place's genitive after a noun: "der Präsident Indonesiens", "die Junta Thailands", "die
// Provinzen Kurdistans". Country and region names on -ien, -land and -stan take a genitive -s; a word of
// that shape after a noun is the noun's genitive complement, never a name of what the noun denotes.

/** Endings of country and region names: Indonesien, Thailand, Kurdistan. */
export const TOPONYM_ENDING = /\p{Ll}(?:ien|land|stan)$/u;

/** "Indonesiens", "Thailands": the genitive of a name shaped like a country's. */
export function isToponymGenitive(word: string): boolean {
  return word.length > 5 && word.endsWith("s") && TOPONYM_ENDING.test(word.slice(0, -1));
}
