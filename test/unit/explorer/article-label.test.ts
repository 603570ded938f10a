import { describe, expect, it } from "vitest";
import { articleName, leadWords, outletAndDay, outletOf } from "../../../explorer/src/article-label.ts";
import { articleDetails } from "../../../explorer/src/article-list.ts";

describe("naming an article", () => {
  it("takes the main outlet, else the first agency the article names", () => {
    expect(outletOf({ source: "DIE ZEIT", sources: ["DIE ZEIT", "dpa"] })).toBe("DIE ZEIT");
    expect(outletOf({ source: null, sources: ["", "dpa"] })).toBe("dpa");
    expect(outletOf({ source: " ", sources: [] })).toBeNull();
    expect(outletOf(null)).toBeNull();
    expect(outletAndDay({ source: "dpa", publishedAt: "2025-12-21T21:54" })).toBe("dpa, 2025-12-21");
    expect(outletAndDay({ publishedAt: "2025-12-21" })).toBe("2025-12-21");
    expect(outletAndDay({})).toBeNull();
  });

  it("cuts the first line of a text at a word boundary", () => {
    expect(leadWords("\n\n  Kurz und  klar.\nZweite Zeile")).toBe("Kurz und klar.");
    const long =
      "Die Gespräche in Miami sind nach Angaben aller Seiten konstruktiv verlaufen, ohne dass Details bekannt wurden.";
    const lead = leadWords(long, 40);
    expect(lead).toBe("Die Gespräche in Miami sind nach Angaben…");
    expect(lead.length).toBeLessThanOrEqual(41);
    expect(leadWords("")).toBe("");
  });

  it("names an article by its title, else its first words, else its outlet and day", () => {
    expect(articleName({ title: "Witkoff lobt Russland" }, "Text")).toBe("Witkoff lobt Russland");
    expect(articleName({ title: null, source: "dpa" }, "Der Angriffskrieg dauert an.")).toBe(
      "„Der Angriffskrieg dauert an.“",
    );
    expect(articleName({ title: "  ", source: "dpa", publishedAt: "2025-12-21" })).toBe(
      "Article (dpa, 2025-12-21)",
    );
    expect(articleName({})).toBe("An article without title, outlet or date");
  });

  it("says after the name what the article lacks", () => {
    expect(articleDetails({ title: "T", source: "APA", publishedAt: "2025-12-18T05:41" })).toBe(
      "APA, 2025-12-18",
    );
    expect(articleDetails({ title: null, sources: [], publishedAt: "2025-12-21T21:54" })).toBe(
      "no title, outlet not named, 2025-12-21",
    );
    expect(articleDetails({ title: "T", source: "Tagesspiegel", publishedAt: null })).toBe(
      "Tagesspiegel, no date",
    );
  });
});
