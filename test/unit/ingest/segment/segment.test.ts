import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normalize } from "../../../../src/ingest/normalize/normalize.ts";
import { isInputError } from "../../../../src/ingest/read/read.ts";
import { quoteRegions } from "../../../../src/ingest/segment/quotes.ts";
import { mayBreakInside, paragraphSpans, segment } from "../../../../src/ingest/segment/segment.ts";
import type { Segmented } from "../../../../src/ingest/types.ts";
import { randomTexts } from "../../../random-text.ts";

function seg(text: string): Segmented {
  const a = normalize({ file: "t.txt", format: "txt", meta: {}, text });
  if (isInputError(a)) throw new Error(a.reason);
  return segment(a);
}
const sentences = (text: string) => seg(text).sentences.map((s) => s.text);

function checkOffsets(d: Segmented): void {
  const t = d.article.text;
  for (const p of d.paragraphs) expect(t.slice(p.start, p.end).trim()).toBe(t.slice(p.start, p.end));
  for (const s of d.sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
  for (const k of d.tokens) expect(t.slice(k.start, k.end)).toBe(k.text);
}

describe("sentences", () => {
  it("does not split at German abbreviations, ordinal dates or initials", () => {
    const text = readFileSync(path.join("test/fixtures/articles", "abbreviations.txt"), "utf8");
    expect(sentences(text)).toEqual([
      "Forschung – Neue Messstation am Nordpol",
      "Das Institut u. a. für Klimafragen hat am 18. Dezember 2025 eine Messstation eröffnet.",
      "Leiterin ist Dr. Petra Hansen, die z. B. Eisdicken misst.",
      "Die Station liegt ca. 3 km vom Lager Nr. 4 bzw. vom St. Georgs-Haus entfernt.",
      "Sie kostete rund 2,5 Mio. Euro.",
      "Ein Sprecher sagte: „Die Messungen laufen gut. Wir rechnen mit ersten Daten im Frühjahr.“",
      "Der 2. Bauabschnitt beginnt im März.",
      "Auch der Meteorologe John F. Kellner ist beteiligt.",
    ]);
  });

  it("keeps a sentence with a number at its end apart from the next", () => {
    expect(sentences("Die Zahl der Verletzten stieg auf 18. Die Polizei sperrte die Straße.")).toEqual([
      "Die Zahl der Verletzten stieg auf 18.",
      "Die Polizei sperrte die Straße.",
    ]);
  });

  it("keeps ordinals before nouns in one sentence", () => {
    expect(
      sentences(
        "Das Kloster stammt aus dem frühen 16. Jahrhundert. Die Krankheit tritt zwischen dem 50. und 70. Lebensjahr auf. Der 1. FC Köln gewann. Er setzte ein 13. Monatsgehalt durch.",
      ),
    ).toEqual([
      "Das Kloster stammt aus dem frühen 16. Jahrhundert.",
      "Die Krankheit tritt zwischen dem 50. und 70. Lebensjahr auf.",
      "Der 1. FC Köln gewann.",
      "Er setzte ein 13. Monatsgehalt durch.",
    ]);
  });

  it("splits after a one-letter name such as the platform X", () => {
    expect(
      sentences("Er schrieb auf der Plattform X. Dmitrijew teilte den Post. Viel hänge davon ab."),
    ).toEqual(["Er schrieb auf der Plattform X.", "Dmitrijew teilte den Post.", "Viel hänge davon ab."]);
  });

  it("keeps a closed quotation together, with the cue that follows it", () => {
    expect(
      sentences(
        '„Wir kommen voran. Es bleibt viel zu tun“, sagte sie. "Das ist gut. Sehr gut", meinte er. «Warum nicht? Wir sind bereit», hieß es.',
      ),
    ).toEqual([
      "„Wir kommen voran. Es bleibt viel zu tun“, sagte sie.",
      '"Das ist gut. Sehr gut", meinte er.',
      "«Warum nicht? Wir sind bereit», hieß es.",
    ]);
  });

  it("does not join across a question mark followed by the cue", () => {
    expect(sentences("„Was nun?“, fragte der Reporter. Niemand antwortete.")).toEqual([
      "„Was nun?“, fragte der Reporter.",
      "Niemand antwortete.",
    ]);
  });

  it("survives an unterminated quotation: the quote ends with its paragraph", () => {
    const d = seg(readFileSync(path.join("test/fixtures/articles", "unterminated.txt"), "utf8"));
    expect(d.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Streit um Windpark hält an"],
      [
        1,
        "Der Landrat Georg Weiß äußerte sich am Montag deutlich: „Wir werden den Bau nicht weiter verzögern.",
      ],
      [1, "Die Genehmigung liegt vor."],
      [1, "Jetzt wird gebaut."],
      [2, "Die Bürgerinitiative kündigte dagegen Widerstand an."],
      [2, "Ihr Sprecher sagte, man prüfe rechtliche Schritte."],
    ]);
    checkOffsets(d);
  });

  it("treats a headline line without a full stop as its own sentence and paragraph", () => {
    const d = seg("Witkoff lobt Russland\nDer Gesandte äußerte sich zufrieden. Er reiste ab.");
    expect(d.paragraphs).toHaveLength(2);
    expect(d.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, "Witkoff lobt Russland"],
      [1, "Der Gesandte äußerte sich zufrieden."],
      [1, "Er reiste ab."],
    ]);
  });

  it("handles the SpkAtt shape: one tokenized sentence per line", () => {
    const d = seg(readFileSync(path.join("test/fixtures/articles", "spkatt-shape.txt"), "utf8"));
    expect(d.sentences.map((s) => s.text)).toEqual([
      "Der Minister besuchte am Montag die Werft in Kiel .",
      "Er sagte , die Aufträge seien gesichert .",
      '" Wir brauchen diese Arbeitsplätze " , betonte er .',
      "die Gewerkschaft begrüßte den Besuch .",
    ]);
    checkOffsets(d);
  });
});

