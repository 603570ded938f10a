import { describe, expect, it } from "vitest";
import { FRAME_RULES } from "../../../../../src/ingest/attribute/rules/index.ts";
import { reports, statementsOf } from "./table.ts";

describe("FRAME_RULES", () => {
  it("tries the rules in the order of the cascade", () => {
    expect(FRAME_RULES.map((r) => r.name)).toEqual([
      "source-initial",
      "das-sagte-x",
      "wie-x-sagte",
      "cue-after",
      "mit-worten",
      "written",
      "colon",
      "cue-before",
      "subordinate",
      "speech-act",
      "speech-noun",
      "speech-noun-complement",
      "slogan",
      "source-inner",
    ]);
  });

  it("lists for each rule what it reports, a verb's lemma as a pattern", () => {
    expect(FRAME_RULES.find((r) => reports(r, "reported:kritisieren"))?.name).toBe("speech-act");
    expect(FRAME_RULES.find((r) => reports(r, "direct:name-colon"))?.name).toBe("colon");
    expect(FRAME_RULES.find((r) => reports(r, "indirect:relative"))?.name).toBe("subordinate");
  });

  it("names each rule in what it reports", () => {
    for (const r of FRAME_RULES)
      if (!r.name.startsWith("source-") && r.name !== "speech-act" && r.name !== "subordinate")
        expect(r.reports.some((p) => p.endsWith(`:${r.name}`))).toBe(true);
  });

  it("leads from a statement's rule back to a rule: the first one that reads wins", () => {
    // "laut X" opens the sentence, and a cue after the content follows: the source phrase is tried first
    const out = statementsOf("Laut der Feuerwehr brannte die Scheune vollständig ab, sagte ein Nachbar.");
    expect(out.map((s) => s.rule)).toEqual(["reported:laut"]);
    expect(FRAME_RULES.filter((r) => r.reports.includes("reported:laut")).map((r) => r.name)).toEqual([
      "source-initial",
      "source-inner",
    ]);
  });
});
