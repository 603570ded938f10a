// Where a composed statement query starts (the anchor), how it is chosen, and the bounded count.
// The plans themselves are checked against Neo4j in test/integration/api/headline-plan.int.test.ts.
import { describe, expect, it } from "vitest";
import {
  statementBatchCountQuery,
  statementCountQuery,
  statementPageQuery,
} from "../../../src/filters/statement-filter.ts";
import { anchorCostQuery, type ResolvedStatementWhere } from "../../../src/filters/statement-where.ts";
import { cappedCount } from "../../../src/schema/connections.ts";

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

const headline = (extra: Partial<ResolvedStatementWhere> = {}) =>
  resolved({
    where: { speaker: { roleKind: "NEGOTIATOR" }, about: { place: "Miami" } },
    speakerCountryIds: ["russland"],
    aboutPlaceIds: ["miami"],
    ...extra,
  });

const SPEAKER_TEST = "EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE EXISTS { MATCH (sp:Person)";
const PLACE_TEST = "EXISTS { MATCH (s)-[r:ABOUT]->(x) WHERE (EXISTS { MATCH (x:Place)";

describe("the anchor of a composed statement query", () => {
  it("reaches the speakers from the country by id, not by scanning organizations", () => {
    const q = statementPageQuery(headline(), { limit: 5 }).query;
    expect(q).toContain(
      "o.id IN COLLECT { MATCH (top:Country) WHERE top.id IN $speakerCountryIds MATCH (b:Organization)-[:PART_OF*0..3]->(top) RETURN DISTINCT b.id }",
    );
    // The anchor guarantees the speaker part; only the place is tested per statement.
    expect(q).not.toContain(SPEAKER_TEST);
    expect(q).toContain(PLACE_TEST);
  });

  it("starts from the places when the estimate says fewer statements are about them", () => {
    const q = statementPageQuery(headline({ anchorCosts: { affiliations: 5000, places: 40 } }), { limit: 5 });
    expect(q.query).toMatch(
      /^CALL \(\) \{ MATCH \(x:Place\)-\[:LOCATED_IN\*0\.\.4\]->\(p:Place\) WHERE p\.id IN \$aboutPlaceIds/,
    );
    expect(q.query).toContain("MATCH (s:Statement)-[:ABOUT]->(x)\nWITH DISTINCT s\nWHERE ");
    expect(q.query).toContain(SPEAKER_TEST);
    expect(q.query).not.toContain(PLACE_TEST);
    expect(q.params).toEqual({
      speakerRoleKind: "NEGOTIATOR",
      speakerCountryIds: ["russland"],
      aboutPlaceIds: ["miami"],
      limit: 5,
    });
  });

  it("keeps testing an ABOUT anchor's condition when `how` restricts the edge", () => {
    const q = statementPageQuery(
      headline({
        where: { speaker: { roleKind: "NEGOTIATOR" }, about: { place: "Miami", how: "TEXT" } },
        anchorCosts: { affiliations: 5000, places: 40 },
      }),
      { limit: 5 },
    ).query;
    expect(q).toMatch(/^CALL \(\) \{ MATCH \(x:Place\)/);
    expect(q).toContain("EXISTS { MATCH (s)-[r:ABOUT]->(x) WHERE r.via = $aboutHow AND (");
  });

  it("a nationality without a role: the country's people and the country's bodies, both by id", () => {
    const q = statementPageQuery(resolved({ where: { speaker: {} }, speakerCountryIds: ["russland"] }), {
      limit: 5,
    }).query;
    expect(q).toMatch(
      /^CALL \(\) \{ MATCH \(sp:Person\)-\[a:AFFILIATED_WITH\]->\(o:Organization\) WHERE o\.id IN COLLECT \{.*\} RETURN DISTINCT sp UNION MATCH \(sp:Organization\) WHERE sp\.id IN COLLECT \{/,
    );
    expect(q).not.toMatch(/MATCH \(sp:Organization\) RETURN sp/);
  });

  it("an organization and a country: bodies of the organization that belong to the country", () => {
    const q = statementPageQuery(
      resolved({
        where: { speaker: { roleKind: "NEGOTIATOR" } },
        speakerCountryIds: ["russland"],
        speakerOrganizationIds: ["kreml"],
      }),
      { limit: 5 },
    ).query;
    expect(q).toContain("MATCH (top:Organization) WHERE top.id IN $speakerOrganizationIds");
    expect(q).toContain(
      "WHERE EXISTS { MATCH (b)-[:PART_OF*0..3]->(country:Country) WHERE country.id IN $speakerCountryIds }",
    );
  });

  it("estimates only when there is a choice: one degree sum per set, in anchorSets order", () => {
    expect(anchorCostQuery(resolved({ aboutPlaceIds: ["miami"] }))).toBeNull();
    const q = anchorCostQuery(headline());
    expect(q?.kinds).toEqual(["affiliations", "places"]);
    expect(q?.query).toContain("WITH DISTINCT sp AS n RETURN sum(COUNT { (n)<-[:SAID_BY]-() }) AS c0 }");
    expect(q?.query).toContain("WITH DISTINCT x AS n RETURN sum(COUNT { (n)<-[:ABOUT]-() }) AS c1 }");
    expect(q?.query).toMatch(/\nRETURN \[c0, c1\] AS costs$/);
  });
});

describe("the bounded count", () => {
  it("stops counting after cap + 1 statements", () => {
    const q = statementCountQuery(headline(), undefined, 100);
    expect(q.query).toMatch(/\nWITH s LIMIT toInteger\(\$countLimit\)\nRETURN count\(s\) AS totalCount$/);
    expect(q.params.countLimit).toBe(101);
    const batch = statementBatchCountQuery(headline(), "SPEAKER", ["a"], 100);
    expect(batch.query).toContain("WITH s LIMIT toInteger($countLimit)");
    expect(batch.params.countLimit).toBe(101);
  });

  it("without a filter the count store answers, exactly", () => {
    expect(statementCountQuery(resolved(), undefined, 100).query).toBe(
      "MATCH (s:Statement)\nRETURN count(s) AS totalCount",
    );
  });

  it("reports a count above the cap as the cap, not exact", async () => {
    const over = cappedCount(async () => 101, 100);
    expect([await over.totalCount(), await over.totalCountIsExact()]).toEqual([100, false]);
    const under = cappedCount(async () => 100, 100);
    expect([await under.totalCount(), await under.totalCountIsExact()]).toEqual([100, true]);
  });
});
