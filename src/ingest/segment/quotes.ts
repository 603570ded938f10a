// Quotations: the one table of quotation marks and the one quote finder. Segment runs the finder once
// per article (doc.quotes), before it breaks sentences: no sentence break falls inside a closed
// quotation, and link and attribute read the same quotations. Only the joining of lines into paragraphs,
// which has to happen before there are paragraphs to search, keeps a line-by-line state of its own.
import type { Quotation, Span } from "../types.ts";

/**
 * Each opening mark with the closing marks it accepts. German „…“ and «…»/»…«, English “…”, typewriter
 * "…", single ‚…‘. The `strict` closers are the pairs typeset as pairs; the `lenient` ones are what
 * careless typesetting produces (“…“, ”…”, "…“, ‚…’ with an apostrophe). The quote finder reads both, as
 * a quote it misses loses a statement; a line break only joins two lines into one paragraph inside a
 * strict pair, as a wrong guess there glues two paragraphs together.
 */
const MARKS: Record<string, { strict: string; lenient: string }> = {
  "„": { strict: '“”"', lenient: "" },
  "“": { strict: "”", lenient: "“" },
  "”": { strict: "", lenient: "”" },
  '"': { strict: '"', lenient: "“”" },
  "«": { strict: "»", lenient: "" },
  "»": { strict: "«", lenient: "" },
  "‚": { strict: "‘", lenient: "’" },
};

function closerTable(lenient: boolean): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [open, { strict, lenient: more }] of Object.entries(MARKS)) {
    const closers = lenient ? strict + more : strict;
    if (closers) table[open] = closers;
  }
  return table;
}

/** Closing marks each opening mark accepts, strict and lenient pairs (the quote finder's reading). */
const CLOSERS = closerTable(true);
/** Closing marks of the strict pairs only (joining lines into paragraphs). */
const STRICT_CLOSERS = closerTable(false);

/** „ “ ” " « » ‚ ‘ ’, searched by the regex engine (several times faster than a loop over charCodeAt). */
const QUOTE_MARK_AHEAD = /[\u201e\u201c\u201d\u0022\u00ab\u00bb\u201a\u2018\u2019]/g;

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
export function findQuotes(text: string, paragraphs: Span[]): Quotation[] {
  const quotes: Quotation[] = [];
  let open = -1;
  let openChar = "";
  let closers = "";
  let depth = 0;
  // Position of the first mark at or after the last search's start (text.length: none). Paragraphs come in
  // text order, so one search forward serves every paragraph it runs past: the text is searched once.
  let mark = -1;
  const markFrom = (i: number): number => {
    if (mark >= i) return mark;
    QUOTE_MARK_AHEAD.lastIndex = i;
    mark = QUOTE_MARK_AHEAD.exec(text)?.index ?? text.length;
    return mark;
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    for (let i = markFrom(p.start); i < p.end; i = markFrom(i + 1)) {
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

// A quotation spanning more than this is more likely a stray mark than a quote; its breaks stay.
const MAX_QUOTE = 3000;

/**
 * The closed quotations that lie inside each paragraph, as [start, end) pairs relative to the paragraph
 * (end after the closing mark): a sentence break never falls inside one. Unterminated quotations and those
 * running over a paragraph end hold no break back.
 */
export function closedQuotesByParagraph(
  quotes: Quotation[],
  paragraphs: [number, number][],
): [number, number][][] {
  const out: [number, number][][] = paragraphs.map(() => []);
  let p = 0;
  for (const q of quotes) {
    if (!q.terminated || q.end - q.start > MAX_QUOTE) continue;
    while (p < paragraphs.length && paragraphs[p]![1] < q.end) p++;
    const para = paragraphs[p];
    if (para && para[0] <= q.start) out[p]!.push([q.start - para[0], q.end - para[0]]);
  }
  return out;
}

/** The closed quotations of one stretch of text read as a paragraph of its own (see closedQuotesByParagraph). */
export function quoteRegions(s: string): [number, number][] {
  return closedQuotesByParagraph(findQuotes(s, [{ start: 0, end: s.length }]), [[0, s.length]])[0]!;
}

const QUOTE_MARK = /[„“”"«»‚‘’]/g;

/** The closing marks still expected after `line`, given those expected before it (null: none open). */
export function quoteStateAfter(line: string, open: string | null): string | null {
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(line); m; m = QUOTE_MARK.exec(line)) {
    const c = m[0];
    if (open !== null) {
      if (open.includes(c)) open = null;
      continue;
    }
    const cl = STRICT_CLOSERS[c];
    if (cl !== undefined) open = cl;
  }
  return open;
}
