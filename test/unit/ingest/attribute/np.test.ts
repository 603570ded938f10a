// The speaker-phrase reader (parseNP), one row per step of a German noun phrase: what it reads as head,
// role, names and modifiers, and where the phrase ends.
import { describe, expect, it } from "vitest";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { type NP, parseNP } from "../../../../src/ingest/attribute/np.ts";
import type { Token } from "../../../../src/ingest/types.ts";
import { segmentLite } from "../recognize/support.ts";

const lex = attributionLexicon();

function toksOf(text: string): Token[] {
  return segmentLite(text).tokens;
}

interface Read {
  pronoun: string | null;
  det: string | null;
  possessor: string | null;
  adjectives: string[];
  head: string | null;
  role: string | null;
  qualifier: string | null;
  names: string[];
  modifiers: string;
  title: string | null;
  org: boolean;
  media: boolean;
  /** the first token after the phrase */
  next: string | null;
}

/** The phrase at the start of `text`, as words. */
function read(text: string, withModifiers = true): Read | null {
  const toks = toksOf(text);
  const np: NP | null = parseNP(toks, 0, lex, withModifiers);
  if (!np) return null;
  return {
    pronoun: np.pronoun?.lower ?? null,
    det: np.det?.text ?? null,
    possessor: np.possessor?.text ?? null,
    adjectives: np.adjectives.map((t) => t.text),
    head: np.head?.text ?? null,
    role: np.role?.stem ?? null,
    qualifier: np.role?.qualifier ?? null,
    names: np.names.map((t) => t.text),
    modifiers: np.modifiers.map((t) => t.text).join(" "),
    title: np.title ? text.slice(np.title.start, np.title.end) : null,
    org: np.org,
    media: np.media,
    next: toks[np.end]?.text ?? null,
  };
}

describe("parseNP: role nouns and names", () => {
  it.each([
    // phrase, head, role stem, compound qualifier, names
    ["Kremlsprecher Dmitri Peskow sagte", "Kremlsprecher", "sprecher", "kreml", ["Dmitri", "Peskow"]],
    ["Nato-Chef Mark Rutte erklärte", "Nato-Chef", "chef", "nato", ["Mark", "Rutte"]],
    ["die Abgeordnete Karin Vogt (SPD) sagte", "Abgeordnete", "abgeordnete", "", ["Karin", "Vogt"]],
    ["der Berater sagte", "Berater", "berater", "", []],
  ])("%s → head %s, role %s", (text, head, role, qualifier, names) => {
    const np = read(text)!;
    expect(np.head).toBe(head);
    expect(np.role).toBe(role);
    expect(np.qualifier).toBe(qualifier);
    expect(np.names).toEqual(names);
    expect(np.next).toBe(text.split(" ").at(-1));
  });

  it.each([
    // plain names: the last name word is the head, there is no role
    ["Heike van Laak sagte", ["Heike", "van", "Laak"], "Laak"],
    ["Tarek al-Hamadi sagte", ["Tarek", "al-Hamadi"], "al-Hamadi"],
    ["Jonas Weil meinte", ["Jonas", "Weil"], "Weil"],
  ])("%s → names %j", (text, names, head) => {
    const np = read(text)!;
    expect(np.names).toEqual(names);
    expect(np.head).toBe(head);
    expect(np.role).toBeNull();
  });

  it("a determiner before a name that is no role or organization noun leaves no person's name", () => {
    const np = read("die Ukraine sagte")!;
    expect(np.det).toBe("die");
    expect(np.head).toBe("Ukraine");
    expect(np.names).toEqual([]);
    expect(np.role).toBeNull();
  });
});

describe("parseNP: modifiers are never the head", () => {
  it.each([
    // phrase, head, role, modifier words, first token after the phrase
    [
      "der Berater von Kremlchef Wladimir Putin sagte",
      "Berater",
      "berater",
      "von Kremlchef Wladimir Putin",
      "sagte",
    ],
    ["ein Vertreter des Weißen Hauses sagte", "Vertreter", "vertreter", "des Weißen Hauses", "sagte"],
    ["der Leiter des Instituts der Stadt sagte", "Leiter", "leiter", "des Instituts der Stadt", "sagte"],
    [
      "der Sprecher der Internationalen Atomenergie-Organisation (IAEO) sagte",
      "Sprecher",
      "sprecher",
      "der Internationalen Atomenergie-Organisation",
      "sagte",
    ],
  ])("%s", (text, head, role, modifiers, next) => {
    const np = read(text)!;
    expect(np.head).toBe(head);
    expect(np.role).toBe(role);
    expect(np.names).toEqual([]);
    expect(np.modifiers).toBe(modifiers);
    expect(np.next).toBe(next);
  });

  it("a name keeps its own 'vom' phrase apart: Theo Kitz vom Bankhaus Weber", () => {
    const np = read("Theo Kitz vom Bankhaus Weber sagte")!;
    expect(np.names).toEqual(["Theo", "Kitz"]);
    expect(np.modifiers).toBe("vom Bankhaus Weber");
  });

  it("without modifiers the phrase ends at its noun", () => {
    const np = read("der Berater von Kremlchef Wladimir Putin sagte", false)!;
    expect(np.head).toBe("Berater");
    expect(np.modifiers).toBe("");
    expect(np.next).toBe("von");
  });

  it("an extended attribute before the noun is a modifier, its participle an adjective", () => {
    const np = read("die in Hamburg geborene Sängerin Lena Brandt sagte")!;
    expect(np.modifiers).toBe("in Hamburg");
    expect(np.adjectives).toEqual(["geborene"]);
    expect(np.head).toBe("Sängerin");
    expect(np.names).toEqual(["Lena", "Brandt"]);
  });

  it("an extended attribute opened by a preposition may end in any adjective after its own noun", () => {
    const np = read("der für die Region zuständige Sprecher Karl Moll sagte")!;
    expect(np.modifiers).toBe("für die Region");
    expect(np.adjectives).toEqual(["zuständige"]);
    expect(np.head).toBe("Sprecher");
    expect(np.names).toEqual(["Karl", "Moll"]);
    // an adjective inside the attribute's own phrase does not end it
    const inner = read(
      "die bei einem Treffen in lateinischer Sprache abgegebene Erklärung wurde verbreitet",
    )!;
    expect(inner.adjectives).toEqual(["abgegebene"]);
    expect(inner.head).toBe("Erklärung");
  });

  it("an extended attribute may hold a place with its region in commas", () => {
    const np = read("der in Springfield, Ohio, ansässige Hersteller teilte mit")!;
    expect(np.adjectives).toEqual(["ansässige"]);
    expect(np.head).toBe("Hersteller");
  });

  it("a quantifier in -erlei opening the sentence is no name", () => {
    expect(read("Vielerlei Gründe sprechen dafür")?.names ?? []).toEqual([]);
  });

  it("a genitive name before a role noun is its possessor", () => {
    const np = read("Russlands Unterhändler sagte")!;
    expect(np.possessor).toBe("Russlands");
    expect(np.head).toBe("Unterhändler");
    expect(np.role).toBe("unterhändler");
    expect(np.names).toEqual([]);
  });
});

