// Character classes for the hand-written scanners (the recognizer's words, the attribution tokens).
// A scan by char codes is several times faster than a Unicode-class regex, and both run over every
// article; each scanner keeps its regex as the reference its unit test compares against.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

// Per BMP code unit, filled on first sight so the Unicode tables are asked once per distinct character:
// 0 not yet known, 1 letter or digit, 2 white space, 3 anything else.
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++)
  bmpClass[c] =
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
      ? 1
      : SPACE.test(String.fromCharCode(c))
        ? 2
        : 3;

/** The class of the BMP character `c` at `i`; its one-character string is made only on first sight. */
function classOf(text: string, i: number, c: number): number {
  const k = bmpClass[c]!;
  if (k !== 0) return k;
  const ch = text[i]!;
  const found = LETTER_OR_DIGIT.test(ch) ? 1 : SPACE.test(ch) ? 2 : 3;
  bmpClass[c] = found;
  return found;
}

/** Length in code units of the letter or digit at `i` (2 for an astral one), 0 if there is none. */
export function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(text, i, c) === 1 ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0; // a lone high surrogate
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** White space as `\s` of a Unicode regex sees it (every such character is in the BMP). */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0xd800 || c > 0xdfff ? classOf(text, i, c) === 2 : false;
}

/** End of the run of letters and digits starting at `i` (`i` itself when there is none). */
export function runEnd(text: string, i: number): number {
  for (let n = wordCharAt(text, i); n > 0; n = wordCharAt(text, i)) i += n;
  return i;
}

/**
 * Lower case of text.slice(start, end), from one toLowerCase of the whole text. V8 lower-cases a
 * two-byte string (any text with „ or “ in it, and every slice of it) through ICU, several times slower
 * per call than a one-byte one, so one call per text beats one per word. Where lower-casing is not
 * character by character (İ becomes two characters, Σ depends on its neighbours) each slice is
 * lower-cased on its own.
 */
export function lowerSlicer(text: string): (start: number, end: number) => string {
  const lower = text.toLowerCase();
  if (lower.length === text.length && !text.includes("Σ")) return (a, b) => lower.slice(a, b);
  return (a, b) => text.slice(a, b).toLowerCase();
}
