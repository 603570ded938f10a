// Keyset cursors (src/filters/cursors.ts): a cursor fits only the ordering that handed it out.
import { describe, expect, it } from "vitest";
import {
  decodeEntityCursor,
  decodeStatementCursor,
  encodeEntityCursor,
  encodeStatementCursor,
  entityKeyset,
  statementKeyset,
} from "../../../src/filters/cursors.ts";

describe("cursors", () => {
  const order = { field: "PUBLISHED_AT", direction: "DESC" } as const;
  it("round-trip", () => {
    const c = encodeStatementCursor({ id: "art-x:1-5", publishedAt: "2025-12-21" }, order);
    expect(decodeStatementCursor(c, order)).toEqual({ key: "2025-12-21", id: "art-x:1-5" });
  });
  it("reject garbage and cursors of another ordering with BAD_USER_INPUT", () => {
    expect(() => decodeStatementCursor("not-a-cursor", order)).toThrow(
      /after: is not a cursor returned by this connection/,
    );
    const other = encodeStatementCursor({ id: "x", publishedAt: "y" }, { field: "ID", direction: "ASC" });
    expect(() => decodeStatementCursor(other, order)).toThrow(
      /belongs to orderBy ID ASC, not PUBLISHED_AT DESC/,
    );
  });
});

describe("entity cursors", () => {
  const order = { field: "NAME", direction: "ASC" } as const;
  it("round-trip, and are the same payload as statement cursors", () => {
    const c = encodeEntityCursor("Miami", "miami", order);
    expect(decodeEntityCursor(c, order)).toEqual({ key: "Miami", id: "miami" });
    expect(JSON.parse(Buffer.from(c, "base64url").toString("utf8"))).toEqual({
      v: 1,
      f: "NAME",
      d: "ASC",
      k: "Miami",
      i: "miami",
    });
  });
  it("reject garbage and cursors of another ordering, naming the argument", () => {
    expect(() => decodeEntityCursor("zz", order, "before")).toThrow(
      /^before: is not a cursor returned by this connection/,
    );
    const other = encodeEntityCursor(3, "x", { field: "MENTIONS", direction: "DESC" });
    expect(() => decodeEntityCursor(other, order)).toThrow(/belongs to orderBy MENTIONS DESC, not NAME ASC/);
  });
});

describe("keyset conditions", () => {
  it("compare (key, id) in the order's direction and put the position in $params", () => {
    const params: Record<string, unknown> = {};
    expect(entityKeyset({ field: "NAME", direction: "DESC" }, { key: "k", id: "i" }, "after", params)).toBe(
      "(sortKey < $afterKey OR (sortKey = $afterKey AND n.id < $afterId))",
    );
    expect(params).toEqual({ afterKey: "k", afterId: "i" });
    expect(statementKeyset({ field: "ID", direction: "ASC" }, { key: "a", id: "a" }, "before", {})).toBe(
      "s.id < $beforeId",
    );
  });
});
