import { describe, expect, it } from "vitest";
import { contextAfter } from "./steps.ts";

const discovered = (text: string) =>
  [...contextAfter(text, "discover").discovered].map(([id, d]) => [id, d.rule, [...d.aliases]]);

describe("recognize/discover: people missing from the lexicon", () => {
  it.each([
    [
      "role + name",
      "Die Polizeisprecherin Lena Hartmann bestätigte den Einsatz.",
      [["lena-hartmann", "discovered:role+name", ["Lena Hartmann", "Hartmann"]]],
    ],
    [
      "a given name on -ie, which is also a noun ending (Strategie)",
      "Umweltministerin Leonie Brandl verteidigte das Paket.",
      [["leonie-brandl", "discovered:role+name", ["Leonie Brandl", "Brandl"]]],
    ],
    ["no name in a compound on -ie before a place", "Die Klimastrategie Berlins ist umstritten.", []],
    [
      "a common given name",
      "Am Hafen wartete Dirk Brandt.",
      [["dirk-brandt", "discovered:firstname", ["Dirk Brandt", "Brandt"]]],
    ],
    [
      "an apposition after the role phrase",
      "Der Leiter der Feuerwehr, Malte Ohlsen, warnte.",
      [["malte-ohlsen", "discovered:role-apposition", ["Malte Ohlsen", "Ohlsen"]]],
    ],
    [
      "an apposition before the role phrase",
      "Es sprach Bo Lindqvist, Sprecher der Reederei, zuerst.",
      [["bo-lindqvist", "discovered:apposition", ["Bo Lindqvist", "Lindqvist"]]],
    ],
    [
      "the surname with its particle",
      "Außenministerin Anouk de Vries reiste ab.",
      [["anouk-de-vries", "discovered:role+name", ["Anouk de Vries", "Vries", "de Vries"]]],
    ],
    [
      "a surname that is a nationality's bare stem",
      "Landeschef Tobias Deutsch widersprach.",
      [["tobias-deutsch", "discovered:role+name", ["Tobias Deutsch", "Deutsch"]]],
    ],
    ["no surname in a declined nationality adjective", "Landeschef Tobias Deutscher widersprach.", []],
    ["no common noun after an indefinite role", "Ein Sprecher Auskunft gab es nicht.", []],
    ["no one in a credit", "Es regnete.\nFoto: Dirk Brandt", []],
    [
      "the apposition's name, not a place's genitive after the role",
      "Der frühere Präsident Laoniens, Tiko Varn, sagte ab.",
      [["tiko-varn", "discovered:role-apposition", ["Tiko Varn", "Varn"]]],
    ],
    [
      "no person in a place's genitive after a role in apposition to a name",
      "Es jubelte Jon Birk, der Trainer Ostariens, nach dem Spiel.",
      [["jon-birk", "discovered:firstname", ["Jon Birk", "Birk"]]],
    ],
    ["no person in the genitive of a known place", "Der Bürgermeister Budapests widersprach.", []],
    [
      "a lone surname on -s after a role",
      "Premier Santos widersprach.",
      [["santos", "discovered:role+name", ["Santos"]]],
    ],
    [
      "no person in the object after a declined role with its determiner",
      "Die Fraktion warf dem Präsidenten Vertragsbruch vor.",
      [],
    ],
    [
      "no person in a common noun after a declined role with its determiner",
      "Alle müssen dem Landespräsidenten Auskunft geben.",
      [],
    ],
    [
      "a surname that is a noun after an undeclined role",
      "Das Gespräch mit dem Bundeskanzler Vogel dauerte lange.",
      [["vogel", "discovered:role+name", ["Vogel"]]],
    ],
    [
      "a surname ending in a noun after an undeclined role",
      "Der frühere Minister Hufnagel widersprach.",
      [["hufnagel", "discovered:role+name", ["Hufnagel"]]],
    ],
    [
      "a ruler's given name with the regnal number",
      "Am Sonntag empfing Papst Gregor XVII. die Pilger.",
      [["gregor-xvii", "discovered:role+name", ["Gregor XVII.", "Gregor"]]],
    ],
    [
      "a ruler's given name in the genitive",
      "Zu König Olafs Geburtstag kamen viele.",
      [["olaf", "discovered:role+name", ["Olaf"]]],
    ],
    [
      "the genitive of a name after the noun it owns",
      "Nach dem Rücktritt Dirk Brandts übernahm die Stellvertreterin.",
      [["dirk-brandt", "discovered:firstname", ["Dirk Brandt", "Brandt"]]],
    ],
    [
      "no genitive read into a surname on -os after a noun",
      "Nach dem Rücktritt Dirk Mandros übernahm die Stellvertreterin.",
      [["dirk-mandros", "discovered:firstname", ["Dirk Mandros", "Mandros"]]],
    ],
    [
      "a name on -s in apposition to a noun for a person",
      "Kurz nach dem Start bekam der Pilot Dirk Briggs Probleme.",
      [["dirk-briggs", "discovered:firstname", ["Dirk Briggs", "Briggs"]]],
    ],
    [
      "a surname with its Arabic article joined by a hyphen",
      "Vizechef Tarik al-Mansur drohte erneut.",
      [["tarik-al-mansur", "discovered:role+name", ["Tarik al-Mansur", "al-Mansur"]]],
    ],
    [
      "a surname with an assimilated Arabic article",
      "Vizechef Tarik az-Zubair drohte erneut.",
      [["tarik-az-zubair", "discovered:role+name", ["Tarik az-Zubair", "az-Zubair"]]],
    ],
    [
      "one person for the surname and the full name written later",
      "Trainer Lindqvist lobte das Team. Am Abend sagte Harald Lindqvist, er sei zufrieden.",
      [["harald-lindqvist", "discovered:firstname", ["Harald Lindqvist", "Lindqvist"]]],
    ],
  ])("finds %s", (_, text, expected) => {
    expect(discovered(text)).toEqual(expected);
  });

  it("links later surname mentions to the person discovered", () => {
    const ctx = contextAfter(
      "Vizeminister Piotr Zalewski kam. Zalewskis Team folgte, Zalewski sprach.",
      "discover",
    );
    expect([...ctx.at.values()].map((f) => [f.mention.text, f.mention.entityId, f.mention.rule])).toEqual([
      ["Piotr Zalewski", "piotr-zalewski", "discovered:name"],
      ["Zalewskis", "piotr-zalewski", "discovered:inflected"],
      ["Zalewski", "piotr-zalewski", "discovered:surname"],
    ]);
  });
});
