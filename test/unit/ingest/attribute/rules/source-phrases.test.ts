import { describe, expect, it } from "vitest";
import {
  sourceInitialRule,
  sourceInnerRule,
} from "../../../../../src/ingest/attribute/rules/source-phrases.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: source phrases (laut X, X zufolge, nach Angaben des X)", () => {
  rows(
    [
      {
        text: "Laut Innenministerin Anna Berger wurden am Montag drei Schulen geschlossen.",
        rule: "reported:laut",
        kind: "REPORTED",
        speaker: "Innenministerin Anna Berger",
        content: "Laut Innenministerin Anna Berger wurden am Montag drei Schulen geschlossen",
      },
      {
        text: "Der Polizei zufolge war der Fahrer viel zu schnell unterwegs.",
        rule: "reported:zufolge",
        kind: "REPORTED",
        speaker: "Der Polizei",
        content: "Der Polizei zufolge war der Fahrer viel zu schnell unterwegs",
      },
      {
        text: "Nach Angaben des Roten Kreuzes wurden mehr als hundert Menschen versorgt.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "des Roten Kreuzes",
        content: "Nach Angaben des Roten Kreuzes wurden mehr als hundert Menschen versorgt",
      },
      {
        // the idiom "geht es nach X" is a clause of its own: the content is what follows it
        text: "Geht es nach Landrätin Eva Kern, sei die Umleitung nur vorläufig – von Entwarnung könne keine Rede sein.",
        rule: "reported:geht-es-nach",
        kind: "REPORTED",
        speaker: "Landrätin Eva Kern",
        content: "sei die Umleitung nur vorläufig – von Entwarnung könne keine Rede sein",
      },
      {
        text: "Wenn es nach dem Mieterverein geht, sollen die Nebenkosten sinken.",
        rule: "reported:geht-es-nach",
        kind: "REPORTED",
        speaker: "dem Mieterverein",
        content: "sollen die Nebenkosten sinken",
      },
      {
        // "es" before "nach Angaben" is no idiom: the source phrase is read as ever
        text: "Dabei kam es nach Angaben der Feuerwehr zu zwei Verletzten.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "der Feuerwehr",
        content: "Dabei kam es nach Angaben der Feuerwehr zu zwei Verletzten",
      },
      {
        text: "Nach dpa-Informationen will der Konzern das Werk in Kassel schließen.",
        rule: "reported:nach-informationen",
        kind: "REPORTED",
        speaker: "dpa",
        content: "Nach dpa-Informationen will der Konzern das Werk in Kassel schließen",
      },
      {
        // inside the sentence (source-inner)
        text: "Die Verhandlungen sind laut Bürgermeister Jonas Keller gut verlaufen.",
        rule: "reported:laut",
        kind: "REPORTED",
        speaker: "Bürgermeister Jonas Keller",
        content: "Die Verhandlungen sind laut Bürgermeister Jonas Keller gut verlaufen",
      },
      {
        // "nach eigenen Angaben": the subject of the sentence is the source, "eigenen Angaben" its mention
        text: "Die Firma beschäftigt nach eigenen Angaben rund 400 Menschen.",
        rule: "reported:eigene-angaben",
        kind: "REPORTED",
        speaker: "eigenen Angaben",
        content: "Die Firma beschäftigt nach eigenen Angaben rund 400 Menschen",
      },
      {
        // a definite article points back to a report the text named
        text: "Dem Bericht zufolge hätte die Brücke schon 2019 gesperrt werden müssen.",
        rule: "reported:zufolge",
        kind: "REPORTED",
        speaker: "Dem Bericht",
        content: "Dem Bericht zufolge hätte die Brücke schon 2019 gesperrt werden müssen",
      },
      {
        // an adjective of a country says whose the report is
        text: "Bei dem Brand starben nach russischen Angaben zwei Arbeiter.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "russischen Angaben",
        content: "Bei dem Brand starben nach russischen Angaben zwei Arbeiter",
      },
      {
        // any adjective of a country or people in -isch, not only the sides the lexicon lists
        text: "Die Grenzanlage diente nach norwegischen Angaben nur der Überwachung.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "norwegischen Angaben",
        content: "Die Grenzanlage diente nach norwegischen Angaben nur der Überwachung",
      },
      {
        text: "Beim Beben starben offiziellen peruanischen Angaben zufolge elf Menschen.",
        rule: "reported:zufolge",
        kind: "REPORTED",
        speaker: "offiziellen peruanischen Angaben",
        content: "Beim Beben starben offiziellen peruanischen Angaben zufolge elf Menschen",
      },
    ],
    [sourceInitialRule, sourceInnerRule],
  );
  it.each([
    "Medienberichten zufolge wurde der Vertrag bereits unterschrieben.",
    "Einen Unfall gab es nach offiziellen Angaben nicht.",
    "Bei dem Unfall wurde ersten Angaben zufolge niemand verletzt.",
    // an -isch adjective of a kind of information names nobody
    "Die Anlage ist nach technischen Angaben sicher.",
  ])("a report that names nobody frames nothing: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).toEqual([]);
  });
});
