// German compounds put their head last: "Studiengebühren" is a plural of "Gebühr" whatever the
// dictionary knows of the whole word. Asked of the few capitalized words a speaker phrase offers as
// names, never per token.

import { isCommonNoun, isInflectedNoun } from "./dictionary.ts";

/** A compound head shorter than this ("-eier" in "Steinmeier") is too often the tail of a surname. */
const MIN_HEAD = 5;
const memo = new Map<string, boolean>();
const MEMO_LIMIT = 20_000;

/** A plural or other inflected form of a common noun, the word itself or its compound head: "Probleme",
 *  "Parolen", "Studiengebühren", "Augenzeugenberichten". Surnames stand in their base form, so such a
 *  word is no name. */
export function isInflectedNounOrCompound(word: string): boolean {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let found = inflected(word);
  for (let k = 2; !found && k <= word.length - MIN_HEAD; k++) {
    // a genitive head ("Hermanns" → "Manns") is as often a surname's -s
    if (word.endsWith("s") || word.charCodeAt(k) === 45) break;
    found = inflected(headFrom(word, k));
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found;
}

/** Never a base form, or a plural in -e, -n, -en of a noun the dictionary knows ("Berichten" is also the
 *  nominalized infinitive, "Gebühren" the verb's). */
function inflected(w: string): boolean {
  if (isInflectedNoun(w)) return true;
  if (!isCommonNoun(w)) return false;
  if (w.endsWith("en") && isCommonNoun(w.slice(0, -2))) return true;
  return (w.endsWith("n") || w.endsWith("e")) && isCommonNoun(w.slice(0, -1));
}

/** A common noun the dictionary knows, whole or as the head of a compound it lacks: "Auskunft", "Wortbruch"
 *  (head "Bruch"). Heads shorter than MIN_HEAD are left out: "Zimmer|mann", "Rosen|berg" are surnames. */
export function isNounOrCompound(word: string): boolean {
  if (isCommonNoun(word)) return true;
  for (let k = 3; k <= word.length - MIN_HEAD; k++) {
    if (word.charCodeAt(k - 1) === 45 || word.charCodeAt(k) === 45) continue;
    if (isCommonNoun(headFrom(word, k))) return true;
  }
  return false;
}

/** The compound's head from character k on, capitalized as a noun: "Wort|bruch" → "Bruch". */
function headFrom(word: string, k: number): string {
  return word[k]!.toUpperCase() + word.slice(k + 1);
}
