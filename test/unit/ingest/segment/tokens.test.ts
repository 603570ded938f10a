import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tokenSpans, tokenSpansByRegex } from "../../../../src/ingest/segment/tokens.ts";
import { randomTexts } from "../../../random-text.ts";
import { segmentLite } from "../recognize/support.ts";

const SEEDS = path.join(import.meta.dirname, "../../../../data/articles");

function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  tokenSpans(text, (a, b) => out.push([a, b]));
  return out;
}

describe("segment: the token scanner", () => {
  it("finds exactly the tokens of the reference pattern in the seed articles", () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(path.join(SEEDS, f), "utf8");
      expect(scanned(text), f).toEqual(tokenSpansByRegex(text));
    }
  });

  it("keeps compounds, abbreviations, times and non-Latin words whole and every mark apart", () => {
    const text = "Der Kreml-Chef sagte um 15:36 Uhr „U.S.-Pläne“ – AT&T/Telekom, 3,5 % Путин 😀 𝐀𝐁: 7:";
    const toks = scanned(text).map(([a, b]) => text.slice(a, b));
    expect(toks).toEqual(tokenSpansByRegex(text).map(([a, b]) => text.slice(a, b)));
    expect(toks).toEqual(
      expect.arrayContaining(["Kreml-Chef", "15:36", "U.S", "AT&T/Telekom", "Путин", "😀", "𝐀𝐁", "„", "–"]),
    );
  });

  it("agrees with the pattern on random mixes of letters, joiners, colons, spaces and surrogates", () => {
    const alphabet = [
      "a",
      "Z",
      "ä",
      "ß",
      "7",
      "0",
      ":",
      "-",
      "'",
      "’",
      ".",
      "&",
      "/",
      " ",
      "\u00a0",
      "\u2009",
      "\n",
      "Ж",
      "𝐀",
      "😀",
      "\ud800",
      "\udc00",
      "«",
      "½",
      ",",
    ];
    for (const text of randomTexts(alphabet, { seed: 7, rounds: 1000, spread: 40 })) {
      expect(scanned(text), JSON.stringify(text)).toEqual(tokenSpansByRegex(text));
    }
  });

  it("marks quote openers, closers and the tokens inside a quote", () => {
    const text = "Er sagte: „Wir kommen.“";
    const doc = segmentLite(text);
    expect(doc.quotes).toEqual([{ start: 10, end: 23, innerStart: 11, innerEnd: 22, terminated: true }]);
    const toks = doc.tokens;
    expect(toks.map((t) => [t.text, t.kind, t.q, t.cap])).toEqual([
      ["Er", "word", -1, true],
      ["sagte", "word", -1, false],
      [":", "punct", -1, false],
      ["„", "qopen", -1, false],
      ["Wir", "word", 0, true],
      ["kommen", "word", 0, false],
      [".", "punct", 0, false],
      ["“", "qclose", -1, false],
    ]);
  });
});
