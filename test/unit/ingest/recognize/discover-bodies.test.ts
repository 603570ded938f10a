import { describe, expect, it } from "vitest";
import { namedBody } from "../../../../src/ingest/recognize/discover-bodies.ts";
import { contextAfter, wordAt } from "./steps.ts";

const bodies = (text: string) =>
  [...contextAfter(text, "discover").discoveredOrgs].map(([id, d]) => [id, d.name, d.kind]);

describe("recognize/discover-bodies: institutions named by their seat, media named after a noun", () => {
  it.each([
    [
      "a court and its seat",
      "Das Amtsgericht Lübeck entschied.",
      [["amtsgericht-luebeck", "Amtsgericht Lübeck", "INSTITUTION"]],
    ],
    [
      "a seat the lexicon knows",
      "Die Staatsanwaltschaft Berlin ermittelt.",
      [["staatsanwaltschaft-berlin", "Staatsanwaltschaft Berlin", "INSTITUTION"]],
    ],
    ["no seat in a common noun", "Die Polizei Ermittlung lief.", []],
    [
      "a station's name of two words",
      "Laut dem Sender Radio Kiel stieg der Pegel.",
      [["radio-kiel", "Radio Kiel", "MEDIA"]],
    ],
    [
      "a quoted agency name",
      "Die Nachrichtenagentur „Nordpresse“ meldete es.",
      [["nordpresse", "Nordpresse", "MEDIA"]],
    ],
    [
      "a medium after a declined noun",
      "Der Chef des Magazins Ostwind sprach.",
      [["ostwind", "Ostwind", "MEDIA"]],
    ],
  ])("finds %s", (_, text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  it("reads a name of adjective and noun in a country's genitive as that country's body", () => {
    const ctx = contextAfter("Das Blaue Kreuz Haitis warnt vor Seuchen.", "discover");
    expect([...ctx.discoveredOrgs].map(([id, d]) => [id, d.name, d.countryId])).toEqual([
      ["blaue-kreuz", "Blaue Kreuz", "haiti"],
    ]);
  });
});

describe("recognize/discover-bodies: a body named in a role's genitive complement", () => {
  const body = (text: string, from: string, to: string) => {
    const ctx = contextAfter(text, "roles");
    const k = wordAt(ctx, from);
    const id = namedBody(ctx, k, wordAt(ctx, to));
    return [id, id ? (ctx.discoveredOrgs.get(id)?.name ?? null) : null];
  };
  it.each([
    [
      "a genitive in -es",
      "Sprecher des Landesverbandes Nordsee",
      "Landesverbandes",
      "Nordsee",
      "Landesverband Nordsee",
    ],
    ["a genitive in -s", "Chef des Heimatvereins", "Heimatvereins", "Heimatvereins", "Heimatverein"],
    [
      "a feminine head",
      "Leiterin der Rektorenkonferenz",
      "Rektorenkonferenz",
      "Rektorenkonferenz",
      "Rektorenkonferenz",
    ],
    ["a bare head with its name", "Chef des Vereins Nordlicht", "Vereins", "Nordlicht", "Verein Nordlicht"],
  ])("names %s", (_, text, from, to, name) => {
    expect(body(text, from, to)[1]).toEqual(name);
  });
  it.each([
    ["a bare head", "Chef des Vereins", "Vereins"],
    ["a noun that is no body", "Chef des Hauses", "Hauses"],
  ])("names no body in %s", (_, text, word) => {
    expect(body(text, word, word)).toEqual([null, null]);
  });
});

describe("recognize/discover-bodies: a capitalized adjective before a body's head noun names a body", () => {
  const adjectiveBodies = (text: string) =>
    [...contextAfter(text, "discover").discoveredOrgs].map(([id, d]) => [id, d.name, d.countryId ?? null]);
  it.each([
    [
      "a name with a determiner, never a person",
      "Gestern tagte die Junge Union.",
      [["junge-union", "Junge Union", null]],
    ],
    [
      "the weak form after a contracted article, in the nominative",
      "Das liegt beim Nordischen Fischereiverband.",
      [["nordische-fischereiverband", "Nordische Fischereiverband", null]],
    ],
    [
      "a nationality adjective, which gives the body's country",
      "Das meldete die Österreichische Bauernbank.",
      [["oesterreichische-bauernbank", "Österreichische Bauernbank", "oesterreich"]],
    ],
    [
      "a demonym that is the adjective of a name",
      "Das meldete die Deutsche Fischereiunion.",
      [["deutsche-fischereiunion", "Deutsche Fischereiunion", "deutschland"]],
    ],
    ["no body at a sentence start", "Junge Union? Nein.", []],
    ["no body in a lower-case adjective", "Die junge Union wuchs.", []],
    ["no body in a noun that is no body", "Gestern kam die Junge Frau.", []],
  ])("finds %s", (_, text, expected) => {
    expect(adjectiveBodies(text)).toEqual(expected);
  });
});
