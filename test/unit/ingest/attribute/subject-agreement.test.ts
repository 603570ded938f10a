// Who the subject of a clause is when word order alone does not say it: a thing before a verb of saying and a
// person after it (OVS), a plural verb that does not agree with the one person named after it, and a
// partitive group ("Einige der …") in the prefield.
import { describe, expect, it } from "vitest";
import { finiteVerbIndex } from "../../../../src/ingest/attribute/clause.ts";
import type { Cue } from "../../../../src/ingest/attribute/cues.ts";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { cueSubject, initialNP, subjectOf } from "../../../../src/ingest/attribute/subject.ts";
import type { Token } from "../../../../src/ingest/types.ts";

import { sentenceTokens, words } from "./sentence-tokens.ts";

const lex = attributionLexicon();

function subject(text: string): string | null {
  const ts = sentenceTokens(text);
  const v = finiteVerbIndex(ts, 0, ts.length, lex);
  expect(v).toBeGreaterThanOrEqual(0);
  const np = subjectOf(ts, 0, v, lex);
  return np
    ? ts
        .slice(np.start, np.end)
        .map((t) => t.text)
        .join(" ")
    : null;
}

describe("subject by case, number and animacy", () => {
  it.each([
    // OVS: a thing before a verb of saying, the person after it speaks
    ["Eine Vertagung der Abstimmung bezeichnete Kowalski als unvermeidlich.", "Kowalski"],
    ["Die Kritik an der Verwaltung wies Brandhuber zurück.", "Brandhuber"],
    ["Jegliche Verantwortung für den Ausfall weist Lindqvist von sich.", "Lindqvist"],
    ["Die Vorwürfe bezeichnete der Bürgermeister als haltlos.", "der Bürgermeister"],
    // a plural before a singular verb cannot be its subject either
    ["Die Pläne kritisierte Oberbürgermeisterin Petra Sommer scharf.", "Oberbürgermeisterin Petra Sommer"],
    // a plural verb and one person after it: the person is an object, the prefield the subject
    [
      "Einige der Abgeordneten im Landtag haben Ministerin Petra Sommer in einem Brief geschrieben, sie solle gehen.",
      "Einige der Abgeordneten",
    ],
  ])("%s → %s", (text, expected) => {
    expect(subject(text)).toBe(expected);
  });

  it.each([
    // the prefield keeps the subject: a masculine nominative, a text that speaks, a person, no verb of saying
    ["Der Vorschlag ärgerte Brandhuber.", "Der Vorschlag"],
    ["Die Studie nennt Kowalski als Urheber.", "Die Studie"],
    ["Die Ministerin kritisierte Brandhuber.", "Die Ministerin"],
    ["Die Entscheidung löste Kritik aus.", "Die Entscheidung"],
    // a plural prefield agrees with a plural verb: the prefield stays the subject
    ["Die Anwohner kritisierten Brandhuber.", "Die Anwohner"],
  ])("%s keeps %s", (text, expected) => {
    expect(subject(text)).toBe(expected);
  });
});

describe("the finite verb and subject behind longer prefields", () => {
  it.each([
    // a demonstrative object before the verb: the verb is no adjective of a phrase "Das lehnte X"
    ["Das lehnte Kowalski jedoch ab.", "lehnte", "Kowalski"],
    // the ordinal of a day after a preposition
    ["Am 15. Mai hat die Wahlkommission den Termin festgelegt.", "hat", "die Wahlkommission"],
    // a coordinated subject
    ["Die Union sowie auch die FDP sprechen sich gegen die Regel aus.", "sprechen", "Die Union"],
    // a focus particle, an attachment and an apposition with the name
    [
      "Auch die Delegationsleiterin beim Gipfel, Sharon Miller, äußerte sich zufrieden.",
      "äußerte",
      "Sharon Miller",
    ],
    // two appositions, the last one with the name; a lower-case name with a dot inside the phrase
    [
      "Der Vorsitzende der Gewerkschaft ver.di, Nachfolgeorganisation der ÖTV, Frank Lindner, würdigte Kluncker.",
      "würdigte",
      "Nachfolgeorganisation der ÖTV , Frank Lindner ,",
    ],
  ])("%s: verb %s, subject %s", (text, verb, expected) => {
    const ts = sentenceTokens(text);
    const v = finiteVerbIndex(ts, 0, ts.length, lex);
    expect(ts[v]?.text).toBe(verb);
    expect(subject(text)).toBe(expected);
  });
});

describe("the phrase that opens the sentence", () => {
  it("reads past a focus particle to the name before its apposition", () => {
    const ts = sentenceTokens("Auch Winfried Hansen, Bergers Stellvertreter, glaubt, dass es geht.");
    const np = initialNP(ts, lex);
    expect(np?.names.map((t) => t.text)).toEqual(["Winfried", "Hansen"]);
  });
});

describe("the subject of a verb of saying", () => {
  const cueAt = (ts: Token[], verb: string): Cue => {
    const v = ts.findIndex((t) => t.text === verb);
    return { finiteIdx: v, idx: v, verb: { quotes: false } } as unknown as Cue;
  };
  it.each([
    // a verb after "und" shares the subject of the verb before it, behind a prefield with a quoted name
    [
      "Unter dem Motto „Mut statt Angst“ zogen die Demonstranten zum Rathaus und skandierten dabei Parolen wie „Nein“.",
      "skandierten",
      "die Demonstranten",
    ],
    // a quantifier alone before a plural verb is the subject, not the object after it
    ["Einige vertreten die Auffassung, die Lage sei ernst.", "vertreten", "Einige"],
    // a nominative after the verb is a subject of its own
    ["Der Minister kam und sagte der Presse, es gehe.", "sagte", "Der Minister"],
  ])("%s: %s → %s", (text, verb, expected) => {
    const ts = sentenceTokens(text);
    const np = cueSubject(ts, cueAt(ts, verb), lex);
    // the phrase starts with the expected words (attachments after them may follow)
    const n = expected.split(" ").length;
    expect(np && words(ts, np.start, np.start + n)).toBe(expected);
  });
});
