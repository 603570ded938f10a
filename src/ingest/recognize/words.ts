// The recognizer's own word view of the text: hyphenated compounds stay one word (so "Kreml-Chef" and
// "US-Sondergesandter" can be read as role nouns) and every word knows its sentence. One scan over
// the text (wordSpans, tested against the WORD regex); everything after it works on word indices.
import { lowerSlicer, runEnd, wordCharAt } from "../segment/chars.ts";
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
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 39 || c === 0x2019; // - ‐ ' ’
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * The spans WORD matches, without the regex: `[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*['’]?`. A hand
 * scan is several times faster than the Unicode-class regex and this runs over every article.
 */
export function wordSpans(
  text: string,
  visit: (start: number, end: number, hyphenated: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (wordCharAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let hyphenated = false;
    i = runEnd(text, i);
    for (let c = text.charCodeAt(i); isJoiner(c) && wordCharAt(text, i + 1) > 0; c = text.charCodeAt(i)) {
      if (c === 45 || c === 0x2010) hyphenated = true;
      i = runEnd(text, i + 1);
    }
    if (i < n && isApostrophe(text.charCodeAt(i))) i++;
    visit(start, i, hyphenated);
  }
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
  const sentences = doc.sentences.length
    ? doc.sentences
    : [{ start: 0, end: text.length, index: 0, paragraph: 0, text }];
  const out: Word[] = [];
  const lowerOf = lowerSlicer(text);
  let s = 0;
  wordSpans(text, (start, matchEnd, hyphenated) => {
    let end = matchEnd;
    // A trailing apostrophe is the genitive of names ending in s/x/z (Lukas'); elsewhere it closes a quote.
    if (isApostrophe(text.charCodeAt(end - 1)) && !GENITIVE_ENDINGS.includes(text[end - 2]!)) end--;
    const w = text.slice(start, end);
    while (s < sentences.length - 1 && sentences[s]!.end <= start) s++;
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
      lower: lowerOf(start, end),
      start,
      end,
      sentence: sentences[s]?.index ?? 0,
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
