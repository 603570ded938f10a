// Sentence breaks by the rules of UAX #29 (SB6–SB11) for paragraphs made only of characters whose
// Sentence_Break class is listed below: Latin letters, digits, spaces and the punctuation of German
// news. Intl.Segmenter gives the same breaks (the unit tests compare the two on random text and on the
// seed articles) but costs as much as the rest of segmenting together and allocates a string per
// sentence; a paragraph with any other character still goes to it.

// Sentence_Break classes (SentenceBreakProperty.txt); UNKNOWN: not listed here, the segmenter decides.
const UNKNOWN = 0;
const OTHER = 1;
const SP = 2;
const LOWER = 3;
const UPPER = 4;
const NUMERIC = 5;
const ATERM = 6;
const STERM = 7;
const CLOSE = 8;
const SCONTINUE = 9;

const classes = new Uint8Array(0x2100);
function set(chars: string, cls: number) {
  for (const ch of chars) classes[ch.charCodeAt(0)] = cls;
}
function range(from: number, to: number, cls: number) {
  for (let c = from; c <= to; c++) classes[c] = cls;
}
range(0x61, 0x7a, LOWER);
range(0x41, 0x5a, UPPER);
range(0x30, 0x39, NUMERIC);
set(" \t\u000b\u000c\u00a0", SP);
range(0x2000, 0x200a, SP);
set("\u202f\u205f", SP);
set(".", ATERM);
set("!?", STERM);
set(`"'()[]{}«»‘’‚‛“”„‟‹›`, CLOSE);
set(",-:;\u2013\u2014", SCONTINUE);
set("#$%&*+/<=>@\\^_`|~§°©®±×÷€•…", OTHER);
range(0xc0, 0xd6, UPPER);
range(0xd8, 0xde, UPPER);
range(0xdf, 0xf6, LOWER);
range(0xf8, 0xff, LOWER);
set("ªµº", LOWER);

function classAt(p: string, i: number): number {
  const c = p.charCodeAt(i);
  return c < 0x2100 ? classes[c]! : UNKNOWN;
}

/** A code unit without a class above, as one regex character class built from the table: the regex
 *  engine scans a paragraph several times faster than a loop over charCodeAt. */
const UNKNOWN_CHARACTER = (() => {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  let known = "";
  for (let c = 0; c < classes.length; c++) {
    if (classes[c] === UNKNOWN) continue;
    let end = c;
    while (end + 1 < classes.length && classes[end + 1] !== UNKNOWN) end++;
    known += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  return new RegExp(`[^${known}]`);
})();

/** True when every character of `p` has a class above, so that sentenceBreaks(p) is exact. */
export function knownCharacters(p: string): boolean {
  return !UNKNOWN_CHARACTER.test(p);
}

/**
 * Break positions inside `p` (excluding 0 and p.length), for a paragraph of known characters only:
 * after a terminator, its closing brackets and quotes and its spaces (SB9–SB11), unless a digit follows
 * a full stop (SB6), a capital follows a full stop after a letter (SB7), a lower-case letter follows
 * after anything but letters and terminators (SB8), or a comma, dash, colon or terminator follows (SB8a).
 */
export function sentenceBreaks(p: string): number[] {
  const out: number[] = [];
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const c = classAt(p, i);
    if (c !== ATERM && c !== STERM) continue;
    const next = i + 1 < n ? classAt(p, i + 1) : UNKNOWN;
    if (c === ATERM && next === NUMERIC) continue;
    if (c === ATERM && next === UPPER && i > 0) {
      const prev = classAt(p, i - 1);
      if (prev === UPPER || prev === LOWER) continue;
    }
    let k = i + 1;
    while (k < n && classAt(p, k) === CLOSE) k++;
    while (k < n && classAt(p, k) === SP) k++;
    if (k >= n) continue;
    const after = classAt(p, k);
    if (after === SCONTINUE || after === ATERM || after === STERM) continue;
    if (c === ATERM) {
      let m = k;
      for (; m < n; m++) {
        const x = classAt(p, m);
        if (x === UPPER || x === LOWER || x === ATERM || x === STERM) break;
      }
      if (m < n && classAt(p, m) === LOWER) continue;
    }
    out.push(k);
  }
  return out;
}
