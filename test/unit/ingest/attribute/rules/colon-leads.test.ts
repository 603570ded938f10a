import { describe } from "vitest";
import { colonRule } from "../../../../../src/ingest/attribute/rules/colon-leads.ts";
import { rows } from "./table.ts";

describe("rules: colon leads", () => {
  rows(
    [
      {
        text: "Die Senatorin schrieb: „Der Haushalt ist gerettet.“",
        rule: "direct:colon",
        kind: "DIRECT",
        speaker: "Die Senatorin",
        content: "„Der Haushalt ist gerettet.“",
      },
      {
        // an impersonal verb: the words stand in the report
        text: "In dem Bericht heißt es: „Die Anlage ist veraltet.“",
        rule: "direct:colon",
        kind: "DIRECT",
        speaker: "dem Bericht",
        content: "„Die Anlage ist veraltet.“",
      },
      {
        // the colon closes the sentence: the next one is the content
        text: "Die Ärztin erklärte:\n\nDie Lage auf der Station sei ruhig.",
        rule: "direct:colon",
        kind: "INDIRECT",
        speaker: "Die Ärztin",
        content: "Die Lage auf der Station sei ruhig",
      },
      {
        text: "Polizeichef Martin Vogt: „Wir haben die Lage im Griff.“",
        rule: "direct:name-colon",
        kind: "DIRECT",
        speaker: "Polizeichef Martin Vogt",
        content: "„Wir haben die Lage im Griff.“",
      },
      {
        // a noun for words hands them to its owner
        text: "Die Antwort der Ministerin Anna Berger: „Dafür gibt es kein Geld.“",
        rule: "direct:name-colon",
        kind: "DIRECT",
        speaker: "der Ministerin Anna Berger",
        content: "„Dafür gibt es kein Geld.“",
      },
      {
        // no speaker phrase before the colon: the subject of the clause
        text: "Die Bürgermeisterin Anna Berger zeigte ein Plakat mit der Aufschrift: „Wir bleiben hier.“",
        rule: "direct:colon-context",
        kind: "DIRECT",
        speaker: "Die Bürgermeisterin Anna Berger",
        content: "„Wir bleiben hier.“",
      },
    ],
    [colonRule],
  );
});

describe("rules: colon leads into the next line (attribute step)", () => {
  rows([
    {
      text: "Die Bürgermeisterin zu den Plänen der Bahn:\n\n„Das kommt viel zu spät.“",
      rule: "direct:colon-lead",
      kind: "DIRECT",
      speaker: "Die Bürgermeisterin",
      content: "„Das kommt viel zu spät.“",
    },
    {
      text: "Das Fazit des Trainers Jan Roth:\n\n„Wir haben verdient gewonnen.“",
      rule: "direct:colon-lead",
      kind: "DIRECT",
      speaker: "des Trainers Jan Roth",
      content: "„Wir haben verdient gewonnen.“",
    },
  ]);
});
