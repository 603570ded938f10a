// Quotes, tokens and analysis units. A unit is a sentence, or several sentences when a quotation
// runs across sentence ends ("«A. B», sagte X."), so that a quote and its frame are read together.
import { isSpaceAt, lowerSlicer, runEnd, wordCharAt } from "../segment/chars.ts";
import type { Paragraph, Sentence, Span } from "../types.ts";

export interface Quote {
  /** offset of the opening mark */
  start: number;
  /** offset after the closing mark (or the paragraph end when unterminated) */
  end: number;
  innerStart: number;
  innerEnd: number;
  terminated: boolean;
}

export type TokKind = "word" | "punct" | "qopen" | "qclose";

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokKind;
  /** index of the quote whose inner text holds this token, or -1 outside quotes */
  q: number;
  cap: boolean;
}

export interface Unit extends Span {
  index: number;
  paragraph: number;
  /** first unit of its paragraph */
  paragraphStart: boolean;
  /** last unit of its paragraph */
  paragraphEnd: boolean;
  text: string;
  toks: Tok[];
  /** indices into the article quote list */
  quotes: number[];
}

// Closing marks each opening mark accepts. German „…“ and «…»/»…«, English “…”, typewriter "…",
// and ”…” as some outlets print it.
const CLOSERS: Record<string, string> = {
  "„": '“”"',
  "“": "”“",
  "”": "”",
  '"': '"“”',
  "«": "»",
  "»": "«",
  "‚": "‘’",
};

/** „ “ ” " « » ‚ ‘ ’ */
const isQuoteMark = (c: number) =>
  c === 0x201e ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x22 ||
  c === 0xab ||
  c === 0xbb ||
  c === 0x201a ||
  c === 0x2018 ||
  c === 0x2019;

/** Family of marks that would open a new quotation of the same kind (ends a look-ahead). */
const REOPENERS: Record<string, string> = {
  "„": "„",
  "«": "«",
  "»": "»",
  "‚": "‚",
  "“": "",
  "”": "",
  '"': "",
};
const LOOKAHEAD_PARAGRAPHS = 12;
const LOOKAHEAD_CHARS = 4000;

/**
 * Finds quotations. A quote left open at a paragraph end runs on when its closing mark follows within a
 * few paragraphs before any new opening mark of its kind (a quote printed over several lines); otherwise
 * the paragraph end closes it (an unterminated quote).
 */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let openChar = "";
  let closers = "";
  let depth = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    // a scan of the paragraph only: a regex search would run on to the next mark in the whole text
    for (let i = p.start; i < p.end; i++) {
      if (!isQuoteMark(text.charCodeAt(i))) continue;
      const c = text[i]!;
      if (open >= 0) {
        // a quote inside a quote in the same marks: „… „Small Business“ …“ closes twice
        if (depth > 0 && closers.includes(c)) {
          depth--;
          continue;
        }
        if (closers.includes(c)) {
          if (c === "’" && /\p{L}/u.test(text[i + 1] ?? "")) continue;
          quotes.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, terminated: true });
          open = -1;
        } else if (c === openChar && reopensInside(text, i)) depth++;
        continue;
      }
      const accepted = CLOSERS[c];
      if (accepted === undefined) continue;
      if (c === "‚" && /\p{L}/u.test(text[i - 1] ?? "")) continue;
      open = i;
      openChar = c;
      closers = accepted;
    }
    depth = 0;
    if (open < 0) continue;
    const reopen = REOPENERS[openChar] ?? "";
    let runsOn = false;
    if (reopen) {
      const last = paragraphs[Math.min(paragraphs.length - 1, pi + LOOKAHEAD_PARAGRAPHS)]!;
      const limit = Math.min(last.end, p.end + LOOKAHEAD_CHARS);
      for (let k = p.end; k < limit; k++) {
        const c = text[k]!;
        if (closers.includes(c)) {
          runsOn = true;
          break;
        }
        if (reopen.includes(c)) break;
      }
    }
    if (!runsOn) {
      let end = p.end;
      while (end > open + 1 && /\s/.test(text[end - 1]!)) end--;
      if (end - open > 1)
        quotes.push({ start: open, end, innerStart: open + 1, innerEnd: end, terminated: false });
      open = -1;
    }
  }
  return quotes;
}

/** Marks read ahead to decide whether a quote nests: a text of unclosed quotes stays linear. */
const NEST_MARKS = 6;

/**
 * An opening mark inside an open quote nests when it opens a word and, counting the next few marks, the
 * outer quote closes too (within NEST_MARKS marks and LOOKAHEAD_CHARS). Otherwise the outer quote was
 * left open and the old reading holds: it closes at the next closer.
 */
function reopensInside(text: string, i: number): boolean {
  if (!/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) return false;
  const opener = text[i]!;
  const closer = CLOSERS[opener] ?? "";
  const limit = Math.min(text.length, i + LOOKAHEAD_CHARS);
  // balance of the marks from this one on: -1 means the outer quote closed after the inner ones; a few
  // marks decide it (a text of unclosed quotes must not make every opener read far ahead)
  let open = 1;
  let marks = 0;
  for (let k = i + 1; k < limit && marks < NEST_MARKS; k++) {
    const c = text[k]!;
    if (c === opener) {
      open++;
      marks++;
    } else if (closer.includes(c)) {
      if (--open < 0) return true;
      marks++;
    }
  }
  return false;
}

// "15:36" stays one token: a colon inside a time is not a frame's colon
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+|:\d+)*|[^\s\p{L}\p{N}]/gu;

