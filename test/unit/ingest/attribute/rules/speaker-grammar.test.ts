// The speaker is the subject of the speech act, found by clause structure: which phrase of a sentence is
// the subject (case, word class, position), whichever rule reads the frame.
import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

describe("speaker: the subject, not an object in the prefield", () => {
  rows([
    {
      // a dative addressee before the verb
      text: "Dem Sender sagte die Ministerin, die Lage sei ernst.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Ministerin",
      content: "die Lage sei ernst",
    },
    {
      // a dative phrase before the postposition "gegenüber" is the addressee
      text: "Der Zeitung gegenüber erklärte die Ministerin, die Lage sei ernst.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Ministerin",
      content: "die Lage sei ernst",
    },
    {
      text: "Einem Reporter erklärte der Trainer, die Mannschaft sei müde.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Trainer",
      content: "die Mannschaft sei müde",
    },
    {
      // "der" is dative here: only "er" after the verb can be the subject
      text: "Der Regierung schlug er vor, die Steuern zu senken.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "er",
      content: "die Steuern zu senken",
    },
    {
      // a genitive adverbial
      text: "Des Weiteren betonte der Bürgermeister, dass die Brücke saniert werde.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Bürgermeister",
      content: "dass die Brücke saniert werde",
    },
  ]);
});

describe("speaker: not an adjective or participle that opens the sentence", () => {
  rows([
    {
      text: "Offiziell geht die Stadtverwaltung davon aus, dass der Tunnel im Mai fertig wird.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Stadtverwaltung",
      content: "dass der Tunnel im Mai fertig wird",
    },
    {
      text: "Befragt nach den Kosten sagte die Bürgermeisterin, das Projekt bleibe im Rahmen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Bürgermeisterin",
      content: "das Projekt bleibe im Rahmen",
    },
    {
      text: "Stellvertretend für den Vorstand erklärte die Sprecherin, man sei zufrieden.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Sprecherin",
      content: "man sei zufrieden",
    },
    {
      text: "Daraufhin kündigte der Verband an, gegen das Urteil vorzugehen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Verband",
      content: "gegen das Urteil vorzugehen",
    },
    {
      // after the verb, the first of "sowohl … als auch"
      text: "Entsprechend äußerten sich sowohl der Landrat als auch die Bürgermeisterin.",
      rule: "reported:äußern",
      kind: "REPORTED",
      speaker: "der Landrat",
      content: "Entsprechend äußerten sich sowohl der Landrat als auch die Bürgermeisterin",
    },
    {
      // a first name of the same shape followed by the surname is no adverbial
      text: "Erhardt Körting meinte, die Frist sei zu kurz.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Erhardt Körting",
      content: "die Frist sei zu kurz",
    },
  ]);
});

describe("speaker: never a time named without an article", () => {
  rows([
    {
      // "von Sonntag" says when; the source is inside the compound
      text: "Nach Polizeiangaben von Sonntag wurden drei Beamte verletzt.",
      rule: "reported:nach-informationen",
      kind: "REPORTED",
      speaker: "Polizei",
      content: "Nach Polizeiangaben von Sonntag wurden drei Beamte verletzt",
    },
    {
      text: "Bereits hatte letzten Oktober der Verband kritisiert, dass die Gebühren steigen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der Verband",
      // "Oktober" is a time, not an object of the verb: the dass-clause is what was said
      content: "dass die Gebühren steigen",
    },
  ]);
});

describe("speaker: never the addressee", () => {
  rows([
    {
      text: "„Wir bleiben hier in der Stadt“, sagte dem Sender die Trainerin.",
      rule: "direct:cue-after",
      kind: "DIRECT",
      speaker: "die Trainerin",
      content: "„Wir bleiben hier in der Stadt“",
    },
    {
      text: "„Wir bleiben hier in der Stadt“, sagte gegenüber Reportern die Trainerin.",
      rule: "direct:cue-after",
      kind: "DIRECT",
      speaker: "die Trainerin",
      content: "„Wir bleiben hier in der Stadt“",
    },
    {
      // the subject before the verb, when only the addressee follows it
      text: "Die Sprecherin der Feuerwehr, Jana Ohm, sagte heute Abend gegenüber Reportern, das Feuer sei gelöscht.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Sprecherin der Feuerwehr, Jana Ohm",
      content: "das Feuer sei gelöscht",
    },
    {
      text: "Der Bürgermeister dagegen, der erst seit Mai im Amt ist, betonte gegenüber der Zeitung, dass die Schule bleibe.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Bürgermeister",
      content: "dass die Schule bleibe",
    },
  ]);
});

describe("speaker: the owner of the occasion, not the occasion", () => {
  it.each([
    {
      text: "Die Partei werde dem Antrag zustimmen, hieß es bei einer Pressekonferenz von Anna Berger.",
      rule: "indirect:cue-after",
      name: "Anna Berger",
      mention: "einer Pressekonferenz von Anna Berger",
    },
    {
      text: "Die Schule bleibe offen, heißt es in einem Schreiben der Bürgermeisterin Eva Roth.",
      rule: "indirect:cue-after",
      name: "Eva Roth",
      mention: "einem Schreiben der Bürgermeisterin Eva Roth",
    },
  ])("$rule: $text", (row) => {
    const s = statementsOf(row.text).find((x) => x.rule === row.rule);
    expect({ name: s?.speaker.name, mention: s?.speaker.mention?.text }).toEqual({
      name: row.name,
      mention: row.mention,
    });
  });
});

