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
        // what someone has in mind, after a genitive name: the name is the source
        text: "Nach Kuhns Vorstellung soll die Steuer im Herbst sinken.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "Kuhn",
        content: "Nach Kuhns Vorstellung soll die Steuer im Herbst sinken",
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
      {
        // a genitive possessive opens the owner of "Angaben"
        text: "Nach Angaben seines Anwalts bleibt der Unternehmer vorerst in Untersuchungshaft.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "seines Anwalts",
        content: "Nach Angaben seines Anwalts bleibt der Unternehmer vorerst in Untersuchungshaft",
      },
      {
        // a genitive without an article: the strong adjective in -er carries the case
        text: "Bei dem Feuer wurden nach Angaben örtlicher Rettungskräfte sieben Häuser zerstört.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "örtlicher Rettungskräfte",
        content: "Bei dem Feuer wurden nach Angaben örtlicher Rettungskräfte sieben Häuser zerstört",
      },
      {
        text: "Nach Schätzung des Bauernverbands fällt die Ernte um ein Drittel kleiner aus.",
        rule: "reported:nach-angaben",
        kind: "REPORTED",
        speaker: "des Bauernverbands",
        content: "Nach Schätzung des Bauernverbands fällt die Ernte um ein Drittel kleiner aus",
      },
      {
        // "gemäß" before a speaker is "laut"
        text: "Die Fähre bleibt gemäß einem Sprecher der Reederei bis Freitag im Hafen.",
        rule: "reported:laut",
        kind: "REPORTED",
        speaker: "einem Sprecher der Reederei",
        content: "Die Fähre bleibt gemäß einem Sprecher der Reederei bis Freitag im Hafen",
      },
      {
        // a lower-case short name on a capitalized noun: the agency is the source
        text: "Die Reederei will laut einer dpa-Meldung zwei Fähren verkaufen.",
        rule: "reported:laut",
        kind: "REPORTED",
        speaker: "dpa",
        content: "Die Reederei will laut einer dpa-Meldung zwei Fähren verkaufen",
      },
      {
        text: "Laut spiegel.de stand der Vertrag schon im März fest.",
        rule: "reported:laut",
        kind: "REPORTED",
        speaker: "spiegel.de",
        content: "Laut spiegel.de stand der Vertrag schon im März fest",
      },
    ],
    [sourceInitialRule, sourceInnerRule],
  );
  it("the abbreviation in brackets belongs to the phrase before zufolge", () => {
    const out = statementsOf(
      "Einer Mitteilung des Deutschen Wetterdienstes (DWD) zufolge bleibt es bis Sonntag kalt.",
    );
    expect(out.map((s) => [s.rule, s.text])).toEqual([
      [
        "reported:zufolge",
        "Einer Mitteilung des Deutschen Wetterdienstes (DWD) zufolge bleibt es bis Sonntag kalt",
      ],
    ]);
    expect(out[0]!.speaker.name).toMatch(/Wetterdienst/);
  });
  it("a genitive pronoun before a report noun points back: nach dessen Angaben", () => {
    const out = statementsOf(
      "Der Taxifahrer Olaf Reim rief die Polizei. Der Wagen, der nach dessen Angaben gestohlen war, stand am Bahnhof.",
    );
    expect(out.map((s) => [s.rule, s.speaker.name, s.text])).toEqual([
      ["reported:nach-angaben", "Olaf Reim", "der nach dessen Angaben gestohlen war"],
    ]);
  });
  it("a possessive before a report noun names the source: laut seiner Aussage", () => {
    const out = statementsOf(
      "Der Hausmeister Karl Brenner fand den Schlüssel. Laut seiner Aussage lag er unter der Treppe.",
    );
    expect(out.map((s) => [s.rule, s.speaker.name, s.text])).toEqual([
      ["reported:laut", "Karl Brenner", "Laut seiner Aussage lag er unter der Treppe"],
    ]);
  });
  it.each([
    "Die Geräte werden gemäß der neuen Norm ausgeliefert.",
    "Gemäß dem Vertrag zahlt die Stadt die Hälfte.",
  ])("gemäß a norm names no source: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).toEqual([]);
  });
  it.each([
    "Medienberichten zufolge wurde der Vertrag bereits unterschrieben.",
    "Einen Unfall gab es nach offiziellen Angaben nicht.",
    "Bei dem Unfall wurde ersten Angaben zufolge niemand verletzt.",
    // an -isch adjective of a kind of information names nobody
    "Die Anlage ist nach technischen Angaben sicher.",
  ])("a report that names nobody frames nothing: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).toEqual([]);
  });
  it("a source phrase in a clause of its own beside another frame gives that clause to its source", () => {
    const out = statementsOf(
      "Die Feuerwehr rückte nach Angaben der Polizei erst spät aus, während der Bürgermeister sagte, alles sei nach Plan gelaufen.",
    );
    expect(out.map((s) => [s.rule, s.speaker.mention?.text, s.text])).toEqual([
      ["indirect:subordinate", "der Bürgermeister", "alles sei nach Plan gelaufen"],
      ["reported:nach-angaben", "der Polizei", "Die Feuerwehr rückte nach Angaben der Polizei erst spät aus"],
    ]);
  });
  it("a source phrase in the clause of the frame's verb of saying is its channel, no statement of its own", () => {
    const out = statementsOf("Das Feuer sei gelöscht, sagte die Sprecherin laut Radio Bremen.");
    expect(out.map((s) => s.rule)).toEqual(["indirect:cue-after"]);
  });
  it.each([
    ["Nach der Landesverfassung muss der Haushalt bis zum Sommer stehen.", "der Landesverfassung"],
    ["Nach dem Artikel 12 der Satzung hat jedes Mitglied eine Stimme.", "dem Artikel"],
    // a decision's owner is its source
    ["Nach dem Beschluss des Stadtrats sollen die Gebühren steigen.", "des Stadtrats"],
  ])("a norm or decision opening the sentence frames it: %s", (text, speaker) => {
    const out = statementsOf(text);
    expect(out.map((s) => [s.rule, s.speaker.mention?.text, s.text])).toEqual([
      ["reported:nach-norm", speaker, text.slice(0, -1)],
    ]);
  });
  it.each([
    // a past tense after a decision tells of what followed it
    "Nach dem Urteil verließ der Angeklagte den Saal.",
    // a decision without a modal is as often "after" it
    "Nach der Entscheidung des Gerichts ist die Familie erleichtert.",
    // not at the start of the sentence
    "Zwei Wochen nach dem Beschluss sollen die Arbeiten beginnen.",
  ])("is no norm framing the sentence: %s", (text) => {
    expect(statementsOf(text).map((s) => s.rule)).not.toContain("reported:nach-norm");
  });
});
