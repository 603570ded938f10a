import { describe, expect, it } from "vitest";
import { speechActRule } from "../../../../../src/ingest/attribute/rules/speech-act-labels.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: speech acts and the labels they give", () => {
  rows(
    [
      {
        text: "Der Minister nannte den Plan „völlig überzogen“.",
        rule: "direct:nennen",
        kind: "DIRECT",
        speaker: "Der Minister",
        content: "„völlig überzogen“",
      },
      {
        text: "Die Trainerin bezeichnete das Spiel als „Lehrstunde für alle“.",
        rule: "direct:bezeichnen",
        kind: "DIRECT",
        speaker: "Die Trainerin",
        content: "„Lehrstunde für alle“",
      },
      {
        text: "Die Ministerin sprach von einem „schwarzen Tag für die Region“.",
        rule: "direct:sprechen",
        kind: "DIRECT",
        speaker: "Die Ministerin",
        content: "„schwarzen Tag für die Region“",
      },
      {
        text: "Die Firma wies die Vorwürfe als „haltlos und falsch“ zurück.",
        rule: "direct:zurückweisen",
        kind: "DIRECT",
        speaker: "Die Firma",
        content: "„haltlos und falsch“",
      },
      {
        // an evaluation with a predicate of its own ("als …") says something
        text: "Die Gewerkschaft kritisierte die Pläne des Vorstands als unsozial.",
        rule: "reported:kritisieren",
        kind: "REPORTED",
        speaker: "Die Gewerkschaft",
        content: "Die Gewerkschaft kritisierte die Pläne des Vorstands als unsozial",
      },
      {
        text: "Der Bürgermeister zeigte sich besorgt darüber, dass die Brücke gesperrt werden müsse.",
        rule: "reported:zeigen",
        kind: "REPORTED",
        speaker: "Der Bürgermeister",
        content: "Der Bürgermeister zeigte sich besorgt darüber, dass die Brücke gesperrt werden müsse",
      },
      {
        text: "Die Opposition warf der Regierung Versagen vor.",
        rule: "reported:vorwerfen",
        kind: "REPORTED",
        speaker: "Die Opposition",
        content: "Die Opposition warf der Regierung Versagen vor",
      },
      {
        text: "Die Ärztin warnte vor einer neuen Welle.",
        rule: "reported:warnen",
        kind: "REPORTED",
        speaker: "Die Ärztin",
        content: "Die Ärztin warnte vor einer neuen Welle",
      },
    ],
    [speechActRule],
  );
});

describe("rules: evaluations without words of their own", () => {
  it.each([
    "Die Gewerkschaft kritisierte die Pläne des Vorstands scharf.",
    "Die Stadträtin begrüßte den Beschluss des Kreistags.",
    "Der Verein wies die Vorwürfe der Fans zurück.",
    "Die Trainerin zeigte sich zufrieden mit dem Spiel ihrer Mannschaft.",
    "Zu dem Unfall äußerte sich am Abend auch der Landrat.",
  ])("gives no statement: %s", (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it("lets the actor of a wordless evaluation speak on in Konjunktiv", () => {
    const out = statementsOf("Die Gewerkschaft kritisierte die Pläne. Sie seien unsozial und kämen zu spät.");
    expect(out.map((s) => [s.rule, s.text, s.speaker.mention?.text])).toEqual([
      ["indirect:continuation", "Sie seien unsozial und kämen zu spät", "Die Gewerkschaft"],
    ]);
  });

  it("keeps the actor of a passive evaluation for a pronoun after it", () => {
    const out = statementsOf(
      "Die Kritik wurde von der Ministerin Petra Lang zurückgewiesen. Sie sagte, der Haushalt sei solide.",
    );
    expect(out.map((s) => [s.text, s.speaker.name])).toEqual([["der Haushalt sei solide", "Petra Lang"]]);
  });
});