describe("speaker: a verb of saying in Konjunktiv is reported by the speaker before", () => {
  rows([
    {
      text: "Die Ministerin sagte, die Lage habe sich geändert. Außerdem hätten ihr Fachleute gesagt, dass bald mehr Heizungen getauscht würden.",
      rule: "indirect:continuation",
      kind: "INDIRECT",
      speaker: "Die Ministerin",
      content: "Außerdem hätten ihr Fachleute gesagt, dass bald mehr Heizungen getauscht würden",
    },
  ]);
});

describe("speaker: a new speaker named without a verb", () => {
  rows([
    {
      text: "Der Bürgermeister sagte, die Brücke werde saniert. Geschäftsführerin Petra Lang dazu: „Wir haben lange genug gewartet.“",
      rule: "direct:name-colon",
      kind: "DIRECT",
      speaker: "Geschäftsführerin Petra Lang",
      content: "„Wir haben lange genug gewartet.“",
    },
  ]);
});

describe("speaker: named after the statement, not the speaker before", () => {
  rows([
    {
      text: "Der Richter sagte, das Verfahren laufe. Der Mandant sei unschuldig, hatte der Anwalt ausgeführt.",
      rule: "indirect:cue-after",
      kind: "INDIRECT",
      speaker: "der Anwalt",
      content: "Der Mandant sei unschuldig",
    },
    {
      text: "Der Reeder sagte, das Schiff sei sicher. Es habe Probleme gegeben, wie Kapitän Jens Ohm einräumt.",
      rule: "indirect:wie-x-sagte",
      kind: "INDIRECT",
      speaker: "Kapitän Jens Ohm",
      content: "Es habe Probleme gegeben",
    },
  ]);
});

describe("speaker: several quotes of one sentence are the one speaker's", () => {
  it("„A“, stellte X fest und fragte: „B“ — both quotes are X's", () => {
    const out = statementsOf(
      "„Das war heute ein sehr knappes Spiel für uns“, stellte die Trainerin fest und fragte: „Warum spielen wir so langsam?“",
    );
    expect(out.map((x) => [x.rule, x.speaker.mention?.text, x.text])).toEqual([
      ["direct:colon", "die Trainerin", "„Warum spielen wir so langsam?“"],
      ["direct:colon", "die Trainerin", "„Das war heute ein sehr knappes Spiel für uns“"],
    ]);
  });
});

describe("speaker: 'der 81-Jährige' is the person of that gender introduced just before", () => {
  rows([
    {
      text: "Am Montag sagte der 81-Jährige in einem Interview, dass die Scheune sofort gebrannt habe.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "der 81-Jährige",
      content: "dass die Scheune sofort gebrannt habe",
    },
  ]);

  it("goes back to the man named before, never to a woman", () => {
    const him = statementsOf(
      "Der Landwirt Otto Lenz lebt seit Jahren am Hof. Am Montag sagte der 81-Jährige, die Scheune sei alt.",
    );
    expect(him.map((s) => s.speaker.name)).toEqual(["Otto Lenz"]);
    const her = statementsOf(
      "Die Landwirtin Ilse Lenz lebt seit Jahren am Hof. Am Montag sagte der 81-Jährige, die Scheune sei alt.",
    );
    expect(her.map((s) => s.speaker.name)).not.toContain("Ilse Lenz");
  });
});

describe("speaker: a named nominative prefield with its apposition, not the name after the verb", () => {
  rows([
    {
      text: "Die Vorsitzende der Fraktion im Landtag, Eva Lind, hatte Huber gestern aufgefordert, sein Mandat niederzulegen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Eva Lind",
      content: "sein Mandat niederzulegen",
    },
    {
      text: "Der Bischof der Diözese, Karl Maria Ost hat Kardinal Meier gebeten, seine Ernennung zurückzunehmen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Bischof der Diözese, Karl Maria Ost",
      content: "seine Ernennung zurückzunehmen",
    },
    {
      text: "Der Vorsitzende der Gewerkschaft, Paul Sand, würdigte Müller in einer Mitteilung als „großen Kämpfer“.",
      rule: "direct:würdigen",
      kind: "DIRECT",
      speaker: "Der Vorsitzende der Gewerkschaft, Paul Sand",
      content: "„großen Kämpfer“",
    },
  ]);

  it("still takes a pronoun only nominative after the verb when the prefield holds the object", () => {
    const out = statementsOf(
      "Die Anhänger der Partei, die sich zur Kundgebung versammelten, warnte er, die Organisatoren verfolgten eigene Ziele.",
    );
    expect(out.map((s) => s.speaker.mention?.text)).toEqual(["er"]);
  });

  it("still takes the subject after the verb when the prefield is a dative", () => {
    const out = statementsOf(
      "Dem Vorsitzenden der Fraktion, Jan Roth, sagte Eva Lind, sie werde nicht zurücktreten.",
    );
    expect(out.map((s) => s.speaker.name)).toEqual(["Eva Lind"]);
  });
});

describe("speaker: never an object in the accusative or dative, never an adverb", () => {
  it("takes a nominative pronoun after a focus particle, not the accusative object", () => {
    const out = statementsOf(
      "Auch sie forderten den Rücktritt des Bürgermeisters, weil dieser versagt habe.",
    );
    expect(out.map((s) => s.speaker.mention?.text)).toEqual(["sie"]);
  });

  it("gives no speaker to an adverb that opens an agentless passive", () => {
    const out = statementsOf("Insbesondere bemängelt wird, dass die Stadt die Pläne verschwiegen habe.");
    expect(out.map((s) => s.speaker.name)).not.toContain("Insbesondere");
  });
});

describe("speaker: a subject with a name in commas between the auxiliary and the participle", () => {
  rows([
    {
      text: "Vor kurzem hatte ein Sprecher der Stadt, Max Kern, erklärt, die Bauern würden entschädigt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "ein Sprecher der Stadt, Max Kern",
      content: "die Bauern würden entschädigt",
    },
  ]);
});
