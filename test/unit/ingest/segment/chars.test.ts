import { describe, expect, it } from "vitest";
import { isSpaceAt, lowerSlicer, wordCharAt } from "../../../../src/ingest/segment/chars.ts";

describe("chars: lower case of a slice from the whole text", () => {
  it("equals lower-casing each slice, in a two-byte text", () => {
    const text = "„Der US-Sondergesandte“ ÄRGERT Öffentlichkeit: STRAẞE, Путин";
    const lowerOf = lowerSlicer(text);
    for (const [a, b] of [
      [1, 4],
      [5, 22],
      [24, 30],
      [31, 45],
      [47, 53],
      [55, 60],
    ] as const)
      expect(lowerOf(a, b)).toBe(text.slice(a, b).toLowerCase());
  });

  it("falls back to slice by slice where lower-casing changes length or looks at neighbours", () => {
    const dotted = "İSTANBUL liegt am Bosporus";
    expect(lowerSlicer(dotted)(9, 14)).toBe("liegt");
    expect(lowerSlicer(dotted)(0, 8)).toBe("İSTANBUL".toLowerCase());
    const greek = "ΟΔΟΣ:ΑΘΗΝΑ";
    // Σ before ":" and a letter is not word-final in the whole text, but is in the slice alone
    expect(lowerSlicer(greek)(0, 4)).toBe("ΟΔΟΣ".toLowerCase());
  });
});

describe("chars: classes", () => {
  it("reads letters, digits, astral letters and Unicode spaces as the regex classes do", () => {
    expect(wordCharAt("ä", 0)).toBe(1);
    expect(wordCharAt("½", 0)).toBe(1);
    expect(wordCharAt("𝐀", 0)).toBe(2);
    expect(wordCharAt("😀", 0)).toBe(0);
    expect(wordCharAt("„", 0)).toBe(0);
    expect(isSpaceAt("\u00a0", 0)).toBe(true);
    expect(isSpaceAt("\u2009", 0)).toBe(true);
    expect(isSpaceAt("-", 0)).toBe(false);
  });
});
