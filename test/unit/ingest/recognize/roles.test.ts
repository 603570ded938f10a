import { describe, expect, it } from "vitest";
import { contextAfter } from "./steps.ts";

const roleWords = (text: string) => {
  const ctx = contextAfter(text, "roles");
  return [...ctx.roleAt].map(([i, r]) => [ctx.w[i]!.text, r.role.roleKind, r.orgId, r.prefixPersonId]);
};

const bodyTypes = (text: string) => {
  const ctx = contextAfter(text, "roles");
  return [...ctx.roleAt].map(([i, r]) => [ctx.w[i]!.text, r.bodyType ?? null]);
};

describe("recognize/roles: role words and the body their prefix names", () => {
  it.each([
    ["a declined noun", "Die Beraterin schwieg.", [["Beraterin", "ADVISOR", null, null]]],
    [
      "a noun with its own body",
      "Der Bundeskanzler kam.",
      [["Bundeskanzler", "HEAD_OF_GOVERNMENT", "deutschland", null]],
    ],
    ["a closed compound", "Die Kremlsprecherin kam.", [["Kremlsprecherin", "SPOKESPERSON", "kreml", null]]],
    [
      "a place prefix as its country",
      "Ein Moskau-Unterhändler kam.",
      [["Moskau-Unterhändler", "NEGOTIATOR", "russland", null]],
    ],
    [
      "a person prefix as their office",
      "Ein Putin-Berater kam.",
      [["Putin-Berater", "ADVISOR", "kreml", "wladimir-putin"]],
    ],
    [
      "an unknown acronym prefix as a body",
      "Der VKD-Landeschef kam.",
      [["VKD-Landeschef", "OFFICIAL", "vkd", null]],
    ],
    [
      "an unknown acronym before a closed compound",
      "Die ÖBV-Generalsekretärin kam.",
      [["ÖBV-Generalsekretärin", "OFFICIAL", "oebv", null]],
    ],
    [
      "a prefix of capitalized words as a body's name",
      "Der Pro-Asyl-Sprecher kam.",
      [["Pro-Asyl-Sprecher", "SPOKESPERSON", "pro-asyl", null]],
    ],
    [
      "a prefix of capitalized words before a leader's role",
      "Die Pro-Rad-Chefin kam.",
      [["Pro-Rad-Chefin", "OFFICIAL", "pro-rad", null]],
    ],
    [
      "no body in the hyphenated subject of an adviser",
      "Ein Corona-Krisen-Berater kam.",
      [["Corona-Krisen-Berater", "ADVISOR", null, null]],
    ],
    ["no body in a two-letter prefix", "Ein KI-Experte kam.", [["KI-Experte", "EXPERT", null, null]]],
    [
      "no body in a capitalized word prefix",
      "Ein Corona-Experte kam.",
      [["Corona-Experte", "EXPERT", null, null]],
    ],
    [
      "a closed prefix that begins with a known one",
      "Die Bundesbildungsministerin kam.",
      [["Bundesbildungsministerin", "MINISTER", "deutschland", null]],
    ],
    ["no role in a word that only ends like one", "Der Lautsprecher fiel aus.", []],
    ["no role in a lower-case word", "Sie sprach als beraterin.", []],
  ])("reads %s", (_, text, expected) => {
    expect(roleWords(text)).toEqual(expected);
  });
});

describe("recognize/roles: the kind of body a role serves when none is named", () => {
  it.each([
    ["the role noun's own kind", "Die Richterin schwieg.", [["Richterin", "gericht"]]],
    [
      "a compound's prefix with its linking s",
      "Der Gerichtssprecher schwieg.",
      [["Gerichtssprecher", "gericht"]],
    ],
    ["a hyphenated prefix", "Die Polizei-Sprecherin schwieg.", [["Polizei-Sprecherin", "polizei"]]],
    ["no kind in a prefix that is no body", "Der Pressesprecher schwieg.", [["Pressesprecher", null]]],
  ])("reads %s", (_, text, expected) => {
    expect(bodyTypes(text)).toEqual(expected);
  });
});
