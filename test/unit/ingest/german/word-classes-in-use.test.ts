// What the dictionary's word classes change: a participle that opens the sentence is no speaker, a
// Konjunktiv the hand lists never had marks reported speech, an inflected noun is no part of a name. Sentences of our own, read by
// the whole attribute stage.
import { describe, expect, it } from "vitest";
import { adverbialShape } from "../../../../src/ingest/german/adverbials.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import { rows, statementsOf } from "../attribute/rules/table.ts";
import { segmentLite } from "../recognize/support.ts";

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

describe("people: an inflected common noun is no part of a name", () => {
  const people = (text: string) =>
    recognize(segmentLite(text))
      .entities.filter((e) => e.type === "PERSON")
      .map((e) => e.name);

  it("ends a name run after a full name, and opens none", () => {
    expect(
      people("Der Forscher Jonas Beispielmann Probleme sah er nicht. Maßnahmen Hilfe blieben aus."),
    ).toEqual(["Jonas Beispielmann"]);
  });

  it("keeps a surname after a given name even when it is also a noun form", () => {
    expect(people("Trainer Harald Range und Stürmer Patrick Helmes lobten die Fans.")).toEqual([
      "Harald Range",
      "Patrick Helmes",
    ]);
  });
});
