// What the dictionary's word classes change in attribution: a participle that opens the sentence is no
// speaker, and a Konjunktiv the hand lists never had marks reported speech. Sentences of our own, read by
// the whole attribute stage.
import { describe, expect, it } from "vitest";
import { adverbialShape } from "../../../../src/ingest/german/adverbials.ts";
import { rows, statementsOf } from "../attribute/rules/table.ts";

describe("adverbialShape: a capitalised opener that is no noun", () => {
  it.each([
    // by shape
    ["offiziell", true],
    ["befragt", true],
    // participles only the dictionary knows
    ["angesprochen", true],
    ["zusammengefasst", true],
    ["abgesehen", true],
    // nouns, names, and adjectives that are also surnames stay phrases
    ["kritik", false],
    ["regierung", false],
    ["klein", false],
    ["merkel", false],
  ])("%s → %s", (lower, expected) => {
    expect(adverbialShape(lower)).toBe(expected);
  });
});

describe("speaker: not a participle that opens the sentence", () => {
  rows([
    {
      text: "Angesprochen auf die Baukosten sagte die Bürgermeisterin, der Zeitplan stehe.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Bürgermeisterin",
      content: "der Zeitplan stehe",
    },
    {
      text: "Zusammengefasst erklärte der Kämmerer, die Gemeinde spare an der Verwaltung.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Kämmerer",
      content: "die Gemeinde spare an der Verwaltung",
    },
  ]);
});

describe("Konjunktiv from the dictionary", () => {
  it("a weak verb's Konjunktiv I on -te continues the speaker's reported speech", () => {
    const out = statementsOf(
      "Der Gerichtssprecher sagte, das Verfahren laufe nach Plan. Es gewährleiste, dass beide Seiten gehört würden.",
    );
    expect(out.map((s) => [s.kind, s.speaker.mention?.text, s.text])).toEqual([
      ["INDIRECT", "Der Gerichtssprecher", "das Verfahren laufe nach Plan"],
      ["INDIRECT", "Der Gerichtssprecher", "Es gewährleiste, dass beide Seiten gehört würden"],
    ]);
  });

  it("the past of a weak verb is no Konjunktiv: no reported speech without a cue", () => {
    const out = statementsOf(
      "Der Gerichtssprecher sagte, das Verfahren laufe nach Plan. Die Kammer tagte bis zum Abend.",
    );
    expect(out.map((s) => s.text)).toEqual(["das Verfahren laufe nach Plan"]);
  });
});
