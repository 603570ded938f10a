import { describe, expect, it } from "vitest";
import { foldEntities } from "../../../../src/ingest/write/entity-rows.ts";
import { entity } from "./entity.ts";

function mention(text: string, start: number) {
  return {
    text,
    start,
    end: start + text.length,
    entityId: "iwan-beispiel",
    type: "PERSON" as const,
    rule: "t",
  };
}

describe("foldEntities", () => {
  it("folds one id listed twice: lexicon facts win, aliases, mentions and affiliations unite", () => {
    const found = entity({
      id: "iwan-beispiel",
      type: "PERSON",
      name: "Iwan B.",
      origin: "discovered",
      aliases: ["Beispiel"],
      mentions: [mention("Iwan B.", 0)],
    });
    const known = entity({
      id: "iwan-beispiel",
      type: "PERSON",
      name: "Iwan Beispiel",
      countryId: "russland",
      mentions: [mention("Beispiel", 20)],
    });
    const [one, ...rest] = foldEntities([found, known]);
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      name: "Iwan Beispiel",
      origin: "lexicon",
      countryId: "russland",
      aliases: ["Beispiel", "Iwan B."],
    });
    expect(one!.mentions.map((m) => m.start)).toEqual([0, 20]);
  });

  it("copies what it keeps, so the extraction is left as it was", () => {
    const e = entity({ id: "porto", type: "PLACE", name: "Porto", aliases: ["Oporto"] });
    const [copy] = foldEntities([e]);
    copy!.aliases.push("x");
    expect(e.aliases).toEqual(["Oporto"]);
  });
});
