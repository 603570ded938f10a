import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

describe("cues: 'es als … ansehen' frames the content clause its 'es' stands for", () => {
  rows([
    {
      text: "Als wichtigste Aufgabe sah es die Ministerin an, die Schulden des Landes zu senken.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Ministerin",
      content: "die Schulden des Landes zu senken",
    },
    {
      text: "Der Bürgermeister sieht es als seine Pflicht an, dass die Bäder offen bleiben.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Bürgermeister",
      content: "dass die Bäder offen bleiben",
    },
  ]);

  it("reads no content from a relative or adverbial clause after 'jemanden als … ansehen'", () => {
    expect(statementsOf("Die Polizei sah den Mann als Täter an, der am Abend geflohen war.")).toEqual([]);
    expect(statementsOf("Die Polizei sieht den Mann als Täter an, weil er am Tatort war.")).toEqual([]);
  });
});
