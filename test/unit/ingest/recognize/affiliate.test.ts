import { describe, expect, it } from "vitest";
import { partyAffiliations, partyRoles, rolePhrases } from "../../../../src/ingest/recognize/affiliate.ts";
import { contextAfter } from "./steps.ts";

const affiliations = (text: string) => {
  const ctx = contextAfter(text, "discover");
  const phrases = rolePhrases(ctx);
  partyAffiliations(ctx);
  partyRoles(ctx, phrases);
  return [...ctx.affiliations].flatMap(([id, list]) =>
    list.map((a) => [id, a.organizationId, a.roleKind, a.rule]),
  );
};

describe("recognize/affiliate: whose role a phrase names, and for which body", () => {
  it.each([
    [
      "the name after the role",
      "Der estnische Gesandte Toomas Ilves kam.",
      [["toomas-ilves", "estland", "NEGOTIATOR", "role+name/role:adjective"]],
    ],
    [
      "the country in a genitive after the role, the person in the apposition",
      "Der frühere Präsident Thailands, Tiko Varn, sagte ab.",
      [["tiko-varn", "thailand", "HEAD_OF_STATE", "role-apposition/role:genitive"]],
    ],
    [
      "the side the sentence speaks for",
      "Auf polnischer Seite verhandelte Vizeminister Piotr Zalewski mit.",
      [["piotr-zalewski", "polen", "MINISTER", "role+name/role:side"]],
    ],
    [
      "a country after 'für'",
      "Für Estland verhandelte Vizeminister Piotr Zalewski mit.",
      [["piotr-zalewski", "estland", "MINISTER", "role+name/role:for-country"]],
    ],
    [
      "a coordinated phrase's body",
      "Der estnische Gesandte Toomas Ilves und Generalstabschef Karl Saar kamen.",
      [
        ["toomas-ilves", "estland", "NEGOTIATOR", "role+name/role:adjective"],
        ["karl-saar", "estland", "MILITARY", "role+name/role:coordinated"],
      ],
    ],
    [
      "an apposition before the role",
      "Lena Hartmann, Sprecherin des Kanzleramts, widersprach.",
      [["lena-hartmann", "kanzleramt", "SPOKESPERSON", "apposition/role:complement"]],
    ],
    [
      "a party in parentheses",
      "Friedrich Merz (CDU) schwieg.",
      [["friedrich-merz", "cdu", "OTHER", "party-parenthesis"]],
    ],
    [
      "an unknown body in the genitive complement, in the nominative",
      "Jonas Pieper, Sprecher des Landesverbandes Nordsee, lehnte ab.",
      [["jonas-pieper", "landesverband-nordsee", "SPOKESPERSON", "apposition/role:complement-body"]],
    ],
    [
      "a compound body without a name of its own",
      "Die Präsidentin der Rektorenkonferenz, Ilse Brandner, mahnte.",
      [["ilse-brandner", "rektorenkonferenz", "OFFICIAL", "role-apposition/role:complement-body"]],
    ],
    [
      "a president of a state stays its head",
      "Der estnische Präsident Alar Karis kam.",
      [["alar-karis", "estland", "HEAD_OF_STATE", "role+name/role:adjective"]],
    ],
    ["no body in a bare head noun", "Jonas Pieper, Sprecher des Verbands, lehnte ab.", []],
    [
      "the court the article names, for a judge",
      "Vor dem Amtsgericht Hamburg begann der Prozess. Richterin Ulla Brede vertagte ihn.",
      [["ulla-brede", "amtsgericht-hamburg", "OFFICIAL", "role+name/role:article-body"]],
    ],
    [
      "the body a compound's prefix names the kind of",
      "Der Prozess am Amtsgericht Hamburg dauert. Das bestätigte Gerichtssprecher Jan Falk.",
      [["jan-falk", "amtsgericht-hamburg", "SPOKESPERSON", "role+name/role:article-body"]],
    ],
    [
      "no body of another kind",
      "Vor dem Amtsgericht Hamburg begann der Prozess. Polizeisprecher Jan Falk schwieg.",
      [],
    ],
    [
      "no body in a seat that is no place",
      "Dann setzte die Polizei Wasserwerfer ein, sagte Polizeisprecher Jan Falk.",
      [],
    ],
    [
      "the country whose chancellor the article names without one, for its ministers",
      "Bundeskanzlerin Petra Lind reiste an. Finanzminister Ole Brandt folgte.",
      [
        ["petra-lind", "deutschland", "HEAD_OF_GOVERNMENT", "role+name/role:default"],
        ["ole-brandt", "deutschland", "MINISTER", "role+name/role:home-country"],
      ],
    ],
    [
      "no home country for a role that is no government's",
      "Bundeskanzlerin Petra Lind reiste an. Trainer Ole Brandt folgte.",
      [["petra-lind", "deutschland", "HEAD_OF_GOVERNMENT", "role+name/role:default"]],
    ],
    ["no home country without its head", "Finanzminister Ole Brandt reiste an.", []],
    [
      "a nationality adjective whose first part is a country's prefix",
      "Der US-amerikanische Außenminister Ole Brandt reiste an.",
      [["ole-brandt", "usa", "MINISTER", "role+name/role:adjective"]],
    ],
    [
      "a body whose name has a capitalized adjective, in the nominative",
      "Der Vorsitzende der Jungen Fischereiunion, Ole Brandt, sprach.",
      [["ole-brandt", "junge-fischereiunion", "OFFICIAL", "role-apposition/role:complement"]],
    ],
    [
      "an unknown acronym in parentheses",
      // (ÖVP is in the lexicon now; BZÖ is not)
      "Auch Karin Ebner (BZÖ) schwieg.",
      [["karin-ebner", "bzoe", "OTHER", "acronym-parenthesis"]],
    ],
    ["no party in a country's acronym", "Auch Karin Ebner (USA) schwieg.", []],
    ["no party in a role in parentheses", "Auch Karin Ebner (ÖVP-Chefin) schwieg.", []],
    ["nothing without a body", "Die Polizeisprecherin Lena Hartmann bestätigte es.", []],
    [
      "a club named with a role's prefix word and an abbreviation",
      "Der SC Lindau verlor knapp. Lindau-Keeper Ole Brandt hielt zwei Siebenmeter.",
      [["ole-brandt", "sc-lindau", "OTHER", "role+name/role:prefix-name"]],
    ],
    [
      "a club whose name holds a place, over the place's country",
      "Bayern-Trainerin Lena Hartmann lobte später den FC Bayern München.",
      [["lena-hartmann", "fc-bayern-muenchen", "OTHER", "role+name/role:prefix-name"]],
    ],
    ["no club the article does not name", "Lindau-Keeper Ole Brandt hielt stark.", []],
    [
      "a legislator's seat from the party behind the name",
      "„Das reicht nicht“, sagte der Abgeordnete Ole Brandt (CDU).",
      [
        ["ole-brandt", "cdu", "OTHER", "party-parenthesis"],
        ["ole-brandt", "cdu", "LEGISLATOR", "role+name/role:party"],
      ],
    ],
    [
      "no party's seat for a role that is no legislator's",
      "„Nein“, sagte Trainer Ole Brandt (CDU).",
      [["ole-brandt", "cdu", "OTHER", "party-parenthesis"]],
    ],
    [
      "a managing director as an official of the body the prefix names",
      "Auch SPÖ-Geschäftsführerin Lena Hartmann schwieg.",
      [["lena-hartmann", "spoe", "OFFICIAL", "role+name/role:prefix"]],
    ],
    [
      "the body before a temporal prefix",
      "Der Nordwind-Ex-Sportdirektor Paolo Venturi schwieg.",
      [["paolo-venturi", "nordwind", "OFFICIAL", "role+name/role:prefix"]],
    ],
    [
      "the apposition behind a body's acronym, not the name before the phrase",
      "Es gratulierten Anna Kern, der Leiter der Internationalen Atomenergiebehörde IAEA, Lars Ekberg, und andere.",
      [
        [
          "lars-ekberg",
          "internationale-atomenergiebehoerde",
          "OFFICIAL",
          "role-apposition/role:complement-body",
        ],
      ],
    ],
    [
      "the court the article names over a city's adjective",
      "Das Landgericht Hamburg verhandelte. Der Hamburger Gerichtssprecher Jens Ohlsen bestätigte das.",
      [["jens-ohlsen", "landgericht-hamburg", "SPOKESPERSON", "role+name/role:article-body"]],
    ],
    [
      "no side across a clause boundary",
      "Man müsse die Grenze auf polnischer Seite öffnen, so Verbandschef Piotr Zalewski.",
      [],
    ],
    [
      "a place's adjective on -er",
      "Der Pariser Bürgermeister Luc Morel sagte ab.",
      [["luc-morel", "frankreich", "OFFICIAL", "role+name/role:place-adjective"]],
    ],
  ])("reads %s", (_, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});

describe("recognize/affiliate: a definite role description names the one person named just before", () => {
  it.each([
    [
      "a club's coach in the next paragraph, the club in the complement",
      "„Das war bitter“, sagte Jonas Pieper nach dem Remis.\n\n„Wir kämpfen weiter“, sagte der Trainer des Aufsteigers SC Lindau.",
      [["jonas-pieper", "sc-lindau", "OTHER", "role-coref/role:complement-name"]],
    ],
    [
      "a feminine description for a woman",
      "„Wir sind stolz“, sagte Lena Hartmann. Die Trainerin vom SC Lindau lobte die Abwehr.",
      [["lena-hartmann", "sc-lindau", "OTHER", "role-coref/role:complement-name"]],
    ],
    [
      "no masculine description for a woman",
      "„Wir sind stolz“, sagte Lena Hartmann. Der Trainer vom SC Lindau lobte die Abwehr.",
      [],
    ],
    [
      "no description when two people were named",
      "„Gut“, sagte Lena Hartmann. „Schlecht“, sagte Jonas Pieper. Die Trainerin vom SC Lindau schwieg.",
      [],
    ],
    [
      "no second role for a person named with one",
      "„Gut“, sagte Lindau-Keeper Ole Brandt vom SC Lindau. Der Trainer des SC Lindau schwieg.",
      [["ole-brandt", "sc-lindau", "OTHER", "role+name/role:prefix-name"]],
    ],
  ])("reads %s", (_, text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});

describe("recognize/affiliate: a president of a body that is no state", () => {
  it.each([
    [
      "a complement naming an unknown body",
      "Manfred Kern, Präsident der Segler Society, sprach.",
      "OFFICIAL",
    ],
    ["a hyphenated prefix naming an unknown body", "Der Seabird-Präsident Tom Ward sprach.", "OFFICIAL"],
    ["no body at all", "Präsident Tom Ward sprach.", "HEAD_OF_STATE"],
  ])("reads %s", (_, text, kind) => {
    const ctx = contextAfter(text, "discover");
    expect(rolePhrases(ctx).map((ph) => ph.rm.roleKind)).toEqual([kind]);
  });
});
