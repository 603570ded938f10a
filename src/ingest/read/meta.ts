// Recognizers for the metadata shapes German news sites print around an article: publication dates
// ("Stand: 21.12.2025 21:54 Uhr", "20. Dezember 2025, 7:13 Uhr", "Donnerstag, 18. Dezember 2025 |
// 05:41 Uhr", ISO dates), credited outlets and agencies ("Quelle: DIE ZEIT, dpa, AFP", "Von: APA/AFP",
// "(Tsp, AFP, dpa)") and datelines ("Miami (dpa) -").

import { JAENNER, MONTH_ABBREVIATIONS, MONTHS as MONTH_NAMES, WEEKDAYS } from "../german/calendar.ts";

/** Month names, the Austrian "Jänner" and the printed abbreviations → the month's number. */
export const MONTHS: Record<string, number> = {
  ...Object.fromEntries(MONTH_NAMES.map((m, i) => [m, i + 1])),
  [JAENNER]: 1,
  ...MONTH_ABBREVIATIONS,
};

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const capitalized = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// Weekdays as printed before a date: full, "Sonnabend", or the two-letter abbreviation ("Do., 18.12.").
const WEEKDAY = `(?:${[
  ...WEEKDAYS.map(capitalized),
  "Sonnabend",
  ...WEEKDAYS.map((d) => capitalized(d.slice(0, 2))),
].join("|")})\\.?`;
const TIME = "(\\d{1,2})[:.](\\d{2})(?:\\s*Uhr)?";

const pad = (n: number) => String(n).padStart(2, "0");

/** A day that exists: 2026-02-30 and 2026-13-45 do not. */
function isCalendarDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function build(y: number, m: number, d: number, hh?: string, mm?: string): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 || !isCalendarDay(y, m, d)) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  const h = Number(hh);
  const mi = Number(mm);
  if (h > 23 || mi > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}`;
}

// Each pattern matches a date (with optional time) at the start of the string; `rest` is what follows.
const DATE_PATTERNS: { re: RegExp; parse: (m: RegExpMatchArray) => string | null }[] = [
  {
    // 2025-12-21, 2025-12-21T07:13[:00][+01:00|Z]
    re: /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/,
    parse: (m) => build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]),
  },
  {
    // [Donnerstag, ]21.12.2025[, | um ]21:54 Uhr
    re: new RegExp(
      `^(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*(?:,|\\||-|–|um)?\\s*${TIME})?`,
    ),
    parse: (m) => build(Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5]),
  },
  {
    // [Donnerstag, ]18. Dezember 2025[, | | – um ]05:41 Uhr
    re: new RegExp(
      `^(?:${WEEKDAY},?\\s+)?(\\d{1,2})\\.\\s*(${MONTH_ALT})\\.?\\s+(\\d{4})(?:\\s*(?:,|\\||-|–|um)?\\s*(?:um\\s+)?${TIME})?`,
      "i",
    ),
    parse: (m) => build(Number(m[3]), MONTHS[m[2]!.toLowerCase()] ?? 0, Number(m[1]), m[4], m[5]),
  },
];

export interface DateMatch {
  value: string;
  /** Length of the matched prefix. */
  length: number;
}

/** A date (and time) at the start of `s`, in any of the printed shapes. */
export function matchDate(s: string): DateMatch | null {
  for (const { re, parse } of DATE_PATTERNS) {
    const m = s.match(re);
    if (m) {
      const value = parse(m);
      if (value) return { value, length: m[0].length };
    }
  }
  return null;
}

/** Normalizes a publishedAt given by a JSON/HTML source to "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (time as printed). */
export function normalizeDate(s: string): string | null {
  const t = s.trim();
  const m = matchDate(t);
  return m ? m.value : null;
}

/**
 * A publishedAt given by a client (the ingest mutation), which stores it as given: an ISO 8601 date or
 * date-time of a day that exists, and nothing after it ("2026-13-45", "gestern" and "2025-12-21 abends"
 * are not).
 */
export function isCheckedDate(s: string): boolean {
  const iso = DATE_PATTERNS[0]!;
  const m = s.match(iso.re);
  return m !== null && m[0].length === s.length && iso.parse(m) !== null;
}

/** Outlet and agency abbreviations as credited at the end of articles. */
const AGENCY_NAMES: Record<string, string> = {
  tsp: "Tagesspiegel",
  dpa: "dpa",
  afp: "AFP",
  ap: "AP",
  apa: "APA",
  reuters: "Reuters",
  rtr: "Reuters",
  kna: "KNA",
  epd: "epd",
  sda: "SDA",
  dts: "dts",
  sid: "SID",
  ddp: "ddp",
  dapd: "dapd",
  afx: "dpa-AFX",
  "dpa-afx": "dpa-AFX",
  ots: "ots",
  efe: "EFE",
  ansa: "ANSA",
  tass: "Tass",
  ria: "Ria Nowosti",
  ukrinform: "Ukrinform",
  bloomberg: "Bloomberg",
  taz: "taz",
  faz: "FAZ",
  sz: "SZ",
  zeit: "DIE ZEIT",
  "zeit online": "ZEIT ONLINE",
  spiegel: "Spiegel",
  ard: "ARD",
  zdf: "ZDF",
  br: "BR",
  ndr: "NDR",
  wdr: "WDR",
  mdr: "MDR",
  swr: "SWR",
  hr: "hr",
  rbb: "rbb",
  orf: "ORF",
  srf: "SRF",
};

// Markers editors add to agency credits that are not outlets themselves.
const CREDIT_NOISE = new Set(["red", "jm", "mit", "und", "pool", "ots"]);

/** Canonical outlet name for a credit token, or null when it is not a known outlet/agency. */
export function agencyName(token: string): string | null {
  const t = token.trim().replace(/\.$/, "");
  return AGENCY_NAMES[t.toLowerCase()] ?? null;
}

/** Splits "DIE ZEIT, dpa, AFP, ," / "APA/AFP" / "Tsp, AFP, dpa" into outlet names. */
export function splitSources(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/\s*[,/;]\s*|\s+(?:und|mit)\s+/)) {
    const t = part.trim().replace(/[.:]+$/, "");
    if (!t || CREDIT_NOISE.has(t.toLowerCase())) continue;
    const name = agencyName(t) ?? t;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * "(Tsp, AFP, dpa)" / "(dpa)" / "(AFP/dpa)" — an agency credit in parentheses where every item is a
 * known outlet, so that "(CDU)" or "(Ortszeit)" are left alone. Returns the outlets or null.
 */
export function agencyCredit(inner: string): string[] | null {
  const parts = inner
    .split(/\s*[,/;]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return null;
  const names: string[] = [];
  for (const p of parts) {
    if (CREDIT_NOISE.has(p.toLowerCase())) continue;
    const n = agencyName(p);
    if (!n) return null;
    if (!names.includes(n)) names.push(n);
  }
  return names.length > 0 ? names : null;
}

export function mergeSources(into: string[], add: string[]): void {
  for (const s of add) if (!into.includes(s)) into.push(s);
}
