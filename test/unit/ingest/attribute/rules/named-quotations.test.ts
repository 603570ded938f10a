import { describe } from "vitest";
import {
  mitWortenRule,
  speechNounRule,
  writtenRule,
} from "../../../../../src/ingest/attribute/rules/named-quotations.ts";
import { rows } from "./table.ts";

describe("rules: quotations named by what surrounds them", () => {
  rows(
    [
      {
        text: "Mit den Worten „Ich gehe jetzt in Rente“ verabschiedete sich der Pfarrer.",
        rule: "direct:mit-worten",
        kind: "DIRECT",
        speaker: "der Pfarrer",
        content: "„Ich gehe jetzt in Rente“",
      },
      {
        text: "Der Pfarrer meldete sich mit den Worten „Ich bin wieder da“ zurück.",
        rule: "direct:mit-worten",
        kind: "DIRECT",
        speaker: "Der Pfarrer",
        content: "„Ich bin wieder da“",
      },
      {
        text: "An der Tür hing ein Zettel, auf dem geschrieben stand: „Heute geschlossen wegen Hochwasser.“",
        rule: "direct:written",
        kind: "DIRECT",
        speaker: "ein Zettel",
        content: "„Heute geschlossen wegen Hochwasser.“",
      },
      {
        text: "Der Bürgermeister veröffentlichte die Erklärung „Wir haben keine andere Wahl gehabt“.",
        rule: "direct:speech-noun",
        kind: "DIRECT",
        speaker: "Der Bürgermeister",
        content: "„Wir haben keine andere Wahl gehabt“",
      },
    ],
    [mitWortenRule, writtenRule, speechNounRule],
  );
});

describe("rules: quoted judgements für X (rules/judgements.ts)", () => {
  rows([
    {
      text: "Für die Bürgermeisterin ist der Entwurf „eine Zumutung“.",
      rule: "direct:fuer-x",
      kind: "DIRECT",
      speaker: "die Bürgermeisterin",
      content: "„eine Zumutung“",
    },
    {
      text: "Für den Verband ist das Gesetz „ein großer Fehler“.",
      rule: "direct:fuer-x",
      kind: "DIRECT",
      speaker: "den Verband",
      content: "„ein großer Fehler“",
    },
    {
      text: "Für Trainer Jan Roth war die Niederlage „völlig unnötig“.",
      rule: "direct:fuer-x",
      kind: "DIRECT",
      speaker: "Trainer Jan Roth",
      content: "„völlig unnötig“",
    },
  ]);
});
