// Segment: article text → the document model (paragraphs, sentences, quotations and tokens, all as
// offsets into the text), built once here and read by every later stage.
// Sentence breaks are those of UAX #29 (Intl.Segmenter('de'); computed here for paragraphs of common
// characters, see sentence-breaks.ts) with German fixes: abbreviations ("z. B.", "Dr.", "Nr."),
// ordinals ("am 18. Dezember"), initials, and no break inside a closed quotation („…“, «…», "…").
// Quotations come from segment/quotes.ts, tokens from segment/tokens.ts. Everything
// is linear in the text: the segmenter sees bounded windows and each fix looks at a bounded context.

import type { NormalizedArticle, Paragraph, Segmented, Sentence } from "../types.ts";
import {
  CARDINAL_CONTEXT,
  isAbbreviationBreak,
  isSentenceOpener,
  MONTH_WORDS,
  ORDINAL_CONTEXT,
} from "./abbreviations.ts";
import { closedQuotesByParagraph, findQuotes, quoteStateAfter } from "./quotes.ts";
import { knownCharacters, sentenceBreaks } from "./sentence-breaks.ts";
import { tokenize } from "./tokens.ts";

const sentenceSegmenter = new Intl.Segmenter("de", { granularity: "sentence" });

const MAX_QUOTED_LINES = 8;

function hasCloser(line: string, closers: string): boolean {
  for (const c of closers) if (line.includes(c)) return true;
  return false;
}