/** The token spans of TOKEN_RE, the reference the scanner must equal (kept for the unit test). */
export function tokenSpansByRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(TOKEN_RE)].map((m) => [m.index, m.index + m[0].length]);
}

// - ' ’ . & / join two runs of letters and digits into one token ("Kreml-Chef", "U.S", "AT&T")
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 47;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The spans of TOKEN_RE without the regex, calling `visit` with each token and whether it is a word (a
 * run of letters and digits) or a single mark: words are runs joined by isJoiner, and ":" + digits;
 * every other character but white space is a token of its own (a whole code point).
 */
export function tokenSpans(text: string, visit: (start: number, end: number, word: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const w = wordCharAt(text, i);
    if (w === 0) {
      if (isSpaceAt(text, i)) {
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      const len = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      visit(i, i + len, false);
      i += len;
      continue;
    }
    const start = i;
    i = runEnd(text, i);
    for (;;) {
      const c = text.charCodeAt(i);
      if (isJoiner(c) && wordCharAt(text, i + 1) > 0) i = runEnd(text, i + 1);
      else if (c === 58 && isDigit(text.charCodeAt(i + 1))) {
        i += 2;
        while (isDigit(text.charCodeAt(i))) i++;
      } else break;
    }
    visit(start, i, true);
  }
}

export function tokenize(text: string, offset: number, quotes: Quote[], quoteIdx: number[]): Tok[] {
  const toks: Tok[] = [];
  const lowerOf = lowerSlicer(text);
  tokenSpans(text, (a, b, word) => {
    const start = offset + a;
    const end = offset + b;
    const t = text.slice(a, b);
    // a mark of two code units (an emoji) has always counted as a word
    let kind: TokKind = word || b - a > 1 ? "word" : "punct";
    let q = -1;
    for (const qi of quoteIdx) {
      const quote = quotes[qi]!;
      if (start === quote.start && kind === "punct") kind = "qopen";
      else if (quote.terminated && start === quote.end - 1 && kind === "punct") kind = "qclose";
      else if (start >= quote.innerStart && end <= quote.innerEnd) q = qi;
    }
    const lower = lowerOf(a, b);
    // a first letter that lower-casing changes is a capital (no second string for toUpperCase)
    toks.push({ text: t, lower, start, end, kind, q, cap: t.charCodeAt(0) !== lower.charCodeAt(0) });
  });
  return toks;
}

/** Paragraphs from the segmenter, or one per non-empty line when there are none. */
export function paragraphSpans(text: string, paragraphs: Paragraph[]): Span[] {
  if (paragraphs.length > 0) return paragraphs.map((p) => ({ start: p.start, end: p.end }));
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (text.slice(start, i).trim()) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

const segmenter = new Intl.Segmenter("de", { granularity: "sentence" });

/** Sentences from the segmenter, or our own when the document has none. */
export function sentenceSpans(text: string, sentences: Sentence[], paragraphs: Span[]): Sentence[] {
  if (sentences.length > 0) return sentences;
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of segmenter.segment(text.slice(p.start, p.end))) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const t = s.segment.trim();
      if (!t) continue;
      const start = p.start + s.index + lead;
      out.push({ index: out.length, paragraph: pi, start, end: start + t.length, text: t });
    }
  });
  return out;
}

function paragraphOf(paragraphs: Span[], pos: number, from: number): number {
  let i = from;
  while (i < paragraphs.length - 1 && paragraphs[i]!.end <= pos) i++;
  return i;
}

/** Groups sentences into units: a quote running over a sentence end joins the sentences. */
export function buildUnits(text: string, sentences: Sentence[], paragraphs: Span[], quotes: Quote[]): Unit[] {
  const groups: { start: number; end: number; paragraph: number }[] = [];
  let qi = 0;
  let pi = 0;
  for (const s of sentences) {
    pi = paragraphOf(paragraphs, s.start, pi);
    const last = groups[groups.length - 1];
    while (qi < quotes.length && quotes[qi]!.end <= (last?.end ?? 0)) qi++;
    let join = false;
    if (last) {
      // a quote opened in the previous group and still open at this sentence's start
      for (let k = qi; k < quotes.length && quotes[k]!.start < last.end; k++)
        if (quotes[k]!.end > last.end) join = true;
    }
    if (last && last.paragraph === pi) {
      // "…“ / , sagte er." split off after a closing quote
      const head = text.slice(s.start, s.end).trimStart();
      const prevTail = text.slice(last.start, last.end).trimEnd();
      if (/^[,;–—-]|^\p{Ll}/u.test(head) && /[“”"»«’‘]$/u.test(prevTail)) join = true;
    }
    if (join && last) last.end = Math.max(last.end, s.end);
    else groups.push({ start: s.start, end: s.end, paragraph: pi });
  }
  const units: Unit[] = [];
  let q0 = 0;
  groups.forEach((g, i) => {
    while (q0 < quotes.length && quotes[q0]!.end <= g.start) q0++;
    const qs: number[] = [];
    for (let k = q0; k < quotes.length && quotes[k]!.start < g.end; k++) qs.push(k);
    const unitText = text.slice(g.start, g.end);
    units.push({
      index: i,
      start: g.start,
      end: g.end,
      paragraph: g.paragraph,
      paragraphStart: i === 0 || groups[i - 1]!.paragraph !== g.paragraph,
      paragraphEnd: i === groups.length - 1 || groups[i + 1]!.paragraph !== g.paragraph,
      text: unitText,
      toks: tokenize(unitText, g.start, quotes, qs),
      quotes: qs,
    });
  });
  return units;
}
