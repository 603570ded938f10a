// Where a verb frame's subject and content clause begin and end when something stands between them: an
// apposition without its closing comma, a second main clause after a comma and a coordinator.
import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

describe("the subject phrase before the verb of saying", () => {
  rows([
    {
      // a quoted name in the genitive of a phrase that opens the sentence, and the name in apposition
      text: "Ein Sprecher der „Feuerwehr von Lindau“, Kommandant Bernd Kolb sagte, das Feuer sei gelöscht.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Ein Sprecher der „Feuerwehr von Lindau“, Kommandant Bernd Kolb",
      content: "das Feuer sei gelöscht",
    },
    {
      // a name, then its role in apposition with a place attached, and no comma before the verb
      text: "Jana Roth, die Leiterin des Amtes im Norden der Stadt sagte vor der Presse, die Straße bleibe gesperrt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Jana Roth",
      content: "die Straße bleibe gesperrt",
    },
  ]);
});

describe("a second main clause after a comma and a coordinator", () => {
  rows([
    {
      // "doch" joins a main clause with a subject and a verb of saying of its own: it ends the first content
      text: "Der Bürgermeister Uwe Lenz sagte, die Brücke sei sicher, doch der Gutachter Max Brand erklärte, die Pfeiler zu prüfen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Bürgermeister Uwe Lenz",
      content: "die Brücke sei sicher",
    },
  ]);
  it("reads the second speech act with its own speaker", () => {
    const s = statementsOf(
      "Der Bürgermeister Uwe Lenz sagte, die Brücke sei sicher, doch der Gutachter Max Brand erklärte, die Pfeiler zu prüfen.",
    );
    expect(s.map((x) => [x.speaker.mention?.text, x.text])).toEqual([
      ["Der Bürgermeister Uwe Lenz", "die Brücke sei sicher"],
      ["der Gutachter Max Brand", "die Pfeiler zu prüfen"],
    ]);
  });
});

describe("the correlate 'es' after the verb is no subject", () => {
  rows([
    {
      // "es" stands for the dass-clause; the phrase after it is the subject
      text: "Weil die Zeugen schwiegen, sah es das Landgericht als erwiesen an, dass der Angeklagte gelogen hatte.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "das Landgericht",
      content: "dass der Angeklagte gelogen hatte",
    },
  ]);
});

describe("a verb of saying coordinated inside a relative clause frames nothing", () => {
  it("leaves the sentence to the reported speech act of the main clause", () => {
    const s = statementsOf(
      "Die Kampagne selber dagegen warf dem Senator vor, er sei ein Politiker, der tue und sage, was ihm nütze.",
    );
    expect(s.map((x) => [x.kind, x.speaker.mention?.text])).toEqual([["REPORTED", "Die Kampagne"]]);
  });
});

describe("a content clause with something set into it", () => {
  rows([
    {
      // an apposition between commas inside the infinitive clause
      text: "Der Investor Karl Brandt hatte zugesagt, nicht mehr über den Neubau, das höchste der Gebäude, bestimmen zu wollen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Investor Karl Brandt",
      content: "nicht mehr über den Neubau, das höchste der Gebäude, bestimmen zu wollen",
    },
    {
      // a condition before the infinitive clause it limits
      text: "Die Geberländer haben angekündigt, sollte der General die Macht übernehmen, ihre Hilfe auszusetzen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Geberländer",
      content: "sollte der General die Macht übernehmen, ihre Hilfe auszusetzen",
    },
  ]);
});

describe("a content clause whose subject is an approximate number", () => {
  rows([
    {
      text: "Die Studie führt aus, rund 40 Prozent der Betriebe stelle keine Lehrlinge mehr ein.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Studie",
      content: "rund 40 Prozent der Betriebe stelle keine Lehrlinge mehr ein",
    },
    {
      text: "Der Verband erklärte, mehr als 200 Mitglieder hätten gekündigt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Verband",
      content: "mehr als 200 Mitglieder hätten gekündigt",
    },
  ]);
});

describe("a content clause whose verb opens a partial quotation", () => {
  rows([
    {
      text: "Der Minister Paul Haas sagte, die Regierung „werde nicht nachgeben“.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Minister Paul Haas",
      content: "die Regierung „werde nicht nachgeben“",
    },
    {
      text: "Die Sprecherin teilte mit, der Kanzler „steht bereit“, sich mit den Vertretern zu treffen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Sprecherin",
      content: "der Kanzler „steht bereit“, sich mit den Vertretern zu treffen",
    },
  ]);
});

describe("a neuter relative clause whose verb of saying closes it", () => {
  rows([
    {
      // "das" after a comma and before a lower-case word is the relative pronoun; the antecedent agrees with it
      text: "Ein Antrag kam auf der Tagung der Liga von Norwegen, das vorschlug, die Fangquoten zu senken.",
      rule: "indirect:relative",
      kind: "INDIRECT",
      speaker: "das",
      content: "die Fangquoten zu senken",
    },
  ]);
  it("takes no article of a main clause for the relative pronoun", () => {
    const s = statementsOf("Die Sitzung endete, das Gericht erklärte, der Antrag sei abgelehnt.");
    expect(s.map((x) => x.rule)).not.toContain("indirect:relative");
  });
});

describe("a speaker whose name is written small", () => {
  rows([
    {
      // after a determiner, a word the dictionary does not know, with no noun after it
      text: "Die taz vermutet, dass die Daten längst abgeglichen werden.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die taz",
      content: "dass die Daten längst abgeglichen werden",
    },
    {
      // a capital inside the word
      text: "eBay hält es für möglich, dass der Rekord noch fällt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "eBay",
      content: "dass der Rekord noch fällt",
    },
  ]);
});

describe("a verb of saying in an 'indem' or 'wobei' clause", () => {
  rows([
    {
      // the content belongs to the verb of the subordinate clause, whose subject is the speaker
      text: "Der Kanzler Olaf Brenner wies die Kritik zurück, indem er sagte, die Reform komme zur rechten Zeit.",
      rule: "indirect:subordinate",
      kind: "INDIRECT",
      speaker: "er",
      content: "die Reform komme zur rechten Zeit",
    },
  ]);
});

describe("a short parenthesis between dashes belongs to its clause", () => {
  rows([
    {
      // the particle closes the clause behind the parenthesis
      text: "Der Minister Karl Roth teilte – nach einem Treffen mit den Ländern – mit, die Reform komme im Mai.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Minister Karl Roth",
      content: "die Reform komme im Mai",
    },
    {
      // the parenthesis before the verb: one main clause with its prefield
      text: "In einem Gespräch mit dem Anwalt – Rainer Witt – sagte die Zeugin, sie habe nichts gesehen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Zeugin",
      content: "sie habe nichts gesehen",
    },
  ]);
});

describe("a subject with a listed apposition and short parentheses", () => {
  rows([
    {
      text: "Die Regierungsparteien im Land, die Volkspartei (VP) und die Bürgerliga (BL-N), hatten erklärt, am Montag ein Verfahren einzuleiten.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Die Regierungsparteien",
      content: "am Montag ein Verfahren einzuleiten",
    },
  ]);
});

describe("an agreement with its content clause", () => {
  rows([
    {
      text: "Der Betriebsrat und die Geschäftsführung haben sich geeinigt, bis zu 80 Stellen abzubauen.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "Der Betriebsrat",
      content: "bis zu 80 Stellen abzubauen",
    },
  ]);
  it("says nothing without one", () => {
    expect(statementsOf("Die Tarifpartner einigten sich am Freitag auf einen Kompromiss.")).toEqual([]);
  });
});
