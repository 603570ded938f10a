// Relative German date expressions resolved against the article's date: "am Wochenende",
// "am vergangenen Sonntag und Montag", "im November", "am 14. Dezember", "gestern", "am Abend".
// The tense of the sentence decides between the last and the next occurrence where German leaves it open.

import { MONTHS, WEEKDAYS } from "../german/calendar.ts";

export interface Reference {
  /** "YYYY-MM-DD" */
  date: string;
  /** "HH:mm" when the article printed a time. */
  time: string | null;
}

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** "YYYY-MM-DD", or "YYYY-MM" for a month. */
  from: string;
  to: string;
  granularity: "day" | "month";
  /** "seit Juli": a starting point, not the time of an event. */
  since: boolean;
}

/** The reference date of an article from its publishedAt ("2025-12-20T07:13" or "2025-12-20"). */
export function referenceOf(publishedAt: string | null | undefined): Reference | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(publishedAt ?? "");
  if (!m) return null;
  const date = m[1]!;
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  return { date, time: m[2] ?? null };
}

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(isoDate: string, n: number): string {
  const d = toDate(isoDate);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}
function weekday(isoDate: string): number {
  return toDate(isoDate).getUTCDay();
}
const pad = (n: number) => String(n).padStart(2, "0");

type Tense = "past" | "future" | null;

const FUTURE =
  /\b(?:soll|sollen|werde|würde|würden|sollte|sollten|will|wollen|werden|wird|geplant|plant|planen|kommenden|nächsten|kommende|nächste|voraussichtlich|bevorstehenden)\b/i;
const PAST =
  /\b(?:hatte|hatten|war|waren|traf|trafen|gab|fand|fanden|sprach|sprachen|kam|kamen|vergangenen|vergangene|zuletzt|bereits|beendet|zusammengekommen|getroffen|geführt|gesagt|erklärte|sagte)\b/i;

/** Tense of a sentence, from its auxiliaries and time adverbs; null when it says neither. */
export function tenseOf(sentence: string): Tense {
  const future = FUTURE.test(sentence);
  const past = PAST.test(sentence);
  if (future && !past) return "future";
  if (past && !future) return "past";
  return null;
}

/** The weekday `day` (0 = Sunday) nearest to ref in the given direction; `strict` excludes ref itself. */
export function resolveWeekday(
  ref: string,
  day: number,
  direction: "past" | "future",
  strict = false,
): string {
  const diff = day - weekday(ref);
  if (direction === "past") {
    let back = (7 - diff) % 7;
    if (back === 0 && strict) back = 7;
    return addDays(ref, -back);
  }
  let fwd = (diff + 7) % 7;
  if (fwd === 0 && strict) fwd = 7;
  return addDays(ref, fwd);
}

/** Saturday–Sunday of the weekend meant by "am Wochenende" in an article of date ref. */
export function resolveWeekend(
  ref: string,
  tense: Tense,
  qualifier: "last" | "next" | "this" | null,
): [string, string] {
  const wd = weekday(ref);
  let saturday: string;
  if (qualifier === "last") saturday = resolveWeekday(ref, 6, "past", true);
  else if (qualifier === "next") saturday = resolveWeekday(ref, 6, "future", true);
  else if (wd === 6) saturday = ref;
  else if (wd === 0) saturday = addDays(ref, -1);
  else if (wd === 1 || (tense === "past" && qualifier !== "this")) saturday = resolveWeekday(ref, 6, "past");
  else saturday = resolveWeekday(ref, 6, "future");
  // "vergangenes Wochenende" on a Saturday/Sunday is the one before
  if (qualifier === "last" && (wd === 0 || wd === 6)) {
    const thisSat = wd === 6 ? ref : addDays(ref, -1);
    if (saturday >= thisSat) saturday = addDays(thisSat, -7);
  }
  return [saturday, addDays(saturday, 1)];
}

