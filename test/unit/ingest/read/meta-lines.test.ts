import { describe, expect, it } from "vitest";
import { MetadataLines } from "../../../../src/ingest/read/meta-lines.ts";

describe("MetadataLines", () => {
  it.each([
    ["Stand: 21.12.2025 21:54 Uhr", true, "2025-12-21T21:54", []],
    ["20. Dezember 2025, 7:13 Uhr Quelle: DIE ZEIT, dpa", true, "2025-12-20T07:13", ["DIE ZEIT", "dpa"]],
    ["Quelle: DIE ZEIT, dpa, AFP", true, null, ["DIE ZEIT", "dpa", "AFP"]],
    ["Von: APA/AFP", true, null, ["APA", "AFP"]],
    ["Von: Jana Muster", true, null, []],
    ["Stand: gestern", true, null, []],
    ["Von Miami nach Moskau", false, null, []],
    ["Die Unterhändler trafen sich am 20. Dezember 2025 in Miami.", false, null, []],
  ])("%j: metadata %s, date %s, sources %j", (line, isMeta, date, sources) => {
    const found = new MetadataLines();
    expect(found.readLine(line)).toBe(isMeta);
    expect(found.publishedAt()).toBe(date);
    expect(found.sources).toEqual(sources);
  });

  it("cuts a 'date YYYY-MM-DD' prefix and keeps the rest of the line", () => {
    const found = new MetadataLines();
    expect(found.datePrefix("date 2025-12-20 Die Gespräche begannen.")).toBe("Die Gespräche begannen.");
    expect(found.datePrefix("date 2025-12-21")).toBe("");
    expect(found.datePrefix("Datum der Gespräche")).toBeNull();
    expect(found.publishedAt()).toBe("2025-12-20");
  });

  it("takes the first date, upgraded to a same-day one with a time", () => {
    const found = new MetadataLines();
    found.datePrefix("date 2025-12-20");
    found.readLine("Stand: 21.12.2025 08:00 Uhr");
    found.readLine("Stand: 20.12.2025 07:13 Uhr");
    expect(found.publishedAt()).toBe("2025-12-20T07:13");
  });

  it("reads the dateline and the closing agency credit off the paragraphs", () => {
    const found = new MetadataLines();
    const paragraphs = [
      { text: "Gespräche in Miami" },
      { text: "Miami (dpa) - Die Unterhändler trafen sich." },
      { text: "(Tsp, AFP)" },
    ];
    expect(found.readEdges(paragraphs)).toBe(true);
    expect(paragraphs.map((p) => p.text)).toEqual(["Gespräche in Miami", "Die Unterhändler trafen sich."]);
    expect(found.dateline).toBe("Miami");
    expect(found.sources).toEqual(["dpa", "Tagesspiegel", "AFP"]);
    expect(found.readEdges([{ text: "Berlin (CDU) - kein Agenturkürzel" }])).toBe(false);
  });
});
