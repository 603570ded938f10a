import { describe, expect, it } from "vitest";
import {
  parseStatementWhere,
  statementBatchPageQuery,
  statementCountQuery,
  statementIdsQuery,
  statementPageQuery,
} from "../../../src/filters/statement-filter.ts";
import type { ResolvedStatementWhere } from "../../../src/filters/statement-where.ts";

function resolved(overrides: Partial<ResolvedStatementWhere> = {}): ResolvedStatementWhere {
  return {
    where: {},
    ids: null,
    speakerIds: null,
    speakerCountryIds: null,
    speakerOrganizationIds: null,
    aboutPlaceIds: null,
    aboutMeetingIds: null,
    aboutTopicIds: null,
    aboutEntityIds: null,
    articleId: null,
    ...overrides,
  };
}

describe("parseStatementWhere (the CLI's --where)", () => {
  it("accepts the headline filter as JSON", () => {
    expect(
      parseStatementWhere({
        speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
        about: { place: "Miami" },
      }),
    ).toEqual({
      speaker: {
        id: null,
        name: null,
        nationality: "Russland",
        roleKind: "NEGOTIATOR",
        organization: null,
        type: null,
      },
      about: { place: "Miami", meeting: null, topic: null, entity: null, how: null },
    });
  });

  it("names the field and the reason for bad input", () => {
    expect(() => parseStatementWhere({ speaker: { roleKind: "NEGOTIATOR", nation: "RU" } })).toThrow(
      /where\.speaker\.nation: unknown field; expected one of id, name, nationality/,
    );
    expect(() => parseStatementWhere({ speaker: { roleKind: "UNTERHAENDLER" } })).toThrow(
      /where\.speaker\.roleKind: must be one of NEGOTIATOR/,
    );
    expect(() => parseStatementWhere({ publishedFrom: "21.12.2025" })).toThrow(
      /where\.publishedFrom: '21\.12\.2025' is not a date/,
    );
    expect(() => parseStatementWhere({ kind: "QUOTE" })).toThrow(
      /where\.kind: must be one or a list of DIRECT, INDIRECT, REPORTED/,
    );
    expect(() => parseStatementWhere([1])).toThrow(/where: must be an object/);
  });

  it("takes a single kind or a list", () => {
    expect(parseStatementWhere({ kind: "DIRECT" }).kind).toEqual(["DIRECT"]);
    expect(parseStatementWhere({ kind: ["DIRECT", "INDIRECT"] }).kind).toEqual(["DIRECT", "INDIRECT"]);
  });

  it("errors carry code BAD_USER_INPUT", () => {
    try {
      parseStatementWhere({ minConfidence: 3 });
      expect.unreachable();
    } catch (err) {
      expect((err as { extensions: { code: string } }).extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("query composition", () => {
  const headline = resolved({
    where: { speaker: { roleKind: "NEGOTIATOR" }, about: { place: "Miami" } },
    speakerCountryIds: ["russland"],
    aboutPlaceIds: ["miami"],
  });

  it("puts every value in $params, never in the text", () => {
    const q = statementPageQuery(headline, { limit: 11 });
    expect(q.params).toEqual({
      speakerRoleKind: "NEGOTIATOR",
      speakerCountryIds: ["russland"],
      aboutPlaceIds: ["miami"],
      limit: 11,
    });
    expect(q.query).not.toMatch(/russland|miami|NEGOTIATOR/);
    expect(q.query).toMatch(/a\.roleKind = \$speakerRoleKind/);
    expect(q.query).toMatch(/\(x:Meeting\)-\[:HELD_IN\]->\(:Place\)-\[:LOCATED_IN\*0\.\.4\]->\(p:Place\)/);
    expect(q.query).toMatch(
      /ORDER BY coalesce\(s\.publishedAt, ''\) DESC, s\.id DESC\nLIMIT toInteger\(\$limit\)$/,
    );
  });

  it("starts from the most selective part (the speakers), not from every statement", () => {
    const q = statementPageQuery(headline, { limit: 11 });
    expect(q.query).toMatch(
      /^CALL \(\) \{ MATCH \(sp:Person\)-\[a:AFFILIATED_WITH\]->\(o:Organization\) WHERE a\.roleKind = \$speakerRoleKind AND .* RETURN DISTINCT sp \}\nMATCH \(s:Statement\)-\[:SAID_BY\]->\(sp\)\nWITH DISTINCT s\nWHERE /,
    );
    const nested = statementBatchPageQuery(resolved(), { limit: 5 }, "SPEAKER", ["a"]);
    expect(nested.query).toContain(
      "CALL (scopeId) { MATCH (scope:Person {id: scopeId}) RETURN scope UNION MATCH (scope:Organization {id: scopeId}) RETURN scope }",
    );
    expect(statementPageQuery(resolved(), { limit: 5 }).query).toMatch(/^MATCH \(s:Statement\)\nRETURN s/);
  });

  it("a text filter stays a parameter of the full-text index call", () => {
    const q = statementCountQuery(resolved({ where: { text: "konstruktiv OR produktiv" } }));
    expect(q.query).toMatch(
      /^CALL db\.index\.fulltext\.queryNodes\('statementText', \$text\) YIELD node AS s/,
    );
    expect(q.params.text).toBe("konstruktiv OR produktiv");
  });

  it("a keyset cursor becomes a (key, id) comparison in the order's direction", () => {
    const q = statementPageQuery(resolved(), {
      limit: 3,
      order: { field: "PUBLISHED_AT", direction: "ASC" },
      after: { key: "2025-12-21T10:00", id: "art-a:1-2" },
    });
    expect(q.query).toContain(
      "(coalesce(s.publishedAt, '') > $afterKey OR (coalesce(s.publishedAt, '') = $afterKey AND s.id > $afterId))",
    );
    expect(q.params).toMatchObject({ afterKey: "2025-12-21T10:00", afterId: "art-a:1-2" });
  });

  it("backwards pages take the rows before the cursor and return them in the requested order", () => {
    const q = statementPageQuery(resolved(), { limit: 3, before: { key: "k", id: "i" }, backwards: true });
    expect(q.query).toMatch(
      /WITH s ORDER BY coalesce\(s\.publishedAt, ''\) ASC, s\.id ASC LIMIT toInteger\(\$limit\)\nRETURN s ORDER BY coalesce\(s\.publishedAt, ''\) DESC, s\.id DESC$/,
    );
  });

  it("batches the pages of many parents into one UNWIND query", () => {
    const q = statementBatchPageQuery(resolved(), { limit: 5 }, "SPEAKER", ["a", "b"]);
    expect(q.query).toMatch(/^UNWIND range\(0, size\(\$scopeIds\) - 1\) AS i/);
    expect(q.query).toContain("scope.id = scopeId");
    expect(q.params.scopeIds).toEqual(["a", "b"]);
  });

  it("the ids query returns only ids", () => {
    expect(statementIdsQuery(headline).query).toMatch(/RETURN s\.id AS id ORDER BY/);
  });
});
