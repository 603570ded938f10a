// The speaker is the subject of the speech act, found by clause structure: which phrase of a sentence is
// the subject (case, word class, position), whichever rule reads the frame.
import { describe } from "vitest";
import { rows } from "./table.ts";

describe("speaker: the subject, not an object in the prefield", () => {
  rows([
    {
      // a dative addressee before the verb
      text: "Dem Sender sagte die Ministerin, die Lage sei ernst.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Ministerin",
      content: "die Lage sei ernst",
    },
    {
      text: "Einem Reporter erklärte der Trainer, die Mannschaft sei müde.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Trainer",
      content: "die Mannschaft sei müde",
    },
    {
      // "der" is dative here: only "er" after the verb can be the subject
      text: "Der Regierung schlug er vor, die Steuern zu senken.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "er",
      content: "die Steuern zu senken",
    },
    {
      // a genitive adverbial
      text: "Des Weiteren betonte der Bürgermeister, dass die Brücke saniert werde.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Bürgermeister",
      content: "dass die Brücke saniert werde",
    },
  ]);
});
