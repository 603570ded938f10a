import { describe, expect, it } from "vitest";
import type { Extraction, Statement } from "../../../../src/ingest/types.ts";
import { earlierDate, laterDate } from "../../../../src/ingest/write/meeting-rows.ts";
import { FLOAT_FIELDS } from "../../../../src/ingest/write/row-types.ts";
import { buildRows, writtenIds } from "../../../../src/ingest/write/rows.ts";
import { entity } from "./entity.ts";

// A small article of our own: a negotiator speaks about talks in a city that lies in a state of a country.
const TEXT =
  "Lissabon (xyz) - Der russische Unterhändler Iwan Beispiel sagte: «Die Gespräche in Porto waren gut.» " +
  "Laut Agentur Nord habe die Delegation zugestimmt.";

function span(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: '${text}' not in TEXT`);
  return { text, start, end: start + text.length };
}

function fixture(): Extraction {
  const quote = span("Die Gespräche in Porto waren gut.");
  const indirect = span("habe die Delegation zugestimmt");
  const statements: Statement[] = [
    {
      id: `art-1:${quote.start}-${quote.end}`,
      kind: "DIRECT",
      ...quote,
      cue: span("sagte"),
      speaker: { id: "iwan-beispiel", name: "Iwan Beispiel", type: "PERSON", mention: span("Iwan Beispiel") },
      via: null,
      about: [
        { type: "PLACE", id: "porto", name: "Porto", via: "CONTEXT" },
        { type: "PLACE", id: "porto", name: "Porto", via: "TEXT" },
        { type: "MEETING", id: "meeting-porto-2025-12", name: "Gespräche in Porto", via: "TEXT" },
        { type: "MEETING", id: "meeting-elsewhere-2025-01", name: "?", via: "CONTEXT" },
      ],
      confidence: 0.9,
      rule: "direct:quote+cue-before",
      saidOn: null,
    },
    {
      id: `art-1:${indirect.start}-${indirect.end}`,
      kind: "INDIRECT",
      ...indirect,
      cue: null,
      speaker: { id: "unbekannte-delegation", name: "Delegation", type: "ORGANIZATION", mention: null },
      via: { id: "agentur-nord", name: "Agentur Nord", type: "ORGANIZATION" },
      about: [],
      confidence: 0.6,
      rule: "reported:laut",
      saidOn: "2025-12-20",
    },
  ];
  return {
    file: "fixture.txt",
    article: {
      id: "art-1",
      title: "Titel",
      source: "xyz",
      sources: ["xyz", "xyz"],
      publishedAt: "2025-12-21",
      url: null,
      contentHash: "hash-1",
      text: TEXT,
    },
    statements,
    entities: [
      entity({
        id: "iwan-beispiel",
        type: "PERSON",
        name: "Iwan Beispiel",
        origin: "discovered",
        mentions: [
          {
            ...span("Iwan Beispiel"),
            entityId: "iwan-beispiel",
            type: "PERSON",
            rule: "discovered:role+name",
          },
        ],
        countryId: "russland",
        affiliations: [
          {
            organizationId: "russland",
            role: "Unterhändler",
            roleKind: "NEGOTIATOR",
            evidence: span("russische Unterhändler Iwan Beispiel"),
            rule: "role+name",
          },
          {
            organizationId: "russland",
            role: "Unterhändler",
            roleKind: "NEGOTIATOR",
            evidence: span("Iwan Beispiel"),
            rule: "dup",
          },
        ],
      }),
      // The same person listed again by another stage: folded into one row, lexicon wins, aliases unite.
      entity({
        id: "iwan-beispiel",
        type: "PERSON",
        name: "Iwan Beispiel",
        aliases: ["Ivan Beispiel"],
        origin: "lexicon",
      }),
      entity({
        id: "russland",
        type: "ORGANIZATION",
        name: "Russland",
        kind: "COUNTRY",
        aliases: ["Russia", "RU"],
        countryId: "russland",
      }),
      entity({ id: "kreml", type: "ORGANIZATION", name: "Kreml", kind: "GOVERNMENT", countryId: "russland" }),
      entity({
        id: "porto",
        type: "PLACE",
        name: "Porto",
        kind: "CITY",
        locatedIn: "norte",
        mentions: [
          { ...span("Porto"), entityId: "porto", type: "PLACE", rule: "lexicon" },
          { ...span("Porto"), entityId: "porto", type: "PLACE", rule: "lexicon-inflected" },
        ],
      }),
      entity({ id: "norte", type: "PLACE", name: "Norte", kind: "REGION", locatedIn: "portugal" }),
      entity({ id: "portugal", type: "PLACE", name: "Portugal", kind: "COUNTRY", locatedIn: "europa" }),
      entity({ id: "sicherheit", type: "TOPIC", name: "Sicherheit" }),
    ],
    meetings: [
      {
        id: "meeting-porto-2025-12",
        name: "Gespräche in Porto",
        placeId: "porto",
        start: "2025-12",
        end: null,
        participants: ["iwan-beispiel", "nobody-known"],
        evidence: [span("Gespräche in Porto")],
      },
      {
        id: "meeting-porto-2025-12",
        name: "Gespräche in Porto",
        placeId: "porto",
        start: "2025-12-19",
        end: "2025-12-21",
        participants: ["iwan-beispiel", "russland"],
        evidence: [],
      },
    ],
    warnings: [],
  };
}

describe("buildRows", () => {
  it("writes each label through its own list, countries as Organization+Country+Place", () => {
    const rows = buildRows(fixture());
    expect(rows.countries.map((c) => c.id).sort()).toEqual(["portugal", "russland"]);
    expect(rows.countries.every((c) => c.kind === "COUNTRY")).toBe(true);
    expect(rows.organizations.map((o) => o.id).sort()).toEqual([
      "agentur-nord",
      "kreml",
      "unbekannte-delegation",
    ]);
    expect(rows.places.map((p) => p.id).sort()).toEqual(["norte", "porto"]);
    expect(rows.topics.map((t) => t.id)).toEqual(["sicherheit"]);
    expect(rows.persons).toEqual([
      {
        id: "iwan-beispiel",
        name: "Iwan Beispiel",
        aliases: ["Ivan Beispiel"],
        kind: null,
        origin: "lexicon",
      },
    ]);
    expect(rows.article.sources).toEqual(["xyz"]);
  });

  it("turns countryId of organizations into PART_OF and locatedIn into LOCATED_IN, people keep nationality in affiliations", () => {
    const rows = buildRows(fixture());
    expect(rows.partOf).toEqual([{ from: "kreml", to: "russland" }]);
    expect(rows.locatedIn).toEqual([
      { from: "porto", to: "norte" },
      { from: "norte", to: "portugal" },
      { from: "portugal", to: "europa" },
    ]);
    expect(rows.affiliations).toEqual([
      expect.objectContaining({
        personId: "iwan-beispiel",
        organizationId: "russland",
        roleKind: "NEGOTIATOR",
        role: "Unterhändler",
        articleId: "art-1",
        seen: "2025-12-21",
        rule: "role+name",
      }),
    ]);
  });

  it("writes one affiliation per (person, organization, roleKind) with every spelling, the first evidence winning", () => {
    const ex = fixture();
    const iwan = ex.entities.find((e) => e.id === "iwan-beispiel");
    const first = iwan?.affiliations[0];
    if (!iwan || !first) throw new Error("fixture: Iwan's affiliation");
    iwan.affiliations.push(
      { ...first, role: "Unterhändlers", evidence: span("Iwan Beispiel") },
      { ...first, role: "Unterhändler" },
      { ...first, roleKind: "ADVISOR", role: "Berater" },
    );
    const rows = buildRows(ex);
    expect(rows.affiliations.map((a) => [a.roleKind, a.role, a.roles])).toEqual([
      ["NEGOTIATOR", "Unterhändler", ["Unterhändler", "Unterhändlers"]],
      ["ADVISOR", "Berater", ["Berater"]],
    ]);
  });

  it("has no fractional number outside FLOAT_FIELDS (the writer sends all others as INTEGER)", () => {
    const fractions: string[] = [];
    const walk = (v: unknown, key: string) => {
      if (typeof v === "number" && !Number.isInteger(v)) fractions.push(key);
      else if (Array.isArray(v)) for (const x of v) walk(x, key);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(buildRows(fixture()), "$");
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.filter((k) => !FLOAT_FIELDS.has(k))).toEqual([]);
  });

  it("folds a meeting listed twice, keeps only known participants and the more precise dates", () => {
    const rows = buildRows(fixture());
    expect(rows.meetings).toEqual([
      {
        id: "meeting-porto-2025-12",
        name: "Gespräche in Porto",
        start: "2025-12-19",
        end: "2025-12-21",
        articleId: "art-1",
      },
    ]);
    expect(rows.heldIn).toEqual([{ meetingId: "meeting-porto-2025-12", placeId: "porto" }]);
    expect(rows.attended).toEqual([
      { label: "Person", id: "iwan-beispiel", meetingId: "meeting-porto-2025-12", articleId: "art-1" },
      { label: "Organization", id: "russland", meetingId: "meeting-porto-2025-12", articleId: "art-1" },
    ]);
    expect(rows.warnings.some((w) => w.includes("nobody-known"))).toBe(true);
  });

  it("gives MENTIONS one edge per target with deduplicated, sorted offsets", () => {
    const rows = buildRows(fixture());
    const porto = rows.mentions.find((m) => m.id === "porto");
    const at = TEXT.indexOf("Porto");
    expect(porto).toEqual({ label: "Place", id: "porto", count: 1, offsets: [at, at + 5] });
    expect(rows.mentions.find((m) => m.id === "meeting-porto-2025-12")?.label).toBe("Meeting");
  });

  it("writes statements with provenance, SAID_BY, VIA and ABOUT (TEXT beats CONTEXT, unknown meetings dropped)", () => {
    const rows = buildRows(fixture());
    const [direct, indirect] = rows.statements;
    expect(direct).toMatchObject({
      articleId: "art-1",
      kind: "DIRECT",
      text: "Die Gespräche in Porto waren gut.",
      cueText: "sagte",
      publishedAt: "2025-12-21",
      speakerMentionText: "Iwan Beispiel",
    });
    expect(rows.saidBy.map((s) => [s.statementId, s.label, s.id])).toEqual([
      [direct?.id, "Person", "iwan-beispiel"],
      [indirect?.id, "Organization", "unbekannte-delegation"],
    ]);
    expect(rows.via).toEqual([
      { statementId: indirect?.id, organizationId: "agentur-nord", articleId: "art-1" },
    ]);
    expect(rows.about.map((a) => [a.label, a.id, a.via])).toEqual([
      ["Place", "porto", "TEXT"],
      ["Meeting", "meeting-porto-2025-12", "TEXT"],
    ]);
    expect(rows.warnings.some((w) => w.includes("meeting-elsewhere-2025-01"))).toBe(true);
  });

  it("counts what an article writes for the ingest summary", () => {
    const ids = writtenIds(buildRows(fixture()));
    expect(ids.statements).toHaveLength(2);
    expect(ids.people).toEqual(["iwan-beispiel"]);
    expect(ids.places.sort()).toEqual(["norte", "porto"]);
    expect(ids.organizations).toContain("russland");
    expect(ids.meetings).toEqual(["meeting-porto-2025-12"]);
  });

  it("refuses an extraction that breaks the contract, naming the field", () => {
    const bad = fixture();
    const s = bad.statements[0];
    if (!s) throw new Error("fixture");
    s.text = "something else";
    expect(() => buildRows(bad)).toThrow(/statements\[0\]\(art-1:\d+-\d+\)\.text: is not the article text/);

    const outside = fixture();
    const first = outside.entities[0];
    if (!first?.mentions[0]) throw new Error("fixture");
    first.mentions[0].end = TEXT.length + 5;
    expect(() => buildRows(outside)).toThrow(
      /entities\[0\]\(iwan-beispiel\)\.mentions\[0\]: offsets .* outside the article text/,
    );

    const kind = fixture();
    (kind.statements[1] as { kind: string }).kind = "RUMOUR";
    expect(() => buildRows(kind)).toThrow(/statements\[1\]\.kind: unknown statement kind 'RUMOUR'/);

    const noId = fixture();
    noId.article.id = "";
    expect(() => buildRows(noId)).toThrow(/article\.id: missing id/);
  });
});

describe("meeting date merge", () => {
  it("prefers the more precise date of the same period, else the wider range", () => {
    expect(earlierDate("2025-12", "2025-12-19")).toBe("2025-12-19");
    expect(earlierDate("2025-12-20", "2025-12-19")).toBe("2025-12-19");
    expect(earlierDate(null, "2025-11")).toBe("2025-11");
    expect(laterDate("2025-12-21", "2025-12")).toBe("2025-12-21");
    expect(laterDate("2025-12-20", "2025-12-21")).toBe("2025-12-21");
    expect(laterDate("2025-12-20", null)).toBe("2025-12-20");
  });
});
