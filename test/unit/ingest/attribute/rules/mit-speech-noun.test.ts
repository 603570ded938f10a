import { describe, expect, it } from "vitest";
import { speechNounComplementRule } from "../../../../../src/ingest/attribute/rules/speech-noun-complements.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: a speech noun in a 'mit' phrase, its content clause after it, the clause's subject speaking", () => {
  rows(
    [
      {
        // the participle of the clause's verb between the phrase and its content
        text: "Der Stadtrat hat den Antrag mit der Begründung abgelehnt, das Grundstück sei zu teuer.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "Der Stadtrat",
        content: "das Grundstück sei zu teuer",
      },
      {
        // the passive: the agent after "von" speaks
        text: "Die Anfrage war von der Behörde mit dem Hinweis abgelehnt worden, man sei nicht zuständig.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "der Behörde",
        content: "man sei nicht zuständig",
      },
      {
        // a correlate announces the content clause
        text: "Die Schulleiterin verschob das Fest mit dem Hinweis darauf, dass ein Gewitter drohe.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "Die Schulleiterin",
        content: "dass ein Gewitter drohe",
      },
      {
        // the phrase opens the sentence; its content stands in commas before the finite verb
        text: "Mit der Forderung, die Mieten einzufrieren, zogen die Demonstranten vor das Rathaus.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "die Demonstranten",
        content: "die Mieten einzufrieren",
      },
      {
        // the phrase after the comma of its clause: the subject of the clause before speaks
        text: "Die Stadt sperrte den Park, mit dem Hinweis, dass morsche Bäume umstürzen könnten.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "Die Stadt",
        content: "dass morsche Bäume umstürzen könnten",
      },
      {
        // "mit den Worten" carries a content clause like the nouns of speech acts
        text: "Die Ministerin schloss ihre Rede mit den Worten, dass sie niemals aufgeben werde.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "Die Ministerin",
        content: "dass sie niemals aufgeben werde",
      },
      {
        // the phrase resumes the main clause after a clause in commas
        text: "Der Richter trat dem Einwand, die Kammer sei befangen, mit den Worten entgegen, die Kammer sei unabhängig.",
        rule: "indirect:mit-speech-noun",
        kind: "INDIRECT",
        speaker: "Der Richter",
        content: "die Kammer sei unabhängig",
      },
    ],
    [speechNounComplementRule],
  );

  it("names nobody for a passive without its agent", () => {
    const out = statementsOf("Der Antrag wurde mit der Begründung abgelehnt, das Grundstück sei zu teuer.");
    expect(out.filter((s) => s.rule === "indirect:mit-speech-noun")).toEqual([]);
  });
});
