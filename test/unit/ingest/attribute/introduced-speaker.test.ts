import { describe, expect, it } from "vitest";
import { finiteVerbIndex } from "../../../../src/ingest/attribute/clause.ts";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { statementsOf } from "./rules/table.ts";
import { sentenceTokens } from "./sentence-tokens.ts";

// A person introduced with role and full name in a sentence that is no statement ("nahm … Stellung") is the
// source of the Konjunktiv sentence after it, as a person the recognizer knows would be (speaker.ts); the
// phrase is found behind an indefinite genitive in the prefield (clause.ts) and with the party after the
// name (np.ts).
describe("attribute: a person introduced with role and name takes over the Konjunktiv after it", () => {
  it.each([
    "Am Rande einer Sitzung nahm jetzt auch der Ministerpräsident des Landes Hessen, Karl Brenner (CDU), zu der Frage Stellung.",
    "Am Rande einer Sitzung nahm der Ministerpräsident Karl Brenner zu der Frage Stellung.",
  ])("%s", (middle) => {
    const out = statementsOf(
      `„Wir brauchen Sicherheit“, erklärte der Verbandsvorsitzende Manfred Kunz. ${middle} Jeder Lehrer könne das Konto jetzt einlösen.`,
    );
    expect(out.find((s) => s.text.includes("Konto"))?.speaker.name).toBe("Karl Brenner");
  });

  it("keeps the party in the mention and resolves the role later named alone", () => {
    const out = statementsOf(
      "Der Vorsitzende des Verbands, Manfred Kunz, kritisierte die Pläne. Dazu nahm der Ministerpräsident des Landes Hessen, Karl Brenner (CDU), Stellung. Eine Auszahlung könne zu Problemen führen, so der Ministerpräsident.",
    );
    const s = out.find((x) => x.text.includes("Auszahlung"));
    expect(s?.speaker.name).toBe("Karl Brenner");
  });
});

// A pronoun with no salient subject before it goes to a person of its gender named just before
// (speaker.ts), not to one its own possessive introduced.
describe("attribute: a pronoun with no salient antecedent", () => {
  it("resolves to the person named just before in another role", () => {
    const s = statementsOf(
      "Bei der ersten Ankündigung durch den Bürgermeister Karl Brenner hatte er das Jahr 2030 genannt.",
    )[0];
    expect([s?.speaker.name, s?.speaker.mention?.text]).toEqual(["Karl Brenner", "er"]);
  });

  it("does not resolve to a person the pronoun's possessive introduced", () => {
    const s = statementsOf(
      "Nach dem Flug mit seinen Kollegen Anton Bauer und Karl Brenner meldete er sich mit den Worten: „Wir sind gelandet.“",
    )[0];
    expect(s?.speaker.name).not.toBe("Karl Brenner");
  });
});

describe("attribute: a demonstrative points to the person named last, not the topic", () => {
  it.each([
    "Im Gespräch mit dem Anwalt der Familie, Rainer Wittner, sagte dieser, dass Delmare krank sei.",
    "Im Gespräch mit Anwalt Rainer Wittner sagte dieser, dass Delmare krank sei.",
  ])("%s", (second) => {
    const s = statementsOf(`Der Schauspieler Fred Delmare ist krank. ${second}`)[0];
    expect([s?.speaker.name, s?.speaker.mention?.text]).toEqual(["Rainer Wittner", "dieser"]);
  });
});

describe("the finite verb behind a prefield with a possessive genitive and an apposition in dashes", () => {
  it.each([
    ["In einem Interview mit dem Anwalt seiner Familie sagte er, dass alles gut sei.", "sagte"],
    [
      "In einem Interview mit dem Anwalt der Familie – Rainer Wittner – sagte dieser, dass alles gut sei.",
      "sagte",
    ],
  ])("%s: verb %s", (text, verb) => {
    const ts = sentenceTokens(text);
    expect(ts[finiteVerbIndex(ts, 0, ts.length, attributionLexicon())]?.text).toBe(verb);
  });
});

describe("a relative clause that closes the prefield phrase", () => {
  it("finds the verb after it and keeps the phrase as subject", () => {
    const out = statementsOf(
      "Die Zeitung berichtete, der Rat tage. Für die Ausarbeitung einer Verfassung, die der Rat als Aufgabe ansieht, gab General Tamsin einen Zeitraum von einem Jahr an. Ein weiterer Monat werde gebraucht.",
    );
    expect(out.find((s) => s.text.includes("weiterer Monat"))?.speaker.name).toBe("Tamsin");
  });

  it("keeps the speaker of a colon lead whose subject has a relative clause", () => {
    const out = statementsOf(
      "Der Ermittler, der als wichtiger Zeuge gilt, will nach dem Prozess aufhören:\n„Danach kommt nichts Größeres mehr!“",
    );
    expect(out.find((s) => s.text.includes("Größeres"))?.speaker.name).toBe("Ermittler");
  });
});
