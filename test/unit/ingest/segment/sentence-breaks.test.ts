import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { knownCharacters, sentenceBreaks } from "../../../../src/ingest/segment/sentence-breaks.ts";
import { randomTexts } from "../../../random-text.ts";

const icu = new Intl.Segmenter("de", { granularity: "sentence" });
const icuBreaks = (p: string) => [...icu.segment(p)].map((s) => s.index).filter((i) => i > 0);

describe("sentence breaks without the segmenter", () => {
  it("equal Intl.Segmenter's on every seed paragraph of known characters", () => {
    let compared = 0;
    for (const f of readdirSync("data/articles").filter((x) => x.endsWith(".txt")))
      for (const p of readFileSync(`data/articles/${f}`, "utf8")
        .split("\n")
        .filter((l) => l.trim()))
        if (knownCharacters(p)) {
          compared++;
          expect(sentenceBreaks(p), p).toEqual(icuBreaks(p));
        }
    expect(compared).toBeGreaterThan(80);
  });

  it("equal Intl.Segmenter's on random text of letters, digits, spaces, terminators, closers and dashes", () => {
    const alphabet = [..."axBZöÜß70   .!?:;,-–—„“”«»()[]\"'‘’‚‹›…/&%€§°•#+*=ªµ", "\u00a0", "\t", "\u2009"];
    for (const p of randomTexts(alphabet, { seed: 3, rounds: 20000, spread: 40, minLength: 1 })) {
      expect(sentenceBreaks(p), JSON.stringify(p)).toEqual(icuBreaks(p));
    }
  });

  it("reads the rules of UAX #29 on German sentences", () => {
    // SB11: after the terminator, its closing quote and its spaces
    expect(sentenceBreaks("Er kam. Sie ging.")).toEqual([8]);
    expect(sentenceBreaks("„Ja.“ Dann ging er.")).toEqual([6]);
    // SB6 (a digit after a full stop), SB7 (U.S. before a capital), SB8 (a lower-case word goes on)
    expect(sentenceBreaks("Am 21.12.2025 um 7.30 Uhr")).toEqual([]);
    expect(sentenceBreaks("Die U.S.A. sind groß")).toEqual([]);
    expect(sentenceBreaks("Er sagte etc. und ging")).toEqual([]);
    // SB8a: a comma, dash or terminator after the terminator
    expect(sentenceBreaks("Was?! Nein.")).toEqual([6]);
    expect(sentenceBreaks("„Nein!“, sagte er.")).toEqual([]);
    // the abbreviation is the segmenter's break too; segment() joins it again
    expect(sentenceBreaks("Dr. Müller kam")).toEqual([4]);
  });

  it("leaves paragraphs with other characters to the segmenter", () => {
    expect(knownCharacters("Путин sagte: „Ja.“")).toBe(false);
    expect(knownCharacters("Er kam.😀")).toBe(false);
    expect(knownCharacters("Er kam.\u2028Sie ging.")).toBe(false);
    expect(knownCharacters("Der Preis: 3,5 % – 20 € (§ 5).")).toBe(true);
  });
});
