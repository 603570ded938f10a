import { describe, expect, it } from "vitest";
import { phrase } from "../../../../src/ingest/recognize/phrase.ts";
import { contextAfter, wordAt } from "./steps.ts";

const phraseOf = (text: string, role: string) => {
  const ctx = contextAfter(text, "roles");
  const i = wordAt(ctx, role);
  const ph = phrase(ctx, i, ctx.roleAt.get(i)!);
  return [ph.rm.text, ph.rm.organizationId, ph.orgRule, ph.hasDeterminer];
};

describe("recognize/phrase: the phrase around a role word and where its body comes from", () => {
  it.each([
    [
      "a nationality adjective",
      "Der estnische Gesandte kam.",
      "Gesandte",
      ["Der estnische Gesandte", "estland", "role:adjective", true],
    ],
    [
      "a genitive after the noun",
      "Der Finanzminister Polens sprach.",
      "Finanzminister",
      ["Der Finanzminister Polens", "polen", "role:genitive", true],
    ],
    [
      "a genitive before the noun",
      "Dann sprach Selenskyjs Berater.",
      "Berater",
      ["Selenskyjs Berater", "ukraine", "role:genitive", false],
    ],
    [
      "a complement with a body",
      "Er traf den Sprecher des Kanzleramts.",
      "Sprecher",
      ["den Sprecher des Kanzleramts", "kanzleramt", "role:complement", true],
    ],
    [
      "a prefix over the noun's default",
      "Der US-Botschafter kam.",
      "US-Botschafter",
      ["Der US-Botschafter", "usa", "role:prefix", true],
    ],
    [
      "an unknown body to its end",
      "Der Vorsitzende der Bauernvereinigung sprach.",
      "Vorsitzende",
      ["Der Vorsitzende der Bauernvereinigung", null, null, true],
    ],
    [
      "an adjective only after a determiner",
      "Dann sprach hochrangige Beraterin Lena.",
      "Beraterin",
      ["Beraterin", null, null, false],
    ],
  ])("reads %s", (_, text, role, expected) => {
    expect(phraseOf(text, role)).toEqual(expected);
  });
});