/** Paragraphs: blocks separated by blank lines or by a line break that starts a new block. */
export function paragraphSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let pStart = -1;
  let pEnd = -1;
  let lineStart = 0;
  let blankSince = true;
  let open: string | null = null;
  let joined = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (a === b) {
      blankSince = true;
    } else {
      // A hard-wrapped line continues the paragraph: the previous line stops mid-sentence and this
      // one goes on in lower case.
      const wrapped =
        !blankSince &&
        pStart >= 0 &&
        !/[.!?:;"“”»«)]$/.test(text.slice(pEnd - 1, pEnd)) &&
        /^\p{Ll}/u.test(text[a]!);
      // A quotation opened on one line and closed on a later one holds its lines together (text with
      // one sentence per line, as in SpkAtt), for a few lines at most.
      const line = text.slice(a, b);
      const quoted =
        !blankSince && pStart >= 0 && open !== null && joined < MAX_QUOTED_LINES && hasCloser(line, open);
      if (wrapped || quoted) {
        pEnd = b;
        joined++;
      } else {
        if (pStart >= 0) spans.push([pStart, pEnd]);
        pStart = a;
        pEnd = b;
        open = null;
        joined = 0;
      }
      open = quoteStateAfter(line, open);
      blankSince = false;
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  if (pStart >= 0) spans.push([pStart, pEnd]);
  return spans;
}

const ORDINAL_TAIL = /(?:^|\s)(\S+)\s+\d{1,3}\.$/;

/** Should the segmenter's break at `b` (between `seg` and what follows) be undone? */
function wrongBreak(p: string, segStart: number, b: number, quotes: [number, number][], q: number): boolean {
  const before = p.slice(Math.max(segStart, b - 48), b).trimEnd();
  const after = p.slice(b, b + 24);
  if (!after) return false;
  // Inside a closed quotation: „Danke, Miami. Nächstes Mal: Moskau.“ stays one sentence.
  const region = quotes[q];
  if (region && region[0] < b && b < region[1]) return true;
  // Sentences do not start in lower case or with a comma: "„Warum?“, fragte sie", "Weiter? nein".
  if (/^[\p{Ll},;)]/u.test(after)) return true;
  if (isAbbreviationBreak(before, after)) return true;
  if (/\d\.$/.test(before)) {
    if (MONTH_WORDS.test(after)) return true;
    const m = before.match(ORDINAL_TAIL) ?? before.match(/^()\d{1,3}\.$/);
    if (m) {
      const prev = m[1]!;
      if (ORDINAL_CONTEXT.has(prev)) return true;
      // "im frühen 16. Jahrhundert", "zwischen dem 50. und 70. Lebensjahr", "ein 13. Monatsgehalt":
      // after a lower-case word that does not introduce a count ("stieg auf 18. Die Polizei …").
      const next = after.match(/^\p{Lu}[\p{L}-]*/u)?.[0];
      // A list or table row may also start with one ("1. FC Köln", "- 2. Tag").
      const lowerOrNone = prev === "" || /^[\p{Ll}\-–(]/u.test(prev);
      if (next && !isSentenceOpener(next) && lowerOrNone && !CARDINAL_CONTEXT.has(prev)) return true;
    }
  }
  return false;
}

// V8's Intl.Segmenter gets slower per segment as the string grows (quadratic overall), so it only
// ever sees windows of this many characters.
const WINDOW = 2000;

/** Sentence break positions in `p` (excluding 0 and p.length), from the segmenter run window by window. */
function* segmenterBreaks(p: string): Generator<number> {
  let pos = 0;
  while (pos < p.length) {
    const end = Math.min(p.length, pos + WINDOW);
    const starts: number[] = [];
    for (const seg of sentenceSegmenter.segment(end - pos === p.length ? p : p.slice(pos, end)))
      starts.push(seg.index);
    if (end === p.length) {
      for (const st of starts) if (st > 0) yield pos + st;
      return;
    }
    if (starts.length >= 2) {
      // The last segment may go on past the window: yield the breaks before it and start again there.
      for (let i = 1; i < starts.length; i++) yield pos + starts[i]!;
      pos += starts[starts.length - 1]!;
    } else {
      // One "sentence" longer than the window (a list, a table, run-on text): cut at a space.
      const cut = p.lastIndexOf(" ", end - 1);
      const next = cut > pos ? cut + 1 : end;
      yield next;
      pos = next;
    }
  }
}

/** A paragraph as the segmenter sees it: line breaks inside it (hard wraps) are spaces; offsets stay. */
function segmenterText(text: string, pStart: number, pEnd: number): string {
  const raw = text.slice(pStart, pEnd);
  return raw.includes("\n") ? raw.replace(/\n/g, " ") : raw;
}

/**
 * Sentence breaks of several short paragraphs from one segmenter call: each call costs as much as
 * a few hundred characters of text, and most paragraphs are short. Joined by "\n", a hard break
 * (UAX #29 SB4) whose rules never look across it, each paragraph gets exactly the breaks it gets
 * alone (pinned by the segment tests against segmenting paragraph by paragraph).
 */
function batchBreaks(ps: string[]): number[][] {
  const out: number[][] = ps.map(() => []);
  // (these are paragraphs sentence-breaks.ts cannot read; most of them still need no segmenter call)
  // a paragraph with no sentence terminator before its final one has no break inside
  const inside = ps.flatMap((p, k) => (mayBreakInside(p) ? [k] : []));
  if (inside.length === 0) return out;
  if (inside.length === ps.length) return segmenterBatch(ps);
  const found = segmenterBatch(inside.map((k) => ps[k]!));
  inside.forEach((k, n) => {
    out[k] = found[n]!;
  });
  return out;
}

// UAX #29 breaks a sentence only after a terminator (STerm, ATerm) or a paragraph separator (SB4, SB11).
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\ufe52\uff0e]/u;
const SEPARATOR = /[\r\u0085\u2028\u2029]/;
const CLOSING = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u;
// Per BMP code unit, filled on first sight (these tests run over every character of every paragraph):
// bit 1 terminator, 2 separator, 4 closing bracket or quote, 8 known.
const charKind = new Uint8Array(0x10000);
function kindAt(p: string, i: number): number {
  const c = p.charCodeAt(i);
  // a surrogate (an astral character, maybe a terminator) counts as a separator: the segmenter decides
  if (c >= 0xd800 && c <= 0xdfff) return 2;
  let k = charKind[c]!;
  if (k === 0) {
    const ch = p[i]!;
    k = 8 | (TERMINATOR.test(ch) ? 1 : 0) | (SEPARATOR.test(ch) ? 2 : 0) | (CLOSING.test(ch) ? 4 : 0);
    charKind[c] = k;
  }
  return k;
}

/**
 * False when every terminator of `p` is in its closing run (terminators, then closing brackets and
 * quotes, then blanks), so that the segmenter cannot break inside it.
 */