describe("short paragraphs segmented together", () => {
  it("get exactly the sentences each gets alone", () => {
    const paragraphs = [
      "Streit um die Brücke",
      "Der Bürgermeister sagte am 3. März: „Wir bauen. Punkt.“ Danach ging er.",
      "z. B. die Kosten: ca. 4 Mio. Euro. Und dann?",
      "Ein Satz ohne Punkt",
      "«Nein!», rief sie. Dr. Ruth Klein widersprach … Ende.",
      "Nr. 5 ist fertig. 12. Das war's.",
    ];
    const alone = paragraphs.flatMap((p) => sentences(p));
    expect(sentences(paragraphs.join("\n\n"))).toEqual(alone);
    expect(sentences(paragraphs.join("\n\n")).slice(0, 5)).toEqual([
      "Streit um die Brücke",
      "Der Bürgermeister sagte am 3. März: „Wir bauen. Punkt.“",
      "Danach ging er.",
      "z. B. die Kosten: ca. 4 Mio. Euro.",
      "Und dann?",
    ]);
  });
});

describe("paragraphs", () => {
  it("splits at blank lines and at line breaks, but not inside a hard-wrapped sentence", () => {
    const text = "Erster Absatz, der\nweitergeht bis hier.\nZweiter Absatz.\n\nDritter Absatz.";
    const spans = paragraphSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(["Erster Absatz, der\nweitergeht bis hier.", "Zweiter Absatz.", "Dritter Absatz."]);
    const d = seg(text);
    expect(d.sentences.map((s) => s.text)).toEqual([
      "Erster Absatz, der\nweitergeht bis hier.",
      "Zweiter Absatz.",
      "Dritter Absatz.",
    ]);
  });
});

describe("paragraphs with one sentence per line", () => {
  it("keep a quotation that runs over several lines together", () => {
    const d = seg("Er sagte: „Wir kommen.\nDas ist sicher.“\nDanach ging er.\n„Offen\nbleibt");
    expect(d.paragraphs.map((p) => d.article.text.slice(p.start, p.end))).toEqual([
      "Er sagte: „Wir kommen.\nDas ist sicher.“",
      "Danach ging er.",
      "„Offen\nbleibt",
    ]);
    expect(d.sentences.map((s) => s.text)).toEqual([
      "Er sagte: „Wir kommen.\nDas ist sicher.“",
      "Danach ging er.",
      "„Offen\nbleibt",
    ]);
  });
});

describe("quoteRegions", () => {
  it("pairs German, guillemet and ASCII quotation marks, ignores unclosed ones", () => {
    const s = 'A „b“ c «d» e "f" g „h';
    expect(quoteRegions(s).map(([a, b]) => s.slice(a, b))).toEqual(["„b“", "«d»", '"f"']);
  });
});

describe("tokens", () => {
  it("keeps hyphenated compounds, dates and decimals whole and gives punctuation its own token", () => {
    const d = seg(
      "Der US-Sondergesandte nannte den 28-Punkte-Plan am 21.12.2025 um 7:13 Uhr „gut“, Kosten: 3,5 Mio.",
    );
    expect(d.tokens.map((t) => t.text)).toEqual([
      "Der",
      "US-Sondergesandte",
      "nannte",
      "den",
      "28-Punkte-Plan",
      "am",
      "21.12.2025",
      "um",
      "7:13",
      "Uhr",
      "„",
      "gut",
      "“",
      ",",
      "Kosten",
      ":",
      "3,5",
      "Mio",
      ".",
    ]);
    expect(d.tokens.every((t) => t.sentence === 0)).toBe(true);
    checkOffsets(d);
  });
});

