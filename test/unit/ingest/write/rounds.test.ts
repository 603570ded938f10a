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

  it("refuses a label its query has no branch for, instead of dropping the row", () => {
    expect(() => stepParams("saidBy", [{ label: "Place", id: "miami" }])).toThrow("unexpected label 'Place'");
  });
});
