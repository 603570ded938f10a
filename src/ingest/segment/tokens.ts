// Tokens: the one tokenizer of the pipeline. Segment runs it once per sentence; every later stage reads
// doc.tokens (attribute directly, recognize through its word view in recognize/words.ts).
import type { Quotation, Sentence, Token } from "../types.ts";
import { isSpaceAt, lowerSlicer, runEnd, wordCharAt } from "./chars.ts";

// Words are runs of letters and digits joined by - ' ’ . & / ("Kreml-Chef", "Putin’s", "U.S", "AT&T"),
// with ":" + digits (a time: "15:36" is no frame's colon) and "," + digits after a digit (a decimal:
// "3,5"); every other character but white space is a token of its own.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+|:\d+|(?<=\d),\d+)*|[^\s\p{L}\p{N}]/gu;

/** The token spans of TOKEN_RE, the reference the scanner must equal (kept for the unit test). */
export function tokenSpansByRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(TOKEN_RE)].map((m) => [m.index, m.index + m[0].length]);
}

// - ' ’ . & / join two runs of letters and digits into one token ("Kreml-Chef", "U.S", "AT&T")
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38 || c === 47;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The spans of TOKEN_RE without the regex, calling `visit` with each token and whether it is a word (a
 * run of letters and digits) or a single mark: words are runs joined by isJoiner, ":" + digits and a
 * decimal comma; every other character but white space is a token of its own (a whole code point).
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
      else if (
        (c === 58 || (c === 44 && isDigit(text.charCodeAt(i - 1)))) &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        i += 2;
        while (isDigit(text.charCodeAt(i))) i++;
      } else break;
    }
    visit(start, i, true);
  }
}

/** Appends the tokens of one sentence to `out` (kind "word" or "punct", outside any quote so far). */
function tokenizeSentence(s: Sentence, lowerOf: (a: number, b: number) => string, out: Token[]) {
  const base = s.start;
  tokenSpans(s.text, (a, b, word) => {
    const start = base + a;
    const end = base + b;
    const t = s.text.slice(a, b);
    const lowered = lowerOf(start, end);
    // a word already in lower case keeps one string for both: the lookups by text and by lower case
    // then hash one string, not two (a string's hash is worked out on its first lookup)
    const lower = lowered === t ? t : lowered;
    out.push({
      text: t,
      lower,
      start,
      end,
      sentence: s.index,
      word,
      // a mark of two code units (an emoji) has always counted as a word
      kind: word || b - a > 1 ? "word" : "punct",
      q: -1,
      // a first letter that lower-casing changes is a capital (no second string for toUpperCase)
      cap: t.charCodeAt(0) !== lower.charCodeAt(0),
    });
  });
}

/** The tokens of every sentence, in text order, marked against the article's quotations. */
export function tokenize(text: string, sentences: Sentence[], quotes: Quotation[]): Token[] {
  const out: Token[] = [];
  const lowerOf = lowerSlicer(text);
  for (const s of sentences) tokenizeSentence(s, lowerOf, out);
  markQuotes(out, quotes);
  return out;
}

/**
 * Quote marks and quoted words: a quotation's opening mark is "qopen", its closing mark "qclose" (when it
 * was closed), and every token inside it carries the quotation's index. Quotations never overlap, so one
 * pass over both sorted lists does it.
 */
function markQuotes(tokens: Token[], quotes: Quotation[]): void {
  let qi = 0;
  for (const t of tokens) {
    while (qi < quotes.length && quotes[qi]!.end <= t.start) qi++;
    const quote = quotes[qi];
    if (!quote || quote.start > t.start) continue;
    if (t.kind === "punct" && t.start === quote.start) t.kind = "qopen";
    else if (t.kind === "punct" && quote.terminated && t.start === quote.end - 1) t.kind = "qclose";
    else if (t.start >= quote.innerStart && t.end <= quote.innerEnd) t.q = qi;
  }
}
