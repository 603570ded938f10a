import { describe, expect, it } from "vitest";
import { contextAfter } from "./steps.ts";

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
});
