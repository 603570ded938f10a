import { describe, expect, it } from "vitest";
import { speechNounComplementRule } from "../../../../../src/ingest/attribute/rules/speech-noun-complements.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: a noun of a speech act with its owner and its content after a comma", () => {
  rows(
    [
      {
        text: "Mit Befremden reagierte die Partei am Mittwoch auf die Forderung des SPD-Vorsitzenden Karl Weiß, in der Steuerpolitik auf die Grünen zuzugehen.",
        rule: "indirect:speech-noun-complement",
        kind: "INDIRECT",
        speaker: "des SPD-Vorsitzenden Karl Weiß",
        content: "in der Steuerpolitik auf die Grünen zuzugehen",
      },
      {
        // the content ends where the main clause takes up again
        text: "Dem Appell der Polizei, sich zu stellen, folgte der Mann nicht.",
        rule: "indirect:speech-noun-complement",
        kind: "INDIRECT",
        speaker: "der Polizei",
        content: "sich zu stellen",
      },
      {
        // the owner's apposition is not the content
        text: "Trotz der Ankündigung ihres Trainers, Paul Haas, die Zusammenarbeit nach der Saison zu beenden, gewinnt die Mannschaft weiter.",
        rule: "indirect:speech-noun-complement",
        kind: "INDIRECT",
        speaker: "ihres Trainers, Paul Haas",
        content: "die Zusammenarbeit nach der Saison zu beenden",
      },
      {
        text: "Das Gericht folgte nicht dem Vorwurf der Verteidigerin Eva Kern, das Verfahren sei unfair.",
        rule: "indirect:speech-noun-complement",
        kind: "INDIRECT",
        speaker: "der Verteidigerin Eva Kern",
        content: "das Verfahren sei unfair",
      },
    ],
    [speechNounComplementRule],
  );

  it.each([
    // no owner: nobody is named
    "Der Vorschlag, die Flaggen zu wechseln, fand wenig Zustimmung.",
    // a relative clause after the noun is no content
    "Der Plan der Stadt Bonn, der seit Jahren bekannt ist, wurde verworfen.",
  ])("names no statement: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).not.toContain("indirect:speech-noun-complement");
  });
});