/** The year of a month named without one: the past occurrence unless the sentence looks ahead. */
function yearOfMonth(ref: string, month: number, tense: Tense): number {
  const y = Number(ref.slice(0, 4));
  const refMonth = Number(ref.slice(5, 7));
  if (tense === "future") return month < refMonth ? y + 1 : y;
  return month > refMonth ? y - 1 : y;
}

const capitalized = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// Weekday and month names as printed, and "Sonnabend" for Samstag.
const WD = `(?:${[...WEEKDAYS.map(capitalized), "Sonnabend"].join("|")})`;
const MO = `(?:${MONTHS.map(capitalized).join("|")})`;
// `\b` sees no word boundary before "Ü" (not a \w character), so "Übermorgen" and "Übers Wochenende"
// were never found; these alternatives start at a letter that follows no letter instead.
const WORD_START = "(?<![\\wÄÖÜäöüß])";
const EXPRESSIONS = new RegExp(
  [
    // 14. Dezember 2025 / am 14. Dezember
    `(?<dayMonth>\\b(\\d{1,2})\\.\\s?(${MO})(?:\\s+(\\d{4}))?)`,
    // 14.12.2025
    `(?<numeric>\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b)`,
    // am (vergangenen|kommenden) Sonntag (und|bis) Montag, Freitagabend
    `(?<weekdays>\\b(?:(?:[Aa]m|[Vv]om|[Ss]eit|[Bb]is)\\s+)?(?:(vergangenen|letzten|kommenden|nächsten|diesem|heutigen)\\s+)?(${WD})(?:abend|morgen|nachmittag|vormittag|mittag)?(?:\\s*(?:und|bis|,)\\s*(${WD})(?:abend|morgen|nachmittag|vormittag|mittag)?)?\\b)`,
    // am/an diesem/das gesamte/vergangenen Wochenende
    `(?<weekend>${WORD_START}(?:[Aa]m|[Aa]n\\s+diesem|[Dd]ieses|[Dd]as\\s+(?:gesamte|ganze)|[Üü]bers|[Üü]ber\\s+das|[Vv]ergangenes|[Kk]ommendes)\\s+(?:(vergangenen|letzten|kommenden|nächsten)\\s+)?Wochenende\\b)`,
    // im November / seit Juli / Anfang Dezember / im Juli 2024
    `(?<month>\\b(?:[Ii]m|[Ss]eit|[Aa]nfang|[Mm]itte|[Ee]nde|[Bb]is)\\s+(${MO})(?:\\s+(\\d{4}))?\\b)`,
    `(?<relday>${WORD_START}(?:[Vv]orgestern|[Gg]estern|[Hh]eute|[Mm]orgen|[Üü]bermorgen)\\b)`,
    `(?<evening>\\b[Aa]m\\s+(?:Abend|Vorabend)\\b)`,
  ].join("|"),
  "g",
);

// A text EXPRESSIONS can match contains one of these: a digit, a weekday (…tag, Mittwoch, Sonnabend),
// Wochenende, a month, (vor)gestern, heute, (über)morgen, (Vor)abend. Most sentences contain none,
// and this test is several times cheaper than the full pattern. Keep it in step with EXPRESSIONS.
const MAY_NAME_A_DATE = new RegExp(`\\d|tag|Mittwoch|bend|Wochenende|${MO}|estern|eute|orgen`);

/**
 * Every date expression in `text` (a sentence: its tense decides open cases), offsets shifted by `base`.
 * Expressions that need the reference date are skipped when ref is null.
 */
