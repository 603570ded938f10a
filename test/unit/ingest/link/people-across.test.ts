import { describe, expect, it } from "vitest";
import { nameKey, PersonRegistry, surnameQuery } from "../../../../src/ingest/link/people-across.ts";
import type { Entity, Extraction } from "../../../../src/ingest/types.ts";

/** A discovered person serving `org` (with its country) as a negotiator, or nothing. */
function person(name: string, org: string | null = null, origin: Entity["origin"] = "discovered"): Entity {
  const id = name.toLowerCase().replace(/\s+/g, "-");
  return {
    id,
    type: "PERSON",
    name,
    aliases: [],
    kind: null,
    countryId: null,
    locatedIn: null,
    origin,
    mentions: [
      { text: name, start: 0, end: name.length, entityId: id, type: "PERSON", rule: "discovered:name" },
    ],
    affiliations: org
      ? [
          {
            organizationId: org,
            role: "Unterhändler",
            roleKind: "NEGOTIATOR",
            evidence: { text: "", start: 0, end: 0 },
            rule: "t",
          },
        ]
      : [],
  };
}

function country(id: string): Entity {
  return {
    ...person(id),
    id,
    name: id,
    type: "ORGANIZATION",
    kind: "COUNTRY",
    mentions: [],
    origin: "lexicon",
  };
}

function article(n: number, ...entities: Entity[]): Extraction {
  const speaker = entities.find((e) => e.type === "PERSON")!;
  return {
    file: `a${n}.txt`,
    article: {
      id: `art-${n}`,
      title: null,
      source: null,
      sources: [],
      publishedAt: null,
      url: null,
      contentHash: "x",
      text: "x",
    },
    statements: [
      {
        id: `art-${n}:0-1`,
        kind: "DIRECT",
        text: "x",
        start: 0,
        end: 1,
        cue: null,
        speaker: { id: speaker.id, name: speaker.name, type: "PERSON", mention: null },
        via: null,
        about: [],
        confidence: 1,
        rule: "t",
        saidOn: null,
      },
    ],
    entities: [...entities, country("russland"), country("usa")],
    meetings: [
      {
        id: "m",
        name: "m",
        placeId: "miami",
        start: null,
        end: null,
        participants: [speaker.id],
        evidence: [],
      },
    ],
    warnings: [],
  };
}

/** Ids the second article's first person and its statement's speaker end up with, and the recorded rule. */
function second(first: Entity, then: Entity): [string, string, string | null] {
  const reg = new PersonRegistry();
  reg.resolve(article(1, first));
  const out = reg.resolve(article(2, then));
  const e = out.entities[0]!;
  expect(out.statements[0]!.speaker.id).toBe(e.id);
  expect(out.meetings[0]!.participants).toEqual([e.id]);
  return [e.id, e.name, e.merges?.[0]?.split(": ")[1] ?? null];
}

describe("link/people-across: one Person across articles", () => {
  it.each([
    [
      "a transliteration variant of the same name, same country",
      person("Kirill Dmitrijew", "russland"),
      person("Kirill Dmitriev", "russland"),
      ["kirill-dmitrijew", "Kirill Dmitrijew", "same-name-transliterated"],
    ],
    [
      "a transliteration variant without a role",
      person("Wolodymyr Selenskyj", "russland"),
      person("Volodymyr Zelensky"),
      ["wolodymyr-selenskyj", "Wolodymyr Selenskyj", "same-name-transliterated"],
    ],
    [
      "a surname alone serving the same body",
      person("Kirill Dmitrijew", "russland"),
      person("Dmitrijew", "russland"),
      ["kirill-dmitrijew", "Kirill Dmitrijew", "surname+organization"],
    ],
    [
      "no surname alone without a body in common",
      person("Kirill Dmitrijew", "russland"),
      person("Dmitrijew"),
      ["dmitrijew", "Dmitrijew", null],
    ],
    [
      "never another given name",
      person("Anna Berger", "russland"),
      person("Klaus Berger", "russland"),
      ["klaus-berger", "Klaus Berger", null],
    ],
    [
      "never the same name serving another country",
      person("Kirill Dmitrijew", "russland"),
      person("Kirill Dmitriev", "usa"),
      ["kirill-dmitriev", "Kirill Dmitriev", null],
    ],
    [
      "never a lexicon person (its id is canonical already)",
      person("Kirill Dmitrijew", "russland"),
      person("Kirill Dmitriev", "russland", "lexicon"),
      ["kirill-dmitriev", "Kirill Dmitriev", null],
    ],
  ])("%s", (_, first, then, expected) => {
    expect(second(first, then)).toEqual(expected);
  });

  it("keeps a surname alone apart when two known people of that surname serve the body", () => {
    const reg = new PersonRegistry();
    reg.resolve(article(1, person("Anna Berger", "russland")));
    reg.resolve(article(2, person("Klaus Berger", "russland")));
    expect(reg.resolve(article(3, person("Berger", "russland"))).entities[0]!.id).toBe("berger");
  });

  it("keeps the variant name as an alias and says which rule merged which names", () => {
    const reg = new PersonRegistry();
    reg.resolve(article(1, person("Kirill Dmitrijew", "russland")));
    const e = reg.resolve(article(2, person("Kirill Dmitriev", "russland"))).entities[0]!;
    expect(e.aliases).toContain("Kirill Dmitriev");
    expect(e.merges).toEqual([
      'kirill-dmitriev → kirill-dmitrijew: same-name-transliterated: "Kirill Dmitriev" is "Kirill Dmitrijew" (given name and surname agree once transliteration is folded; both serve russland)',
    ]);
  });

  it("takes the graph's people as known, and asks the graph once per surname", () => {
    const reg = new PersonRegistry();
    const a = article(1, person("Kirill Dmitriev", "russland"));
    expect(reg.unknownSurnames(a)).toEqual(["Dmitriev"]);
    const out = reg.resolve(a, [
      { id: "kirill-dmitrijew", name: "Kirill Dmitrijew", aliases: [], bodies: ["russland"] },
    ]);
    expect(out.entities[0]!.id).toBe("kirill-dmitrijew");
    expect(reg.unknownSurnames(article(2, person("Kirill Dmitriev")))).toEqual([]);
  });

  it("leaves a malformed extraction to the writer's contract errors", () => {
    const bad = { ...article(1, person("Kirill Dmitriev")), entities: null } as unknown as Extraction;
    expect(new PersonRegistry().resolve(bad)).toBe(bad);
  });

  it.each([
    ["Dmitrijew", "Dmitriev"],
    ["Selenskyj", "Zelensky"],
    ["Uschakow", "Ushakov"],
    ["Jermak", "Yermak"],
    ["Sergej", "Sergey"],
  ])("folds %s and %s to one key", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it("builds a fuzzy full-text query without Lucene operators", () => {
    expect(surnameQuery(["Dmitriev", "Meinl-Reisinger", "Li"])).toBe("Dmitriev~ OR Meinl~ OR Reisinger~");
    expect(surnameQuery([])).toBeNull();
  });
});