export function mayBreakInside(p: string): boolean {
  let first = 0;
  while (first < p.length && (kindAt(p, first) & 3) === 0) first++;
  if (first === p.length) return false;
  let e = p.length;
  while (e > 0 && (p[e - 1] === " " || p[e - 1] === "\t")) e--;
  while (e > 0 && kindAt(p, e - 1) & 4) e--;
  let run = e;
  while (run > 0 && (kindAt(p, run - 1) & 3) === 1) run--;
  return run === e || run !== first;
}

function segmenterBatch(ps: string[]): number[][] {
  const out: number[][] = ps.map(() => []);
  if (ps.length === 1) {
    for (const seg of sentenceSegmenter.segment(ps[0]!)) if (seg.index > 0) out[0]!.push(seg.index);
    return out;
  }
  const joined = ps.join("\n");
  let k = 0;
  let base = 0;
  for (const seg of sentenceSegmenter.segment(joined)) {
    const at = seg.index;
    while (k < ps.length - 1 && at > base + ps[k]!.length) {
      base += ps[k]!.length + 1;
      k++;
    }
    const rel = at - base;
    if (rel > 0 && rel < ps[k]!.length) out[k]!.push(rel);
  }
  return out;
}

function sentencesOf(
  text: string,
  pStart: number,
  p: string,
  paragraph: number,
  out: Sentence[],
  breaks: Iterable<number>,
  quotes: [number, number][],
): void {
  let q = 0;
  let segStart = 0;
  for (const b of breaks) {
    while (q < quotes.length && quotes[q]![1] <= b) q++;
    if (wrongBreak(p, segStart, b, quotes, q)) continue;
    emitSentence(text, pStart, p, paragraph, out, segStart, b);
    segStart = b;
  }
  emitSentence(text, pStart, p, paragraph, out, segStart, p.length);
}

/** The sentence p[s, e) without its surrounding white space, if anything is left. A function of its own,
 *  not a closure in sentencesOf: tsx (esbuild keepNames) names each closure with a defineProperty call. */
function emitSentence(
  text: string,
  pStart: number,
  p: string,
  paragraph: number,
  out: Sentence[],
  s: number,
  e: number,
): void {
  while (s < e && /\s/.test(p[s]!)) s++;
  while (e > s && /\s/.test(p[e - 1]!)) e--;
  if (e > s) {
    out.push({
      index: out.length,
      paragraph,
      start: pStart + s,
      end: pStart + e,
      text: text.slice(pStart + s, pStart + e),
    });
  }
}

/** Splits a normalized article into paragraphs, sentences and tokens. */
export function segment(article: NormalizedArticle): Segmented {
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const spans = paragraphSpans(text);
  const quotes = findQuotes(
    text,
    spans.map(([start, end]) => ({ start, end })),
  );
  const closed = closedQuotesByParagraph(quotes, spans);
  const ps = spans.map(([a, b]) => segmenterText(text, a, b));
  const known = ps.map(knownCharacters);
  let i = 0;
  while (i < spans.length) {
    const p = ps[i]!;
    if (known[i]) {
      // the breaks the segmenter would give, without it (sentence-breaks.ts)
      paragraphs.push({ index: i, start: spans[i]![0], end: spans[i]![1] });
      sentencesOf(text, spans[i]![0], p, i, sentences, sentenceBreaks(p), closed[i]!);
      i++;
      continue;
    }
    if (p.length >= WINDOW) {
      paragraphs.push({ index: i, start: spans[i]![0], end: spans[i]![1] });
      sentencesOf(text, spans[i]![0], p, i, sentences, segmenterBreaks(p), closed[i]!);
      i++;
      continue;
    }
    // short paragraphs in a row, up to one window of text, go to the segmenter together
    let j = i + 1;
    let size = p.length;
    while (j < spans.length && !known[j] && ps[j]!.length < WINDOW && size + 1 + ps[j]!.length <= WINDOW) {
      size += 1 + ps[j]!.length;
      j++;
    }
    const breaks = batchBreaks(ps.slice(i, j));
    for (let k = i; k < j; k++) {
      paragraphs.push({ index: k, start: spans[k]![0], end: spans[k]![1] });
      sentencesOf(text, spans[k]![0], ps[k]!, k, sentences, breaks[k - i]!, closed[k]!);
    }
    i = j;
  }
  return { article, paragraphs, sentences, quotes, tokens: tokenize(text, sentences, quotes) };
}