describe("parseNP: apposition, titles, groups, pronouns", () => {
  it.each([
    ["Ein Sprecher der Polizei, Lars Beringer, sagte", ["Lars", "Beringer"], "sagte"],
    ["Ein Sprecher der Stadt, Jonas Weil sagte", ["Jonas", "Weil"], "sagte"],
  ])("a name in apposition after a role phrase: %s", (text, names, next) => {
    const np = read(text)!;
    expect(np.role).toBe("sprecher");
    expect(np.names).toEqual(names);
    expect(np.next).toBe(next);
  });

  it("a given name and surname in apposition name a noun the lexicon has no role for", () => {
    const np = read("der Koordinator der Hilfe, Peter Lang, sagte")!;
    expect(np.head).toBe("Koordinator");
    expect(np.names).toEqual(["Peter", "Lang"]);
    expect(np.next).toBe("sagte");
    // a list of things after a noun is no name
    expect(read("die Produkte, Kaffee und Tee, kosten mehr")!.names).toEqual([]);
  });

  it("a quoted title is a medium: das „Wall Street Journal“", () => {
    const np = read("das „Wall Street Journal“ berichtete")!;
    expect(np.title).toBe("Wall Street Journal");
    expect(np.media).toBe(true);
    expect(np.org).toBe(true);
    expect(np.next).toBe("berichtete");
  });

  it("one of a group reads as the group's phrase, from 'Einer' on", () => {
    const toks = toksOf("Einer der Feuerwehrmänner sagte");
    const np = parseNP(toks, 0, lex)!;
    expect(np.start).toBe(0);
    expect(np.det?.text).toBe("der");
    expect(np.head?.text).toBe("Feuerwehrmänner");
    expect(toks[np.end]?.text).toBe("sagte");
  });

  it("time and quantity words stand where adjectives do", () => {
    expect(read("die beiden Ministerinnen sagten")!.adjectives).toEqual(["beiden"]);
    expect(read("die zwei Forscherinnen sagten")!.adjectives).toEqual(["zwei"]);
  });

  it.each([
    ["er sagte", "er"],
    ["sie sagte", "sie"],
    ["dieser sagte", "er"],
    ["letztere betonte", "sie"],
  ])("%s → pronoun %s", (text, pronoun) => {
    const np = read(text)!;
    expect(np.pronoun).toBe(pronoun);
    expect(np.next).toBe(text.split(" ")[1]);
  });

  it("'Ihr' before a noun is a possessive, not the pronoun", () => {
    const np = read("Ihr Vorsitzender sagte")!;
    expect(np.pronoun).toBeNull();
    expect(np.det).toBe("Ihr");
    expect(np.role).toBe("vorsitzender");
  });

  it.each(["zu Beginn sagte", "im letzten Jahr"])("no speaker phrase: %s", (text) => {
    expect(read(text)).toBeNull();
  });

  it("a source noun is a phrase of its own: laut Berichten Putinberater Juri Wolkow", () => {
    const toks = toksOf("laut Berichten Putinberater Juri Wolkow");
    const np = parseNP(toks, 1, lex)!;
    expect(np.head?.text).toBe("Berichten");
    expect(np.role).toBeNull();
    expect(toks[np.end]?.text).toBe("Putinberater");
  });
});

describe("parseNP: a place's genitive after the noun", () => {
  it("reads it after a role noun as a modifier, and the apposition's name as the names", () => {
    const np = read("Der Präsident Laoniens, Tiko Varn, sagte")!;
    expect([np.role, np.names, np.modifiers, np.next]).toEqual([
      "präsident",
      ["Tiko", "Varn"],
      "Laoniens",
      "sagte",
    ]);
  });

  it("names no person after a role noun without an apposition", () => {
    const np = read("der Trainer Ostlands sagte")!;
    expect([np.head, np.names, np.modifiers]).toEqual(["Trainer", [], "Ostlands"]);
  });

  it("reads another noun with it as a body of that place", () => {
    const np = read("die Junta Kurdistans erklärte")!;
    expect([np.head, np.names.map((t) => t), np.org]).toEqual(["Junta", ["Kurdistans"], true]);
  });

  it("keeps a surname on -s after a role noun", () => {
    expect(read("Premier Santos sagte")!.names).toEqual(["Santos"]);
  });
});