describe("seed articles", () => {
  const files = [
    "000_afb17c7aae4cb7af",
    "001_84b75070b8c22cdc",
    "002_047551f3861a38ba",
    "003_2168dff70e21157d",
    "004_1d2aa25a484ef319",
  ];

  it("have consistent offsets everywhere", () => {
    for (const f of files) checkOffsets(seg(readFileSync(path.join("data/articles", `${f}.txt`), "utf8")));
  });

  it("003: the Dmitrijew post stays one sentence and 'X.' ends one", () => {
    const s = sentences(readFileSync("data/articles/003_2168dff70e21157d.txt", "utf8"));
    expect(s).toContain(
      "Später postete der russische Unterhändler eine weitere Nachricht mit einem Selfie vor einer Strandkulisse: „Danke, Miami. Nächstes Mal: Moskau.“",
    );
    expect(s).toContain(
      "Die Gespräche würden „ziemlich zügig voranschreiten“, erklärte er im Onlinedienst X.",
    );
    expect(s).toContain(
      "Ukraine-Gespräche in Miami: Witkoff lobt Russland – Selenskyj zeigt sich ernüchtert",
    );
  });

  it("002: the unterminated «Dafür zolle … quotation does not swallow the next paragraph", () => {
    const d = seg(readFileSync("data/articles/002_047551f3861a38ba.txt", "utf8"));
    const last = d.sentences.find((s) => s.text.includes("Dafür zolle ich ihm großen Respekt."))!;
    expect(last.text.endsWith("«Dafür zolle ich ihm großen Respekt.")).toBe(true);
    const next = d.sentences[last.index + 1]!;
    expect(next.paragraph).toBe(last.paragraph + 1);
    expect(next.text).toBe(
      "Rutte wandte sich auch gegen Befürchtungen, die USA könnten ihre Unterstützung der Ukraine einstellen.",
    );
  });
});

describe("a 5 MB article", () => {
  const seed = readFileSync("data/articles/002_047551f3861a38ba.txt", "utf8").replace(/^ date \S+ /, "");

  it("segments many paragraphs with exact offsets", () => {
    let text = "";
    while (text.length < 5_000_000) text += `${seed}\n\n`;
    const d = seg(text);
    expect(d.article.text.length).toBeGreaterThan(4_900_000);
    expect(d.paragraphs.length).toBeGreaterThan(5000);
    expect(d.sentences.length).toBeGreaterThan(d.paragraphs.length);
    for (let i = 0; i < d.sentences.length; i += 997) {
      const s = d.sentences[i]!;
      expect(d.article.text.slice(s.start, s.end)).toBe(s.text);
    }
  }, 120_000);

  it("segments one 5 MB paragraph (no line breaks) into sentences", () => {
    let text = "";
    const flat = seed.replace(/\s*\n+\s*/g, " ");
    while (text.length < 5_000_000) text += `${flat} `;
    const d = seg(text);
    expect(d.paragraphs).toHaveLength(1);
    const perCopy = sentences(flat).length;
    const copies = Math.ceil(5_000_000 / (flat.length + 1));
    expect(d.sentences.length).toBeGreaterThan(perCopy * copies * 0.9);
    const probe = d.sentences[Math.floor(d.sentences.length / 2)]!;
    expect(d.article.text.slice(probe.start, probe.end)).toBe(probe.text);
    expect(probe.text.length).toBeLessThan(2000);
  }, 120_000);
});

describe("segment: paragraphs that need no segmenter call", () => {
  const icu = new Intl.Segmenter("de", { granularity: "sentence" });
  const icuBreaks = (p: string) => [...icu.segment(p)].map((s) => s.index).filter((i) => i > 0);

  it("skips only paragraphs the segmenter would not break inside, on random text", () => {
    const alphabet = [
      "a",
      "B",
      "ö",
      "Ü",
      "7",
      " ",
      " ",
      "\t",
      ".",
      "!",
      "?",
      "‼",
      "。",
      "…",
      ":",
      ";",
      "–",
      ",",
      "„",
      "“",
      "”",
      "«",
      "»",
      "(",
      ")",
      '"',
      "'",
      "\r",
      "\u2028",
      "😀",
      "𑁇",
    ];
    let skipped = 0;
    for (const p of randomTexts(alphabet, { seed: 11, rounds: 5000, spread: 30, minLength: 1 })) {
      if (!mayBreakInside(p)) {
        skipped++;
        expect(icuBreaks(p), JSON.stringify(p)).toEqual([]);
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it("calls the segmenter for a terminator before the closing one, and not for a one-sentence paragraph", () => {
    expect(mayBreakInside("Dr. Müller kam")).toBe(true);
    expect(mayBreakInside("Er kam. Sie ging.")).toBe(true);
    expect(mayBreakInside("Er sagte: „Wir kommen.“ ")).toBe(false);
    expect(mayBreakInside("Was?!")).toBe(false);
    expect(mayBreakInside("Eine Überschrift ohne Punkt")).toBe(false);
    // after a terminator, an emoji is not part of the closing run: the segmenter breaks before it
    expect(mayBreakInside("Er kam.😀")).toBe(true);
  });

  it("finds the same sentences in the seed articles as the segmenter paragraph by paragraph", () => {
    for (const f of readdirSync("data/articles").filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(`data/articles/${f}`, "utf8");
      for (const p of text.split("\n").filter((l) => l.trim()))
        if (!mayBreakInside(p)) expect(icuBreaks(p), p).toEqual([]);
    }
  });
});
