import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wordSpans, wordSpansByRegex } from "../../../../src/ingest/recognize/words.ts";
import { randomTexts } from "../../../random-text.ts";

function scanned(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  wordSpans(text, (a, b) => out.push([a, b]));
  return out;
}

describe("recognize: the word scanner", () => {
  it("finds exactly the words of the reference pattern in the seed articles", () => {
    const dir = "data/articles";
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(`${dir}/${f}`, "utf8");
      expect(scanned(text), f).toEqual(wordSpansByRegex(text));
    }
  });

  it("keeps compounds, genitive apostrophes, digits and non-Latin letters as the pattern does", () => {
    const text =
      "US-Sondergesandter Witkoff‐Team, Lukas’ Plan, 28-Punkte-Plan am 21.12.2025; ’Zitat’ Ölpreis " +
      "Путин's Москва-Берлин 𝐀𝐁 x- -y a'-b ½ Straße ² l'Orient ''";
    expect(scanned(text)).toEqual(wordSpansByRegex(text));
    expect(scanned(text).map(([a, b]) => text.slice(a, b))).toContain("US-Sondergesandter");
    expect(scanned(text).map(([a, b]) => text.slice(a, b))).toContain("Lukas’");
  });

  it("agrees with the pattern on random mixes of letters, joiners, apostrophes and surrogates", () => {
    const alphabet = [
      "a",
      "Z",
      "ä",
      "ß",
      "7",
      "-",
      "‐",
      "'",
      "’",
      " ",
      ".",
      "\n",
      "Ж",
      "𝐀",
      "\ud800",
      "\udc00",
      "«",
      "½",
    ];
    for (const text of randomTexts(alphabet, { seed: 42, rounds: 500, spread: 40 })) {
      expect(scanned(text), JSON.stringify(text)).toEqual(wordSpansByRegex(text));
    }
  });
});

describe("recognize: words read off the document's tokens", () => {
  it("cuts tokens joined by . & / : , into words and joins tokens a typographic hyphen links", () => {
    const text = "U.S‐Plan um 7:13Uhr, 3,5 Mio. für AT&T/Telekom; Lukas’ Kreml‐Chef‐Team";
    const spans = scanned(text);
    expect(spans).toEqual(wordSpansByRegex(text));
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual([
      "U",
      "S‐Plan",
      "um",
      "7",
      "13Uhr",
      "3",
      "5",
      "Mio",
      "für",
      "AT",
      "T",
      "Telekom",
      "Lukas’",
      "Kreml‐Chef‐Team",
    ]);
  });

  it("agrees with the pattern on random mixes that include the token joiners the words do not share", () => {
    const alphabet = [
      "a",
      "Z",
      "7",
      "0",
      "-",
      "‐",
      "'",
      "’",
      ".",
      "&",
      "/",
      ":",
      ",",
      " ",
      "\n",
      "𝐀",
      "«",
      "½",
    ];
    for (const text of randomTexts(alphabet, { seed: 11, rounds: 1000, spread: 40 })) {
      expect(scanned(text), JSON.stringify(text)).toEqual(wordSpansByRegex(text));
    }
  });
});
