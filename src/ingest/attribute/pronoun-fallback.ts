// A pronoun no salient subject or speaker before it explains: the person of its gender named just before
// ("Bei der Ankündigung durch den Präsidenten X hatte er …"), read from the recognizer's mentions and the
// role+name phrases of the text.

import type { Mention } from "../types.ts";

/** What the search reads of a referent. */
interface Person {
  type: string;
  gender: "m" | "f" | null;
}

/** Where people were named: the recognizer's mentions (of `personById`) and the text's role+name phrases. */
export interface NamedPeople<R extends Person> {
  text: string;
  mentions: Mention[];
  personById: (id: string) => R | null;
  roleNames: Array<R & { pos: number }>;
}

/** The person of the pronoun's gender named last in the 200 characters before `pos`, if any; for a personal
 * pronoun not one its own possessive introduced ("mit seinen Kollegen X und Y lenkte er"), while a
 * demonstrative points to exactly such a one ("mit dem Anwalt seiner Familie, X, sagte dieser"). */
export function namedJustBefore<R extends Person>(
  people: NamedPeople<R>,
  pos: number,
  p: string,
  demonstrative: boolean,
): R | null {
  const { text, mentions, personById, roleNames } = people;
  const owned = p === "er" ? /\bsein(e[mnrs]?)?\s/i : /\bihr(e[mnrs]?)?\s/i;
  const fits = (r: R, at: number) =>
    r.type === "PERSON" &&
    (p === "er" ? r.gender !== "f" : r.gender === "f") &&
    (demonstrative || !owned.test(text.slice(Math.max(0, at - 50), at)));
  for (let k = lastBefore(mentions, pos); k >= 0 && mentions[k]!.start >= pos - 200; k--) {
    const m = mentions[k]!;
    const r = personById(m.entityId);
    if (r && fits(r, m.start)) return r;
  }
  const t = roleNames[lastBefore(roleNames, pos)];
  return t && t.pos >= pos - 200 && fits(t, t.pos) ? t : null;
}

/** Index of the last record with pos < `pos` in a list sorted by pos, or -1. */
export function lastBefore(list: Array<{ pos: number } | { start: number }>, pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid]!;
    if (("pos" in x ? x.pos : x.start) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
