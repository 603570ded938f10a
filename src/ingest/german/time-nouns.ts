// Nouns that name a time, not someone: "von Sonntag", "sagte heute Abend", "hatte letzten September
// kritisiert". Standing bare (without an article) they are adverbials of time, never a speaker.

import { JAENNER, MONTHS, WEEKDAYS } from "./calendar.ts";

/** Parts of a day, alone or after a weekday ("Sonntagabend", "Montagmorgen"). */
const DAY_PARTS = ["morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"];

const TIME_WORD = new RegExp(
  `^(?:(?:${WEEKDAYS.join("|")})(?:${DAY_PARTS.join("|")})?|${DAY_PARTS.join("|")}|${MONTHS.join("|")}|${JAENNER})s?$`,
);

/** Whether a word (any case) names a day, a part of the day or a month. */
export function isTimeNoun(lower: string): boolean {
  return TIME_WORD.test(lower);
}
