// The clause, cue and subject helpers under the frame rules, on sentences of our own.
import { describe, expect, it } from "vitest";
import {
  clauseEnd,
  clauseStart,
  finiteVerbIndex,
  isKonjunktiv,
} from "../../../../src/ingest/attribute/clause.ts";
import { findCues } from "../../../../src/ingest/attribute/cues.ts";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { subjectOf } from "../../../../src/ingest/attribute/subject.ts";
import {
  SLOGAN_NOUNS,
  SLOGAN_TEXT,
  WORDS_NOUN_TEXT,
  WORDS_NOUNS,
} from "../../../../src/ingest/german/speech-words.ts";

import { sentenceTokens, words } from "./sentence-tokens.ts";

const lex = attributionLexicon();

describe("clause bounds", () => {
  it.each([
    ["Der Trainer sagte, die Mannschaft sei bereit.", "sagte", "Der Trainer sagte"],
    ["Die Mannschaft sei bereit, sagte der Trainer.", "sagte", "sagte der Trainer ."],
    // a short parenthesis belongs to its clause
    ["Franz Jung (CDU) sagte, er komme.", "sagte", "Franz Jung ( CDU ) sagte"],
  ])("%s: the clause of %s is %s", (text, word, clause) => {
    const ts = sentenceTokens(text);
    const i = ts.findIndex((t) => t.text === word);
    expect(words(ts, clauseStart(ts, i), clauseEnd(ts, i))).toBe(clause);
  });
});

describe("finite verb, subject and Konjunktiv of a main clause", () => {
  it.each([
    ["Der Trainer sagte das gestern.", "sagte", "Der Trainer"],
    ["Am Montag erklärte die Ministerin ihren Rücktritt.", "erklärte", "die Ministerin"],
    ["Auch der Bürgermeister widersprach.", "widersprach", "der Bürgermeister"],
    ["Nach dem langen Flug mit seinen Kollegen lenkte er ein.", "lenkte", "er"],
    // an infinitive clause on the noun of the prefield closes before the verb
    ["Die Bitte, die Straße sofort zu sperren, lehnte der Bürgermeister ab.", "lehnte", "der Bürgermeister"],
  ])("%s: verb %s, subject %s", (text, verb, subject) => {
    const ts = sentenceTokens(text);
    const v = finiteVerbIndex(ts, 0, ts.length, lex);
    expect(ts[v]?.text).toBe(verb);
    const np = subjectOf(ts, 0, v, lex);
    expect(np && words(ts, np.start, np.end)).toBe(subject);
  });

  it.each([
    ["Die Lage sei ernst.", true],
    ["Die Regierung habe keine Wahl gehabt.", true],
    ["Die Lage ist ernst.", false],
    ["Ich habe keine Zeit.", false],
  ])("%s in Konjunktiv: %s", (text, konj) => {
    const ts = sentenceTokens(text);
    expect(isKonjunktiv(ts, 0, ts.length, lex)).toBe(konj);
  });
});

describe("cues", () => {
  it.each([
    ["Der Minister teilte am Abend mit, die Brücke sei gesperrt.", "teilte", "mit"],
    ["Wie die Polizei bekannt gab, wurde niemand verletzt.", "bekannt", "gab"],
    ["Die Sprecherin hat erklärt, man prüfe den Fall.", "erklärt", null],
  ])("%s: the cue at %s, through %s", (text, verb, particle) => {
    const ts = sentenceTokens(text);
    const [cue] = findCues(ts, lex);
    expect(ts[cue!.idx]!.text).toBe(verb);
    if (particle) expect(ts[cue!.particleIdx]!.text).toBe(particle);
  });

  it.each([
    "Die geforderten Änderungen kamen nicht.",
    "Der Einzug ist für Mai geplant.",
    "Er will morgen mehr sagen.",
  ])("%s has no cue", (text) => {
    expect(findCues(sentenceTokens(text), lex)).toEqual([]);
  });
});

describe("speech words", () => {
  it("tests the sentence text for every noun of the sets, as written", () => {
    for (const w of WORDS_NOUNS)
      expect(WORDS_NOUN_TEXT.test(`die ${w[0]!.toUpperCase()}${w.slice(1)}:`)).toBe(true);
    for (const w of SLOGAN_NOUNS)
      expect(SLOGAN_TEXT.test(`mit ${w[0]!.toUpperCase()}${w.slice(1)} wie`)).toBe(true);
    expect(SLOGAN_TEXT.test("Die Sitzung war ruhig.")).toBe(false);
  });
});
