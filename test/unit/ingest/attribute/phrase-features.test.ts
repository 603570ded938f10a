// What a speaker phrase says about its referent by itself: gender and the sides its role is tied to.
import { describe, expect, it } from "vitest";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { parseNP } from "../../../../src/ingest/attribute/np.ts";
import {
  genderOf,
  genderOfFirstName,
  sideOf,
  sidesOf,
} from "../../../../src/ingest/attribute/phrase-features.ts";
import { segmentLite } from "../recognize/support.ts";

const lex = attributionLexicon();

function phrase(text: string) {
  const np = parseNP(segmentLite(text).tokens, 0, lex);
  if (!np) throw new Error(`no phrase in "${text}"`);
  return np;
}

describe("sideOf: the side a word names, inflected or in a compound", () => {
  it.each([
    ["russische", "russland"],
    ["Russlands", "russland"],
    ["Kreml", "russland"],
    ["ukrainischen", "ukraine"],
    ["US-Präsident", "usa"],
    ["Nato-Chef", "nato"],
    ["Hamburg", null],
  ])("%s → %s", (word, side) => {
    expect(sideOf(word, lex)).toBe(side);
  });
});

describe("sidesOf: the sides of a phrase, from adjectives, possessor, compound and modifiers", () => {
  it.each([
    ["der russische Unterhändler sagte", ["russland"]],
    ["Russlands Unterhändler sagte", ["russland"]],
    ["Nato-Chef Mark Rutte sagte", ["nato"]],
    ["der Berater von Kremlchef Wladimir Putin sagte", ["russland"]],
    ["der Berater sagte", []],
  ])("%s → %j", (text, sides) => {
    expect([...sidesOf(phrase(text), lex)]).toEqual(sides);
  });
});

describe("genderOf: from the given name, a feminine role noun, or the article", () => {
  it.each([
    ["Lena Brandt sagte", "f"],
    ["Jonas Weil sagte", "m"],
    ["die Sprecherin sagte", "f"],
    ["Sprecherin Lena Brandt sagte", "f"],
    ["der Sprecher sagte", "m"],
    ["ein Vertreter sagte", "m"],
    ["eine Vertreterin sagte", "f"],
    // "die" before a noun that is no role may be a plural or an organization
    ["die Polizei sagte", null],
  ])("%s → %s", (text, gender) => {
    expect(genderOf(phrase(text), lex)).toBe(gender);
  });

  it.each([
    ["Anna", "f"],
    ["Luca", "m"],
    ["Jonas", "m"],
    ["X", null],
  ])("genderOfFirstName(%s) → %s", (name, gender) => {
    expect(genderOfFirstName(name, lex)).toBe(gender);
  });
});
