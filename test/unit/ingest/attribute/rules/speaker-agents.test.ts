// The speaker is someone who can say something: never the object of the verb, never a thing the sentence
// talks about. Sentences of our own, read by the whole attribute stage.
import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

describe("speaker: a noun phrase with its adjectives is no content before a cue", () => {
  it("reads no '…, VERB X' frame after a subject with attributive adjectives and an apposition", () => {
    const out = statementsOf(
      "Der frühere christdemokratische Vorsitzende des Vereins, Karl Brandt, schätzt den Umbau als schweren Fehler ein. Im Radio äußerte er sich mit den Worten: „Das war ein Fehler.“",
    );
    expect(out.map((s) => s.speaker.name)).not.toContain("Umbau");
    expect(out.find((s) => s.kind === "DIRECT")?.speaker.name).toBe("Karl Brandt");
  });

  it("reads no frame after a subject with an adjective and a relative clause", () => {
    const out = statementsOf(
      "Auch amtliche Zahlen, auf die im Gutachten verwiesen wird, belegen die geringe Quote. Es habe kaum Anklagen gegeben.",
    );
    expect(out.map((s) => s.speaker.name)).not.toContain("Quote");
  });

  it("still reads content whose verb ends like an adjective: 'Es gebe Einigkeit …, schrieb er'", () => {
    const out = statementsOf(
      "Die Ministerin Anna Roth reiste ab. Es gebe Einigkeit über den Plan, schrieb sie nach dem Treffen.",
    );
    expect(out.map((s) => s.rule)).toContain("indirect:cue-after");
  });
});

describe("speaker: words are never their own speaker, the text or banner they stand in is", () => {
  rows([
    {
      text: "Im Gemeindeblatt fand sich dazu die Feststellung „Wir bauen die Schule bis zum Sommer fertig“.",
      rule: "direct:speech-noun",
      kind: "DIRECT",
      speaker: "Gemeindeblatt",
      content: "„Wir bauen die Schule bis zum Sommer fertig“",
    },
    {
      text: "Auf dem vordersten Transparent stand die Parole „Keine Kohle mehr aus dem Tagebau“.",
      rule: "direct:slogan",
      kind: "DIRECT",
      speaker: "dem vordersten Transparent",
      content: "„Keine Kohle mehr aus dem Tagebau“",
    },
  ]);

  it("still gives the words to the subject that published them", () => {
    const out = statementsOf("Die Stadträtin veröffentlichte die Erklärung „Wir bleiben bei unserem Plan“.");
    expect(out.map((s) => s.speaker.mention?.text)).toEqual(["Die Stadträtin"]);
  });
});

describe("speaker: the subject after an infinitive clause in the prefield", () => {
  it("gives the quotation after the colon to the pronoun after the verb", () => {
    const out = statementsOf(
      "Ebenso äußerte sich Parteichef Hans Maier. Das Angebot, verletzte Kinder kostenlos in Kliniken behandeln zu lassen, lehnt er jedoch ab:\n„Wir wollen alle Menschen ohne Bedingung einreisen lassen.“",
    );
    expect(out.map((s) => [s.rule, s.speaker.mention?.text, s.speaker.name])).toEqual([
      ["direct:colon-lead", "er", "Hans Maier"],
    ]);
  });
});

describe("speaker: the subject agrees with the verb in number", () => {
  it("reads no '…, VERB X' frame with a singular noun after a plural verb", () => {
    const out = statementsOf(
      "Die Anwohner begrüßten den Plan der Stadt, fordern aber die Nennung eines festen Termins.",
    );
    expect(out.map((s) => s.speaker.mention?.text)).not.toContain("die Nennung");
  });

  it("still reads a singular noun after a singular verb", () => {
    const out = statementsOf("Der Plan sei zu teuer, erklärte die Regierung.");
    expect(out.map((s) => s.speaker.mention?.text)).toEqual(["die Regierung"]);
  });
});

describe("speaker: a verb coordinated in a subordinate clause shares that clause's subject", () => {
  rows([
    {
      text: "Die Initiative Blau kämpft für die alte Fahne, während die Initiative Rot den Vorschlag unterstützt und fordert, dass der Löwe auf die Fahne kommt.",
      rule: "indirect:cue-before",
      kind: "INDIRECT",
      speaker: "die Initiative Rot",
      content: "dass der Löwe auf die Fahne kommt",
    },
  ]);
});

describe("speaker: a time opening the clause is an adverbial, never the subject", () => {
  it("takes the subject after the verb after 'Ende Januar 2006'", () => {
    const out = statementsOf("Ende Januar 2006 erklärte der Verband, dass man sich bewerben werde.");
    expect(out.map((s) => s.speaker.mention?.text)).toEqual(["der Verband"]);
  });
});

describe("speaker: a definite occasion without an owner is that of the person just written about", () => {
  it("gives 'hieß es in der Rede' to the person who gave the speech", () => {
    const out = statementsOf(
      "In seiner Neujahrsansprache sprach Bürgermeister Karl Brandt über die Finanzen. „Wir müssen sparen, wo es nur geht“, hieß es in der Rede.",
    );
    const quote = out.find((s) => s.kind === "DIRECT");
    expect([quote?.speaker.name, quote?.speaker.mention?.text]).toEqual(["Karl Brandt", "der Rede"]);
  });
});

describe("speaker: a Konjunktiv sentence that introduces its own speaker is not the speaker before's", () => {
  it("gives the sentence to the role and name in its indicative main clause", () => {
    const out = statementsOf(
      "Die Bürgermeisterin Anna Roth sagte, die Brücke werde saniert. Auch der Sprecher der Opposition im Stadtrat, Jan Kuhn, will prüfen, ob die Stadt klagen solle.",
    );
    expect(out.map((s) => s.speaker.name)).toEqual(["Anna Roth", "Jan Kuhn"]);
  });
});
