import { describe, expect, it } from "vitest";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import { segmentLite } from "./support.ts";

const countries = (text: string) =>
  recognize(segmentLite(text))
    .entities.filter((e) => e.type === "PERSON")
    .map((e) => [e.name, e.countryId]);

describe("recognize/nationality: a person's country from the words before the name", () => {
  it.each([
    ["a female demonym", "Sie siegte vor der Russin Olga Petrowa.", [["Olga Petrowa", "russland"]]],
    ["a demonym on -er", "Es gewann der Österreicher Lukas Gruber.", [["Lukas Gruber", "oesterreich"]]],
    [
      "the singular of a plural demonym",
      "Ihr Vorgänger war der Franzose Jean Morel.",
      [["Jean Morel", "frankreich"]],
    ],
    [
      "a nationality adjective before a noun for a person",
      "Der brasilianische Stürmer Paulo Lima traf zweimal.",
      [["Paulo Lima", "brasilien"]],
    ],
    ["a hyphenated demonym", "Er zog mit dem US-Amerikaner John Baker gleich.", [["John Baker", "usa"]]],
    [
      "a place's adjective before a noun for a person",
      "Der berühmte Pariser Gelehrte Jean Morel starb.",
      [["Jean Morel", "frankreich"]],
    ],
    ["nothing without a nationality", "Der Stürmer Paulo Lima traf zweimal.", [["Paulo Lima", null]]],
  ])("reads %s", (_, text, expected) => {
    expect(countries(text)).toEqual(expected);
  });
});
