// The recognizer's word view of the document's tokens: hyphenated compounds stay one word (so
// "Kreml-Chef" and "US-Sondergesandter" can be read as role nouns) while "U.S" or "AT&T" are read word
// by word, and every word knows its sentence. Read off doc.tokens, never a second tokenizer (tested
// against the WORD regex); everything after it works on word indices.
import { lowerSlicer } from "../segment/chars.ts";
import { tokenSpans } from "../segment/tokens.ts";
import type { Segmented, Span } from "../types.ts";

export interface Word extends Span {
  text: string;
  /** `text` in lower case, computed once: most lookups are case-insensitive. */
  lower: string;
  sentence: number;
  /** Hyphen-separated parts with their offsets ("US-Sondergesandter" → US, Sondergesandter). */
  parts: Array<{ text: string; start: number; end: number }>;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*['’]?/gu;
const HYPHEN = /[-‐]/;
const isApostrophe = (c: number) => c === 39 || c === 0x2019; // ' ’
/** . & / : , join a token (U.S, AT&T, 7:13, 3,5) but end a word */
const endsWord = (c: number) => c === 46 || c === 38 || c === 47 || c === 58 || c === 44;

interface TokenSpan extends Span {
  word: boolean;
}

/**
 * The words of WORD (`[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*['’]?`) read off the document's tokens, calling
 * `visit` with each word, whether a hyphen joins it, and the index of its first token. A word is a token,
 * or a piece of one cut at . & / : , ("U.S" → U, S), or two tokens joined by the typographic hyphen ‐ or
 * touching after a time ("7:13Uhr" → 7, 13Uhr); a trailing apostrophe stays with it ("Lukas’").
 */
export function wordsOfTokens(
  text: string,
  tokens: readonly TokenSpan[],
  visit: (start: number, end: number, hyphenated: boolean, token: number) => void,
): void {
  let start = -1;
  let first = -1;
  let hyphenated = false;
  const flush = (end: number) => {
    visit(start, end < text.length && isApostrophe(text.charCodeAt(end)) ? end + 1 : end, hyphenated, first);
    start = -1;
    hyphenated = false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (start < 0) {
      start = t.start;
      first = k;
    }
    for (let i = t.start; i < t.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 45) hyphenated = true;
      else if (endsWord(c)) {
        flush(i);
        start = i + 1;
        first = k;
      }
    }
    const next = tokens[k + 1];
    if (next?.word && next.start === t.end) continue;
    const after = tokens[k + 2];
    if (
      next &&
      text.charCodeAt(t.end) === 0x2010 &&
      next.start === t.end &&
      after?.word &&
      after.start === t.end + 1
    ) {
      hyphenated = true;
      k++;
      continue;
    }
    flush(t.end);
  }
}

/** The words of WORD in a text of its own (its tokens made here); the unit test's view of wordsOfTokens. */
export function wordSpans(
  text: string,
  visit: (start: number, end: number, hyphenated: boolean) => void,
): void {
  const tokens: TokenSpan[] = [];
  tokenSpans(text, (start, end, word) => tokens.push({ start, end, word }));
  wordsOfTokens(text, tokens, visit);
}

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
const NO_PARTS: Word["parts"] = [];
const GENITIVE_ENDINGS = "sßxzSXZ";

export function words(doc: Segmented): Word[] {
  const text = doc.article.text;
  const tokens = doc.tokens;
  const out: Word[] = [];
  const lowerOf = lowerSlicer(text);
  wordsOfTokens(text, tokens, (start, matchEnd, hyphenated, token) => {
    let end = matchEnd;
    // A trailing apostrophe is the genitive of names ending in s/x/z (Lukas'); elsewhere it closes a quote.
    if (isApostrophe(text.charCodeAt(end - 1)) && !GENITIVE_ENDINGS.includes(text[end - 2]!)) end--;
    // most words are a whole token: its strings are already made (and hashed by the lookups before)
    const tok = tokens[token]!;
    const whole = tok.start === start && tok.end === end;
    const w = whole ? tok.text : text.slice(start, end);
    let parts = NO_PARTS;
    if (hyphenated) {
      parts = [];
      let p = start;
      for (const piece of w.split(HYPHEN)) {
        parts.push({ text: piece, start: p, end: p + piece.length });
        p += piece.length + 1;
      }
    }
    out.push({
      text: w,
      lower: whole ? tok.lower : lowerOf(start, end),
      start,
      end,
      sentence: tok.sentence,
      parts,
      upper: isUpper(w[0]!),
    });
  });
  return out;
}

/** The words of WORD, the reference the scanner must equal (kept for the unit test). */
export function wordSpansByRegex(text: string): Array<[number, number]> {
  return [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
}

/** Text between two words (punctuation and spaces). */
export function gap(text: string, a: Span, b: Span): string {
  return text.slice(a.end, b.start);
}

/** Credit lines and photographer credits: no actor is ever found inside these spans. */
export function creditZones(text: string): Span[] {
  const zones: Span[] = [];
  const lineEnd = (i: number) => {
    const n = text.indexOf("\n", i);
    return n < 0 ? text.length : n;
  };
  for (const m of text.matchAll(/©|\b(?:Foto|Fotos|Bild|Bildquelle|Quelle|Credit|Archivbild|Grafik):/g))
    zones.push({ start: m.index, end: lineEnd(m.index) });
  // "Michael Kappeler/dpa", "dpa/Vyacheslav Prokofyev", "APA/AFP/POOL/KRISTINA KORMILITSYNA": names
  // glued to an agency by a slash are credits, with up to three capitalized words on either side.
  // Found from each slash outwards: a regex over the whole text would retry at every word.
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    const left = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, slash - 40), slash))?.[0];
    const right = /^[\p{L}.]+(?:\/[\p{L}.]+)*/u.exec(text.slice(slash + 1, slash + 200))?.[0];
    if (!left || !right) continue;
    const chain = `${left}/${right}`;
    if (chain.split("/").every((p) => /^\p{Ll}/u.test(p))) continue; // "und/oder"
    let start = slash - left.length;
    let end = slash + 1 + right.length;
    for (let k = 0; k < 3; k++) {
      const before = /(?:^|[ \t])(\p{Lu}[\p{L}.-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
      if (!before) break;
      start -= before[1]!.length + 1;
    }
    for (let k = 0; k < 3; k++) {
      const after = /^ (\p{Lu}[\p{L}.-]*)(?=$|[\s,;)])/u.exec(text.slice(end, end + 40));
      if (!after) break;
      end += after[1]!.length + 1;
    }
    zones.push({ start, end });
    slash = end - 1 > slash ? Math.max(slash, slash + right.length) : slash;
  }
  // Lines without lower-case letters that contain a slash (all-caps agency credits).
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    const start = text.lastIndexOf("\n", slash) + 1;
    const nl = text.indexOf("\n", slash);
    const end = nl < 0 ? text.length : nl;
    if (!/\p{Ll}/u.test(text.slice(start, end))) zones.push({ start, end });
    slash = end;
  }
  return zones.sort((a, b) => a.start - b.start);
}

export function inZones(zones: Span[], span: Span): boolean {
  // zones are few; a linear scan with early exit is enough
  for (const z of zones) {
    if (z.start >= span.end) return false;
    if (z.end > span.start) return true;
  }
  return false;
}
