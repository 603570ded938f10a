// Where a verb frame's subject and content clause begin and end when something stands between them: an
// apposition without its closing comma, a second main clause after a comma and a coordinator.
import { describe } from "vitest";
import { rows } from "./table.ts";

describe("the subject phrase before the verb of saying", () => {
  rows([
    {
      // a quoted name in the genitive of a phrase that opens the sentence, and the name in apposition
      text: "Ein Sprecher der „Feuerwehr von Lindau“, Kommandant Bernd Kolb sagte, das Feuer sei gelöscht.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Ein Sprecher der „Feuerwehr von Lindau“, Kommandant Bernd Kolb",
      content: "das Feuer sei gelöscht",
    },
    {
      // a name, then its role in apposition with a place attached, and no comma before the verb
      text: "Jana Roth, die Leiterin des Amtes im Norden der Stadt sagte vor der Presse, die Straße bleibe gesperrt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Jana Roth",
      content: "die Straße bleibe gesperrt",
    },
  ]);
});
