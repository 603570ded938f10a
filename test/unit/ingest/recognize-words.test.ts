import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wordSpans, wordSpansByRegex } from "../../../src/ingest/recognize/words.ts";

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
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 500; round++) {
      let text = "";
      const len = Math.floor(rand() * 40);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(wordSpansByRegex(text));
    }
  });
});
