// The batch writer's statement plan: rows of many articles in one UNWIND must give the graph a
// one-by-one run gives, so a node or edge that a query updates in place gets one row per statement.
import { describe, expect, it } from "vitest";
import { rounds, rowCount, stepParams } from "../../../../src/ingest/write/rounds.ts";

const person = (id: string, aliases: string[] = []) => ({
  id,
  name: id,
  aliases,
  kind: null,
  origin: "lexicon",
});

describe("rounds", () => {
  it("puts rows of different nodes in one statement", () => {
    expect(rounds("persons", [[person("a")], [person("b")], [person("c")]])).toEqual([
      [person("a"), person("b"), person("c")],
    ]);
  });

  it("drops a row equal to the one before it for the same node (lexicon entities in every article)", () => {
    expect(rounds("persons", [[person("a")], [person("a"), person("b")], [person("a")]])).toEqual([
      [person("a"), person("b")],
    ]);
  });

  it("gives a node's differing rows one statement each, in article order", () => {
    const plan = rounds("persons", [
      [person("a", ["x"])],
      [person("a", ["y"]), person("b")],
      [person("a", ["x"])],
    ]);
    expect(plan).toEqual([[person("a", ["x"]), person("b")], [person("a", ["y"])], [person("a", ["x"])]]);
  });

  it("keys edges by their ends and kind: each article's affiliation row for one edge is a round", () => {
    const aff = (articleId: string, roleKind: string) => ({
      personId: "p",
      organizationId: "o",
      roleKind,
      articleId,
    });
    expect(
      rounds("affiliations", [[aff("a1", "NEGOTIATOR")], [aff("a2", "NEGOTIATOR"), aff("a2", "MINISTER")]]),
    ).toEqual([[aff("a1", "NEGOTIATOR"), aff("a2", "MINISTER")], [aff("a2", "NEGOTIATOR")]]);
  });

  it("sends a plain MERGE's rows once, whatever their order", () => {
    const pair = (from: string, to: string) => ({ from, to });
    expect(
      rounds("locatedIn", [[pair("porto", "norte")], [pair("porto", "norte"), pair("norte", "portugal")]]),
    ).toEqual([[pair("porto", "norte"), pair("norte", "portugal")]]);
  });

  it("writes rows that belong to one article each (statements) in a single statement, and nothing when empty", () => {
    expect(rounds("statements", [[{ id: "s1" }], [{ id: "s2" }]])).toEqual([[{ id: "s1" }, { id: "s2" }]]);
    expect(rounds("statements", [[], []])).toEqual([]);
    expect(rounds("persons", [[]])).toEqual([]);
  });
});

describe("rowCount", () => {
  it("counts one row per node and edge plus the article", () => {
    const rows = { article: {}, persons: [1, 2], statements: [1], warnings: ["w"] };
    expect(rowCount(rows as never)).toBe(4);
  });
});

describe("stepParams", () => {
  it("sends rows that point at a label as one list per label, in their order, and other rows as rows", () => {
    const about = (id: string, label: string) => ({
      statementId: "s",
      label,
      id,
      via: "TEXT",
      articleId: "a",
    });
    expect(
      stepParams("about", [about("miami", "Place"), about("putin", "Person"), about("florida", "Place")]),
    ).toEqual({
      persons: [about("putin", "Person")],
      organizations: [],
      places: [about("miami", "Place"), about("florida", "Place")],
      topics: [],
      meetings: [],
    });
    expect(stepParams("saidBy", [about("tass", "Organization")])).toEqual({
      persons: [],
      organizations: [about("tass", "Organization")],
    });
    expect(stepParams("statements", [{ id: "s1" }])).toEqual({ rows: [{ id: "s1" }] });
  });

  it("folds the rows of a shared meeting into one row whose parts keep article order", () => {
    const meeting = (articleId: string, start: string) => ({
      id: "treffen-genf-2026-03",
      name: "Treffen in Genf",
      start,
      end: null,
      articleId,
    });
    const other = {
      id: "treffen-oslo-2026-04",
      name: "Treffen in Oslo",
      start: null,
      end: null,
      articleId: "a2",
    };
    const plan = rounds("meetings", [
      [meeting("a1", "2026-03")],
      [meeting("a2", "2026-03-02"), other],
      [meeting("a3", "2026-03")],
    ]);
    expect(plan).toHaveLength(1);
    expect(stepParams("meetings", plan[0] as unknown[])).toEqual({
      rows: [
        {
          ...meeting("a1", "2026-03"),
          parts: [meeting("a1", "2026-03"), meeting("a2", "2026-03-02"), meeting("a3", "2026-03")],
        },
        { ...other, parts: [other] },
      ],
    });
  });

  it("folds attendance per label and per (participant, meeting)", () => {
    const att = (label: string, id: string, articleId: string) => ({ label, id, meetingId: "m", articleId });
    const rows = [att("Person", "p", "a1"), att("Organization", "o", "a1"), att("Person", "p", "a2")];
    expect(stepParams("attended", rows)).toEqual({
      persons: [{ ...att("Person", "p", "a1"), parts: [att("Person", "p", "a1"), att("Person", "p", "a2")] }],
      organizations: [{ ...att("Organization", "o", "a1"), parts: [att("Organization", "o", "a1")] }],
    });
  });

  it("refuses a label its query has no branch for, instead of dropping the row", () => {
    expect(() => stepParams("saidBy", [{ label: "Place", id: "miami" }])).toThrow("unexpected label 'Place'");
  });
});
