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
      {
        // an owner the lexicon does not know: a definite group of people is an actor
        text: "Die Flucht gelang trotz einer Drohung der Wachleute, auf jeden Flüchtenden zu schießen.",
        rule: "indirect:speech-noun-complement",
        kind: "INDIRECT",
        speaker: "der Wachleute",
        content: "auf jeden Flüchtenden zu schießen",
      },
    ],
    [speechNounComplementRule],
  );

  it("takes no abstract noun as the owner", () => {
    const out = statementsOf("Der Vorschlag der Tagesordnung, die Sitzung zu vertagen, fand keine Mehrheit.");
    expect(out.map((s) => s.rule)).not.toContain("indirect:speech-noun-complement");
  });

  it.each([
    // no owner: nobody is named
    "Der Vorschlag, die Flaggen zu wechseln, fand wenig Zustimmung.",
    // a relative clause after the noun is no content
    "Der Plan der Stadt Bonn, der seit Jahren bekannt ist, wurde verworfen.",
  ])("names no statement: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).not.toContain("indirect:speech-noun-complement");
  });

  describe("a noun of a speech act as the object of its clause's verb: the subject's words", () => {
    rows(
      [
        {
          text: "Am Freitag fassten die Grünen auf ihrem Parteitag den Beschluss, Gespräche mit der Union aufzunehmen.",
          rule: "indirect:speech-noun-object",
          kind: "INDIRECT",
          speaker: "die Grünen",
          content: "Gespräche mit der Union aufzunehmen",
        },
        {
          text: "Die Bürgermeisterin Anna Roth machte zur Bedingung, dass das Land die Kosten der Sanierung trägt.",
          rule: "indirect:speech-noun-object",
          kind: "INDIRECT",
          speaker: "Die Bürgermeisterin Anna Roth",
          content: "dass das Land die Kosten der Sanierung trägt",
        },
        {
          // a conclusion reached, the content in the indicative
          text: "Die Gewerkschaft kam nach langer Prüfung zu dem Schluss, dass die Renten sicher sind.",
          rule: "indirect:speech-noun-object",
          kind: "INDIRECT",
          speaker: "Die Gewerkschaft",
          content: "dass die Renten sicher sind",
        },
        {
          // a body the lexicon does not know, by its definite article
          text: "Die KVB begegnet dem Vorwurf mit dem Argument, die Busse seien fast immer pünktlich.",
          rule: "indirect:speech-noun-object",
          kind: "INDIRECT",
          speaker: "Die KVB",
          content: "die Busse seien fast immer pünktlich",
        },
        {
          // "mit der Aufforderung" needs no verb of its own; the clause opens with its verb after a
          // relative clause
          text: "Der frühere Präsident Max Kern, der im Exil lebt, wandte sich an seine Anhänger mit der Aufforderung, auf die Straße zu gehen.",
          rule: "indirect:speech-noun-object",
          kind: "INDIRECT",
          speaker: "Der frühere Präsident Max Kern",
          content: "auf die Straße zu gehen",
        },
      ],
      [speechNounComplementRule],
    );

    it.each([
      // the verb answers someone else's words
      "Die Ministerin Eva Lind folgte am Ende der Empfehlung, die Schulen zu schließen.",
      "Der Trainer Paul Haas reagierte gelassen auf die Forderung, den Kapitän abzusetzen.",
      // "sein" with an opinion in the nominative: no speaker's own
      "Das war die Forderung, die Steuern zu senken.",
    ])("is no statement of the subject: %s", (text) => {
      expect(statementsOf(text).map((s) => s.rule)).not.toContain("indirect:speech-noun-object");
    });
  });

  describe("a relative clause of source after a report, with no verb of saying around it", () => {
    rows(
      [
        {
          // the relative word stands for the report, and so is the mention
          text: "Im Dorf kursieren Gerüchte, nach denen der Bürgermeister bald zurücktritt.",
          rule: "indirect:source-relative",
          kind: "INDIRECT",
          speaker: "denen",
          content: "nach denen der Bürgermeister bald zurücktritt",
        },
        {
          // the clause ends where the main clause takes up again
          text: "Eine Meldung des Senders, wonach die Fähre gesunken sein soll, erwies sich als falsch.",
          rule: "indirect:source-relative",
          kind: "INDIRECT",
          speaker: "wonach",
          content: "wonach die Fähre gesunken sein soll",
        },
        {
          text: "Seit Jahren gibt es Schätzungen, denen zufolge jeder dritte Baum krank ist.",
          rule: "indirect:source-relative",
          kind: "INDIRECT",
          speaker: "denen",
          content: "denen zufolge jeder dritte Baum krank ist",
        },
      ],
      [speechNounComplementRule],
    );

    it.each([
      // a rule of a law or treaty is nobody's report
      "Das Land berief sich auf den Artikel 12 der Satzung, wonach jedes Mitglied eine Stimme hat.",
      // "nach dem" after a noun of time is "after"
      "Am Abend, nach dem das Spiel zu Ende war, feierten die Fans.",
    ])("is no source clause: %s", (text) => {
      expect(statementsOf(text).map((s) => s.rule)).not.toContain("indirect:source-relative");
    });
  });
});
