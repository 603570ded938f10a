import { describe, expect, it } from "vitest";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { ArticleMeta } from "../../../../src/ingest/types.ts";
import { segmentLite } from "./support.ts";

/** Each person's affiliations as [person, organization, rule], for an article with this metadata. */
function affiliations(text: string, meta: Partial<ArticleMeta>): string[][] {
  const doc = segmentLite(text);
  Object.assign(doc.article.meta, meta);
  return recognize(doc)
    .entities.filter((e) => e.type === "PERSON")
    .flatMap((e) => e.affiliations.map((a) => [e.id, a.organizationId, a.rule]));
}

const CABINET = "Bundeskanzler Karl Weiß reiste an. Umweltministerin Ulla Berg folgte.";

describe("recognize/affiliate: the country an outlet or dateline takes for granted", () => {
  it.each([
    [
      "an Austrian outlet's URL",
      { url: "https://www.derstandard.at/story/1" },
      [
        ["karl-weiss", "oesterreich", "role+name/role:outlet-country"],
        ["ulla-berg", "oesterreich", "role+name/role:home-country"],
      ],
    ],
    [
      "a Swiss outlet's name",
      { source: "NZZ" },
      [
        ["karl-weiss", "schweiz", "role+name/role:outlet-country"],
        ["ulla-berg", "schweiz", "role+name/role:home-country"],
      ],
    ],
    [
      "a dateline's place",
      { dateline: "Wien" },
      [
        ["karl-weiss", "oesterreich", "role+name/role:outlet-country"],
        ["ulla-berg", "oesterreich", "role+name/role:home-country"],
      ],
    ],
    [
      "a German outlet, whose chancellor is Germany's",
      { source: "dpa" },
      [
        ["karl-weiss", "deutschland", "role+name/role:default"],
        ["ulla-berg", "deutschland", "role+name/role:home-country"],
      ],
    ],
    [
      "a correspondent's dateline abroad, whose chancellor is still the reader's",
      { dateline: "Washington" },
      [
        ["karl-weiss", "deutschland", "role+name/role:default"],
        ["ulla-berg", "deutschland", "role+name/role:home-country"],
      ],
    ],
    [
      "no outlet",
      {},
      [
        ["karl-weiss", "deutschland", "role+name/role:default"],
        ["ulla-berg", "deutschland", "role+name/role:home-country"],
      ],
    ],
  ])("reads %s", (_, meta, expected) => {
    expect(affiliations(CABINET, meta)).toEqual(expected);
  });

  it("gives an unqualified minister the outlet's country when no head of government is named", () => {
    expect(affiliations("Umweltministerin Ulla Berg sprach.", { url: "https://orf.at/stories/1/" })).toEqual([
      ["ulla-berg", "oesterreich", "role+name/role:home-country"],
    ]);
  });

  it("keeps a country the phrase names itself", () => {
    expect(
      affiliations("Der deutsche Außenminister Jan Roth sprach.", { url: "https://orf.at/stories/1/" }),
    ).toEqual([["jan-roth", "deutschland", "role+name/role:adjective"]]);
  });
});

describe("recognize/affiliate: the country an article without outlet or dateline is written from", () => {
  it.each([
    [
      "a minister's party in parentheses",
      "Finanzministerin Ulla Berg (SPÖ) verteidigte das Budget.",
      [
        ["ulla-berg", "oesterreich", "role+name/role:party-country"],
        ["ulla-berg", "spoe", "party-parenthesis"],
      ],
    ],
    [
      "a chancellor's party over the noun's own country",
      "Bundeskanzler Karl Weiß (ÖVP) reiste an.",
      [
        ["karl-weiss", "oesterreich", "role+name/role:outlet-country"],
        ["karl-weiss", "oevp", "party-parenthesis"],
      ],
    ],
    [
      "the parties the article names",
      "Die FPÖ und die NEOS kritisierten die Regierung. Umweltministerin Ulla Berg verteidigte sich.",
      [["ulla-berg", "oesterreich", "role+name/role:home-country"]],
    ],
    [
      "a programme of an Austrian broadcaster",
      "Umweltministerin Ulla Berg verteidigte das Paket in der „ZiB 2“ gegen die Kritik.",
      [["ulla-berg", "oesterreich", "role+name/role:home-country"]],
    ],
  ])("reads %s", (_what, text, expected) => {
    expect(affiliations(text, {})).toEqual(expected);
  });

  it("decides nothing when the article names parties of two countries, and no party word counts", () => {
    expect(affiliations("Die SPÖ und die SPD streiten. Umweltministerin Ulla Berg schwieg.", {})).toEqual([]);
    // "Grüne" names parties in Germany, Austria and Switzerland: no evidence of one
    expect(affiliations("Die Grünen streiten. Umweltministerin Ulla Berg schwieg.", {})).toEqual([]);
  });

  it("makes no German party's minister Austrian, nor a German minister's body one of the Länder's", () => {
    // (a German "Innenminister X (CDU)" may be a Land's: the party says nothing of the role's body)
    expect(affiliations("Die NEOS protestierten. Innenminister Max Roth (CDU) schwieg.", {})).toEqual([
      ["max-roth", "cdu", "party-parenthesis"],
    ]);
    expect(affiliations("Die CDU und die SPD streiten. Innenminister Max Roth schwieg.", {})).toEqual([]);
  });

  it("reads no country from a party whose name is a word of many countries", () => {
    expect(affiliations("Ministerpräsident Abu Sana (Demokraten) schwieg.", {})).toEqual([
      ["abu-sana", "demokraten", "party-parenthesis"],
    ]);
  });
});
