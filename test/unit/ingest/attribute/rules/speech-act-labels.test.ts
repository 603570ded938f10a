import { describe } from "vitest";
import { speechActRule } from "../../../../../src/ingest/attribute/rules/speech-act-labels.ts";
import { rows } from "./table.ts";

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
        text: "Die Gewerkschaft kritisierte die Pläne des Vorstands scharf.",
        rule: "reported:kritisieren",
        kind: "REPORTED",
        speaker: "Die Gewerkschaft",
        content: "Die Gewerkschaft kritisierte die Pläne des Vorstands scharf",
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
