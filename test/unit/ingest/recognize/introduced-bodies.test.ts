import { describe, expect, it } from "vitest";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import { segmentLite } from "./support.ts";

/** [person, organization, roleKind] of every affiliation, and the organizations and people recognized. */
function read(text: string) {
  const rec = recognize(segmentLite(text));
  const affiliations = rec.entities.flatMap((e) =>
    e.affiliations
      .filter((a) => a.roleKind !== "OTHER" || a.role !== "Mitglied")
      .map((a) => [e.id, a.organizationId, a.roleKind]),
  );
  const ids = (type: string) => rec.entities.filter((e) => e.type === type).map((e) => e.id);
  return { affiliations, orgs: ids("ORGANIZATION"), people: ids("PERSON") };
}

describe("recognize/introduced-bodies: organizations the lexicon lacks, from the patterns news introduce them with", () => {
  it.each([
    [
      "a class noun in apposition, then a role on that kind of body",
      "Der Autobauer Vandora hat seine Prognose gesenkt. Konzernchef Henrik Malm sagte, die Nachfrage sei schwach.",
      [["henrik-malm", "vandora", "OFFICIAL"]],
    ],
    [
      "a legal form, then the board's chair",
      "Die Vandora AG hat ihre Prognose gesenkt. Der Vorstandsvorsitzende Henrik Malm sagte, die Nachfrage sei schwach.",
      [["henrik-malm", "vandora", "OFFICIAL"]],
    ],
    [
      "a role compound whose prefix is a name",
      "Vandora-Chefin Ulrike Sander kündigte Stellenabbau an.",
      [["ulrike-sander", "vandora", "OFFICIAL"]],
    ],
    [
      "the complement of a role, with and without a class noun",
      "Die Vorstandschefin des Konzerns Belmar, Ina Roth, widersprach. Der Chef von Vandora, Henrik Malm, schwieg.",
      [
        ["ina-roth", "belmar", "OFFICIAL"],
        ["henrik-malm", "vandora", "OFFICIAL"],
      ],
    ],
    [
      "a post taken by the one person of the sentence",
      "Henrik Malm übernimmt den Chefposten bei Vandora. Die Zahlen seien gut, sagte Malm.",
      [["henrik-malm", "vandora", "OFFICIAL"]],
    ],
    [
      "a union in apposition and a possessive role after it",
      "Die Gewerkschaft Bahnwerk ruft zum Streik auf. Ihr Chef Otto Krämer sagte, die Angebote seien nichts wert.",
      [["otto-kraemer", "bahnwerk", "OFFICIAL"]],
    ],
  ])("%s", (_what, text, expected) => {
    const { affiliations } = read(text);
    expect(affiliations).toEqual(expect.arrayContaining(expected));
    expect(affiliations).toHaveLength(expected.length);
  });

  it.each([
    ["a club after its abbreviation", "Er war Trainer beim FC Nordstern Lübeck.", "fc-nordstern-luebeck"],
    [
      "a legal form behind the complement",
      "Der Vorstandsvorsitzende der Vandora AG, Henrik Malm, schwieg.",
      "vandora",
    ],
    [
      "a company's name of several words before its legal form",
      "Die Maschine der Air Pony Express Inc. stürzte ab.",
      "air-pony-express",
    ],
    [
      "an adjective that makes the class noun part of the name",
      "Die Gewerkschaft Deutscher Lokführer streikt.",
      "gewerkschaft-deutscher-lokfuehrer",
    ],
    ["a subsidiary", "Die Werke gehen an die Airbustochter Aerotec.", "aerotec"],
    [
      "a nominative adjective of a legal form's name",
      "Die Deutsche Flugwacht GmbH wird privatisiert.",
      "deutsche-flugwacht",
    ],
  ])("introduces %s", (_what, text, id) => {
    expect(read(text).orgs).toContain(id);
  });

  it("takes the employer of a leader's role, not a place or person after another role", () => {
    const { affiliations, orgs } = read(
      "Die Bürgermeisterin von Havanna, Ana Ruiz, kam. Der Sprecher von Ana Ruiz, Pablo Gil, schwieg. " +
        "Jonas Pieper, Vorstandsvorsitzender von Lobbywatch, widersprach.",
    );
    expect(orgs).toEqual(["lobbywatch"]);
    expect(affiliations).toEqual([["jonas-pieper", "lobbywatch", "OFFICIAL"]]);
  });

  it.each([
    [
      "a common noun opening a legal form's name",
      "Die Abteilung Sonnbau Inc. entwickelt Autos.",
      ["sonnbau"],
    ],
    [
      "a declined adjective and a noun before e. V.",
      "Der Verein zur Förderung Freien Wissens e. V. lädt ein.",
      [],
    ],
    ["a plural after a class noun", "Davon verspricht sich der Konzern Synergieeffekte.", []],
  ])("keeps common words out of a name: %s", (_what, text, expected) => {
    expect(read(text).orgs).toEqual(expected);
  });

  it("reads an acronym after a class noun as the body's name", () => {
    const { orgs, people } = read("Der Chemiekonzern BASF und das Unternehmen Bosch sind betroffen.");
    expect(orgs).toEqual(expect.arrayContaining(["basf", "bosch"]));
    expect(people).toEqual([]);
  });

  it("leaves a company role to nobody when the article names two companies", () => {
    const { affiliations } = read(
      "Das Unternehmen Bosch und der Konzern BASF sind betroffen. Konzernchef Martin Brudermüller sagte, es werde schwer.",
    );
    expect(affiliations).toEqual([]);
  });

  it.each([
    ["a time after the class noun", "Das Unternehmen Ende Mai meldete Gewinne."],
    ["a place after the class noun", "Viele Unternehmen Deutschlands klagen."],
    ["a person after a role noun on -unternehmer", "Der Unternehmer Hans Wolf sagte, es laufe gut."],
  ])("introduces no body: %s", (_what, text) => {
    const { orgs } = read(text);
    expect(orgs.filter((o) => o !== "deutschland")).toEqual([]);
  });

  it("takes no common noun or surname in a role prefix for a body", () => {
    expect(read("Team-Chef Karl Lauter sagte, es sei ernst.").affiliations).toEqual([]);
    expect(read("Der Merkel-Sprecher Steffen Seibert schwieg. Angela Merkel auch.").orgs).toEqual([]);
  });

  it("keeps a person named after a post with two people in the sentence to nobody", () => {
    const { affiliations } = read("Nach Anna Berger übernimmt Henrik Malm den Chefposten bei Vandora.");
    expect(affiliations).toEqual([]);
  });
});
