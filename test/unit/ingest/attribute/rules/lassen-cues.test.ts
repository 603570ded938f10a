import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

describe("cues: 'lassen' with the bare infinitive of a verb of saying or showing", () => {
  rows([
    {
      text: "Die Bürgermeisterin ließ durchblicken, dass die Bäder im Sommer schließen könnten.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Bürgermeisterin",
      content: "dass die Bäder im Sommer schließen könnten",
    },
    {
      text: "Der Vereinspräsident ließ über einen Anwalt ausrichten, er werde die Strafe nicht zahlen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Vereinspräsident",
      content: "er werde die Strafe nicht zahlen",
    },
    {
      text: "Die Reederei ließ erkennen, dass sie die Route aufgeben wolle.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Reederei",
      content: "dass sie die Route aufgeben wolle",
    },
    {
      // the perfect: "hat … lassen" with the infinitive before it
      text: "Der Landrat hat mitteilen lassen, dass die Straße bis Mai gesperrt bleibe.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Landrat",
      content: "dass die Straße bis Mai gesperrt bleibe",
    },
    {
      // the cue after the content
      text: "Die Brücke werde im Herbst saniert, ließ die Stadtverwaltung verlautbaren.",
      rule: "indirect:cue-after",
      kind: "INDIRECT",
      speaker: "die Stadtverwaltung",
      content: "Die Brücke werde im Herbst saniert",
    },
  ]);

  it.each([
    // a passive of ability, a verb of thinking with a thing for subject, a declaration, "zu lassen"
    "Der Rückgang lässt sich leicht erklären, wenn man die Preise betrachtet.",
    "Die neuen Zahlen lassen hoffen, dass der Tourismus sich erholt.",
    "Die Reederei ließ den Vertrag für nichtig erklären, weil die Frist verstrichen war.",
    "Er versuchte, die Gäste warten zu lassen, bis der Saal frei war.",
  ])("gives no statement of 'lassen': %s", (text) => {
    expect(statementsOf(text).filter((s) => s.cue?.text.startsWith("l"))).toEqual([]);
  });
});
