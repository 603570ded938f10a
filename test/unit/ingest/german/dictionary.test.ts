// The German full-form dictionary: word classes of capitalized words, and which verb forms are a
// Konjunktiv of the 3rd person that nothing else can be.
import { describe, expect, it } from "vitest";
import {
  isCapitalizedParticiple,
  isCommonNoun,
  isInflectedNoun,
  isKonjunktiv,
  konjunktivForms,
  konjunktivOf,
  wordClasses,
} from "../../../../src/ingest/german/dictionary.ts";
import { comparisonForms, serialize } from "../../../../src/ingest/german/dictionary-build.ts";

describe("isCommonNoun: inflected forms of common nouns, as written", () => {
  it.each([
    ["Kritik", true],
    ["Büro", true],
    ["Büros", true],
    ["Union", true],
    ["Lage", true],
    ["Ministerin", true],
    // names are not in the dictionary
    ["Merkel", false],
    ["Scholz", false],
    ["Hamburg", false],
    // lower case is no noun form
    ["kritik", false],
    // a participle opening a sentence
    ["Befragt", false],
  ])("%s → %s", (word, expected) => {
    expect(isCommonNoun(word)).toBe(expected);
  });
});

describe("isInflectedNoun: a noun form that is never a base form", () => {
  it.each([
    ["Maßnahmen", true],
    ["Verlages", true],
    ["Probleme", true],
    // base forms, which surnames share
    ["Maßnahme", false],
    ["Müller", false],
    ["Kritik", false],
    // no noun
    ["Merkel", false],
  ])("%s → %s", (word, expected) => {
    expect(isInflectedNoun(word)).toBe(expected);
  });
});

describe("isCapitalizedParticiple: a participle capitalized by its position", () => {
  it.each([
    ["Befragt", true],
    ["Angesprochen", true],
    ["Zusammengefasst", true],
    ["Ausgehend", true],
    // a noun, a name, a word already in lower case
    ["Kritik", false],
    ["Merkel", false],
    ["befragt", false],
  ])("%s → %s", (word, expected) => {
    expect(isCapitalizedParticiple(word)).toBe(expected);
  });
});

describe("konjunktivOf: Konjunktiv I or II of the 3rd person, when the form is nothing else", () => {
  it.each([
    // Konjunktiv I: modal and strong forms, and weak ones the hand lists never had
    ["sei", 1],
    ["seien", 1],
    ["könne", 1],
    ["gewährleiste", 1],
    ["verstoße", 1],
    ["stagniere", 1],
    ["fordere", 1],
    // Konjunktiv II that differs from the past
    ["hätte", 2],
    ["wäre", 2],
    ["käme", 2],
    ["bestünde", 2],
    // the past of a weak verb is also its Konjunktiv II; the 3rd plural present is also Konjunktiv I
    ["sagte", 0],
    ["haben", 0],
    ["sagt", 0],
    // function words, adjectives, comparatives and ordinals that look like a verb form
    ["eine", 0],
    ["meine", 0],
    ["weite", 0],
    ["bessere", 0],
    ["nähere", 0],
    ["achte", 0],
    ["anstelle", 0],
    // the subordinate-clause form of a separable verb is as often the 1st person: "die ich … ansehe"
    ["ansehe", 0],
    // used as an indicative
    ["möchte", 0],
    // not a word of the dictionary
    ["xyzzy", 0],
  ])("%s → %s", (form, expected) => {
    expect(konjunktivOf(form)).toBe(expected);
    expect(isKonjunktiv(form)).toBe(expected !== 0);
  });

  it("lists the same forms as it answers for", () => {
    const one = konjunktivForms(1);
    const two = konjunktivForms(2);
    expect(one).toContain("gewährleiste");
    expect(one).not.toContain("sagte");
    expect(two).toContain("hätte");
    expect(two).not.toContain("möchte");
    for (const f of [...one.slice(0, 50), ...two.slice(0, 50)]) expect(konjunktivOf(f)).not.toBe(0);
  });
});

describe("wordClasses: every reading of a word", () => {
  it("reads a capitalized word as a noun as written and as anything else in lower case", () => {
    expect(wordClasses("Befragt")).toMatchObject({ noun: false, participle: true });
    expect(wordClasses("Deutsche")).toMatchObject({ noun: true, adjective: true });
    expect(wordClasses("sagte")).toMatchObject({ indicative: true, konjunktiv2: true, verb: true });
    expect(wordClasses("Merkel")).toMatchObject({ noun: false, adjective: false, verb: false });
  });
});

describe("dictionary build", () => {
  it("declines comparatives and superlatives, with umlaut and irregular stems", () => {
    expect(comparisonForms("alt")).toEqual(expect.arrayContaining(["älter", "ältere", "ältesten"]));
    expect(comparisonForms("klar")).toEqual(expect.arrayContaining(["klarer", "klarste"]));
    expect(comparisonForms("gut")).toEqual(expect.arrayContaining(["bessere", "beste"]));
    expect(comparisonForms("gut")).not.toContain("guter");
  });

  it("writes one sorted line per form, in the order a binary search compares", () => {
    const text = serialize(
      new Map([
        ["Zug", 1],
        ["Ärger", 1],
        ["abends", 2],
      ]),
    );
    const forms = text
      .trimEnd()
      .split("\n")
      .map((line) => line.split("\t")[0]);
    expect(forms).toEqual(["Zug", "abends", "Ärger"]);
  });
});
