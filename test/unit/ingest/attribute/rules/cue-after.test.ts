import { describe, expect, it } from "vitest";
import { cueAfterRule, dasSagteXRule } from "../../../../../src/ingest/attribute/rules/cue-after.ts";
import { rows, statementsOf } from "./table.ts";

describe("rules: the cue after the content", () => {
  rows(
    [
      {
        text: "„Wir bauen die Brücke bis zum Herbst neu“, sagte Bürgermeisterin Petra Lang.",
        rule: "direct:cue-after",
        kind: "DIRECT",
        speaker: "Bürgermeisterin Petra Lang",
        content: "„Wir bauen die Brücke bis zum Herbst neu“",
      },
      {
        text: "„Das ist ein guter Tag für die Stadt“, sagte sie.",
        rule: "direct:cue-after",
        kind: "DIRECT",
        speaker: "sie",
        content: "„Das ist ein guter Tag für die Stadt“",
      },
      {
        text: "Die Brücke werde bis zum Herbst neu gebaut, erklärte der Stadtsprecher.",
        rule: "indirect:cue-after",
        kind: "INDIRECT",
        speaker: "der Stadtsprecher",
        content: "Die Brücke werde bis zum Herbst neu gebaut",
      },
      {
        text: "Die Preise würden im Frühjahr weiter steigen, so der Verband.",
        rule: "indirect:so-x",
        kind: "INDIRECT",
        speaker: "der Verband",
        content: "Die Preise würden im Frühjahr weiter steigen",
      },
      {
        // a free relative resumed by a quoted main clause is a whole sentence, not the frame's opening
        text: "Wer so viel investiere, „der wird am Ende belohnt“, betonte die Managerin.",
        rule: "indirect:cue-after",
        kind: "INDIRECT",
        speaker: "die Managerin",
        content: "Wer so viel investiere, „der wird am Ende belohnt“",
      },
      {
        text: "Wenn der Zug ausfällt, dann fahren Busse, teilte die Bahn mit.",
        rule: "indirect:cue-after",
        kind: "INDIRECT",
        speaker: "die Bahn",
        content: "Wenn der Zug ausfällt, dann fahren Busse",
      },
      {
        // a separable verb of calling out: "rief … zu"
        text: "„Kommt gut nach Hause“, rief die Trainerin den Fans zu.",
        rule: "direct:cue-after",
        kind: "DIRECT",
        speaker: "die Trainerin",
        content: "„Kommt gut nach Hause“",
      },
      {
        // "So X." alone names the speaker of the sentence before
        text: "Der Verein ist zufrieden. „Das war ein guter Abend für uns.“ So Trainerin Eva Roth.",
        rule: "direct:so-x-alone",
        kind: "DIRECT",
        speaker: "Trainerin Eva Roth",
        content: "„Das war ein guter Abend für uns.“",
      },
      {
        text: "Die Kosten seien gestiegen. So der Bürgermeister.",
        rule: "indirect:so-x-alone",
        kind: "INDIRECT",
        speaker: "der Bürgermeister",
        content: "Die Kosten seien gestiegen",
      },
      {
        // an apposition between commas inside "wie X …, mitteilte" stays in the frame
        text: "Der Tank stand unter Druck, wie Jana Falk, Chefin der Werft, mitteilte.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "Jana Falk",
        content: "Der Tank stand unter Druck",
      },
      {
        text: "„Das ist schlicht falsch“, konterte der Senator.",
        rule: "direct:cue-after",
        kind: "DIRECT",
        speaker: "der Senator",
        content: "„Das ist schlicht falsch“",
      },
      {
        text: "„Wir geben nicht auf“, so die Kapitänin.",
        rule: "direct:so-x",
        kind: "DIRECT",
        speaker: "die Kapitänin",
        content: "„Wir geben nicht auf“",
      },
      {
        text: "Der Zug habe zwei Stunden Verspätung gehabt, wie ein Bahnsprecher sagte.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "ein Bahnsprecher",
        content: "Der Zug habe zwei Stunden Verspätung gehabt",
      },
      {
        // the content is the sentence before
        text: "Die Schule bleibt bis Freitag geschlossen. Das teilte die Stadtverwaltung am Abend mit.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "die Stadtverwaltung",
        content: "Die Schule bleibt bis Freitag geschlossen",
      },
      {
        // the subject's relative clause, then the clause goes on: content, not a subject before the verb
        text: "Ein Mann, aus dessen Wohnung Schüsse gefallen seien, sei festgenommen worden, teilte die Polizei mit.",
        rule: "indirect:cue-after",
        kind: "INDIRECT",
        speaker: "die Polizei",
        content: "Ein Mann, aus dessen Wohnung Schüsse gefallen seien, sei festgenommen worden",
      },
      {
        text: "Der Damm, der seit Tagen unter Druck stand, sei gebrochen, meldete die Feuerwehr.",
        rule: "indirect:cue-after",
        kind: "INDIRECT",
        speaker: "die Feuerwehr",
        content: "Der Damm, der seit Tagen unter Druck stand, sei gebrochen",
      },
      {
        // "wie X sagte" interrupts the sentence: the content goes on after it
        text: "Die Sanierung koste, wie der Bauamtsleiter Tom Weber mitteilte, rund drei Millionen Euro.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "der Bauamtsleiter Tom Weber",
        content: "Die Sanierung koste, wie der Bauamtsleiter Tom Weber mitteilte, rund drei Millionen Euro",
      },
      {
        // a relative clause on the speaker is no part of the content
        text: "Die Preise steigen weiter, wie die Ökonomin Eva Lind sagte, die seit Jahren dazu forscht.",
        rule: "indirect:wie-x-sagte",
        kind: "INDIRECT",
        speaker: "die Ökonomin Eva Lind",
        content: "Die Preise steigen weiter",
      },
      {
        // "Das berichtete X" points back over the news since the last statement: two sentences of a paragraph
        text: "Das Hallenbad in Kirchberg bleibt bis Mai zu. Die Sanierung der Decke dauert länger. Das teilte die Gemeinde Kirchberg mit.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "die Gemeinde Kirchberg",
        content: "Das Hallenbad in Kirchberg bleibt bis Mai zu. Die Sanierung der Decke dauert länger",
      },
      {
        // "so X," inside the sentence: two more words still go on with the content
        text: "Der Verein habe, so der Kassenwart Udo Kern, keine Schulden.",
        rule: "indirect:so-x",
        kind: "INDIRECT",
        speaker: "der Kassenwart Udo Kern",
        content: "Der Verein habe, so der Kassenwart Udo Kern, keine Schulden",
      },
      {
        // a relative clause on the source before the particle stays inside the frame
        text: "Die Stadt baut eine neue Brücke. Dies geht aus einem Bericht der Polizei, der am Montag erschien, hervor.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "einem Bericht der Polizei",
        content: "Die Stadt baut eine neue Brücke",
      },
      {
        // "berichteten" after "Das" is the verb: no adjective in -en agrees with "das"
        text: "Im Norden des Landes sind erste Fälle von Cholera aufgetreten. Das berichteten Mitarbeiter der Hilfsorganisation.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "Mitarbeiter der Hilfsorganisation",
        content: "Im Norden des Landes sind erste Fälle von Cholera aufgetreten",
      },
      {
        // the demonstrative after a comma takes up the words before it in the same sentence
        text: "Seit Montag ist die Brücke über den Kanal gesperrt, das teilte die Polizei mit.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "die Polizei",
        content: "Seit Montag ist die Brücke über den Kanal gesperrt",
      },
      {
        // after a dash, a word of focus before the verb
        text: "Der neue Name hat vor allem einen symbolischen Wert – das zumindest meint Anna Roth vom Verband der Hafenbetreiber.",
        rule: "indirect:das-sagte-x",
        kind: "INDIRECT",
        speaker: "Anna Roth vom Verband",
        content: "Der neue Name hat vor allem einen symbolischen Wert",
      },
    ],
    [cueAfterRule, dasSagteXRule],
  );
});

describe("rules: 'So X.' after a quote someone else was guessed to say", () => {
  it("gives the quote to the speaker named after it", () => {
    const out = statementsOf(
      "Die Trainerin Eva Roth lobte das Team. „Das war ein guter Abend für uns.“ So Kapitän Max Kuhn.",
    );
    const quote = out.find((s) => s.text === "„Das war ein guter Abend für uns.“");
    expect([quote?.speaker.name, quote?.rule]).toEqual(["Max Kuhn", "direct:so-x-alone"]);
  });
});