export function findDates(text: string, ref: Reference | null, base = 0): DateExpression[] {
  const out: DateExpression[] = [];
  if (!MAY_NAME_A_DATE.test(text)) return out;
  // most sentences name no date: their tense is never needed
  let tenseCache: Tense | undefined;
  const tenseNow = (): Tense => {
    if (tenseCache === undefined) tenseCache = tenseOf(text);
    return tenseCache;
  };
  // exec on the shared pattern: matchAll would copy the large pattern on every call
  EXPRESSIONS.lastIndex = 0;
  for (let m = EXPRESSIONS.exec(text); m; m = EXPRESSIONS.exec(text)) {
    const tense = tenseNow();
    const g = m.groups!;
    const start = base + m.index;
    const end = start + m[0].length;
    const push = (from: string, to: string, granularity: "day" | "month", since = false) =>
      out.push({ start, end, text: m[0], from, to, granularity, since });
    const since = /^[Ss]eit\b/.test(m[0]);
    if (g.dayMonth) {
      const i = m.indexOf(g.dayMonth, 1);
      const [day, monthName, year] = [m[i + 1], m[i + 2], m[i + 3]];
      const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
      const y = year ? Number(year) : ref ? yearOfMonth(ref.date, month, tense) : null;
      if (y === null || Number(day) < 1 || Number(day) > 31) continue;
      const d = `${y}-${pad(month)}-${pad(Number(day))}`;
      push(d, d, "day");
    } else if (g.numeric) {
      const i = m.indexOf(g.numeric, 1);
      const [day, month, year] = [m[i + 1], m[i + 2], m[i + 3]].map(Number) as [number, number, number];
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const d = `${year}-${pad(month)}-${pad(day)}`;
      push(d, d, "day");
    } else if (g.weekdays) {
      if (!ref) continue;
      const i = m.indexOf(g.weekdays, 1);
      const qualifier = m[i + 1];
      const days = [m[i + 2], m[i + 3]]
        .filter(Boolean)
        .map((d) => WEEKDAYS.indexOf(d!.toLowerCase().replace("sonnabend", "samstag")));
      let dir: "past" | "future" = tense === "future" ? "future" : "past";
      let strict = false;
      if (qualifier && /vergangenen|letzten/.test(qualifier)) {
        dir = "past";
        strict = true;
      } else if (qualifier && /kommenden|nächsten/.test(qualifier)) {
        dir = "future";
        strict = true;
      }
      const first = resolveWeekday(ref.date, days[0]!, dir, strict);
      let last = first;
      if (days[1] !== undefined) last = resolveWeekday(first, days[1], "future", true);
      push(first, last, "day", since);
    } else if (g.weekend) {
      if (!ref) continue;
      const q = /vergangen|letzten/i.test(m[0])
        ? "last"
        : /kommend|nächsten/i.test(m[0])
          ? "next"
          : /diesem|[Dd]ieses/.test(m[0])
            ? "this"
            : null;
      const [sat, sun] = resolveWeekend(ref.date, tense, q);
      push(sat, sun, "day");
    } else if (g.month) {
      const i = m.indexOf(g.month, 1);
      const month = MONTHS.indexOf(m[i + 1]!.toLowerCase()) + 1;
      const y = m[i + 2]
        ? Number(m[i + 2])
        : ref
          ? yearOfMonth(ref.date, month, since ? "past" : tense)
          : null;
      if (y === null) continue;
      const ym = `${y}-${pad(month)}`;
      push(ym, ym, "month", since);
    } else if (g.relday) {
      if (!ref) continue;
      const shift =
        { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[m[0].toLowerCase()] ?? 0;
      // "morgen" is also "am Morgen" (the morning); only the adverb counts
      if (shift === 1 && (m[0] === "Morgen" ? m.index > 0 : /[Aa]m\s+$/.test(text.slice(0, m.index))))
        continue;
      const d = addDays(ref.date, shift);
      push(d, d, "day");
    } else if (g.evening) {
      // "am Abend" in an article printed in the morning is yesterday evening
      if (!ref?.time) continue;
      const d = ref.time < "12:00" ? addDays(ref.date, -1) : ref.date;
      push(d, d, "day");
    }
  }
  return out;
}

/** The earlier of two dates of the same form (YYYY-MM-DD or YYYY-MM); null is unknown. */
export function earlier(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b < a ? b : a;
}

/** The later of two dates of the same form; null is unknown. */
export function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b > a ? b : a;
}
