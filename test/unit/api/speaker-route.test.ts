// Which way the speaker set of a role AND a country/organization is reached (statement-where.ts,
// `affiliatedSpeakers`): from the bodies' affiliations or from the role's, by the counts of
// `speakerRouteQuery`. That both ways find the same statements is checked against Neo4j in
// test/integration/api/headline-plan.int.test.ts.
import { describe, expect, it } from "vitest";
import { statementPageQuery } from "../../../src/filters/statement-filter.ts";
import {
  chooseSpeakerRoute,
  type ResolvedStatementWhere,
  speakerRouteQuery,
} from "../../../src/filters/statement-where.ts";

const filter = (
  speaker: { roleKind?: "NEGOTIATOR" },
  extra: Partial<ResolvedStatementWhere>,
): ResolvedStatementWhere => ({
  where: { speaker },
  ids: null,
  speakerIds: null,
  speakerCountryIds: null,
  speakerOrganizationIds: null,
  aboutPlaceIds: null,
  aboutMeetingIds: null,
  aboutTopicIds: null,
  aboutEntityIds: null,
  articleId: null,
  ...extra,
});

const negotiatorsOfRussia = (route: "ROLE" | "BODIES" | null) =>
  filter({ roleKind: "NEGOTIATOR" }, { speakerCountryIds: ["russland"], speakerRoute: route });

describe("the way into the speaker set", () => {
  it("is only a question with a role and bodies", () => {
    expect(speakerRouteQuery(negotiatorsOfRussia(null))).toContain("viaBodies");
    expect(speakerRouteQuery(filter({}, { speakerCountryIds: ["russland"] }))).toBeNull();
    expect(speakerRouteQuery(filter({ roleKind: "NEGOTIATOR" }, {}))).toBeNull();
    const withOrg = filter({ roleKind: "NEGOTIATOR" }, { speakerOrganizationIds: ["kreml"] });
    expect(speakerRouteQuery(withOrg)).toContain("top.id IN $speakerOrganizationIds");
  });

  it("counts the role's affiliations in the index (capped) and the bodies' by their degree", () => {
    const q = speakerRouteQuery(negotiatorsOfRussia(null)) as string;
    expect(q).toContain("MATCH ()-[a:AFFILIATED_WITH]->() WHERE a.roleKind = $speakerRoleKind WITH a LIMIT");
    expect(q).toContain("sum(COUNT { (b)<-[:AFFILIATED_WITH]-() }) AS viaBodies");
  });

  it.each([
    ["the 1M bench graph: NEGOTIATOR ~3,900, Russia's bodies 24,422", 3_900, 24_422, "ROLE"],
    ["a common role and a small country", 40_000, 120, "BODIES"],
    ["a tie stays on the bodies", 500, 500, "BODIES"],
  ] as const)("%s → %s", (_name, viaRole, viaBodies, route) => {
    expect(chooseSpeakerRoute(viaRole, viaBodies)).toBe(route);
  });

  it("from the role: the relationship index, ends tested against the bodies collected once", () => {
    const q = statementPageQuery(negotiatorsOfRussia("ROLE"), { limit: 21 }).query;
    expect(q).toContain("RETURN collect(DISTINCT b) AS bodies");
    expect(q).toContain("USING INDEX a:AFFILIATED_WITH(roleKind)");
    expect(q).toContain("a.roleKind = $speakerRoleKind AND o IN bodies");
    expect(q).not.toContain("o.id IN COLLECT");
  });

  it("from the bodies (and without an estimate): their affiliations by organization id", () => {
    for (const route of ["BODIES", null] as const) {
      const q = statementPageQuery(negotiatorsOfRussia(route), { limit: 21 }).query;
      expect(q).toContain("o.id IN COLLECT { MATCH (top:Country) WHERE top.id IN $speakerCountryIds");
      expect(q).not.toContain("USING INDEX a:AFFILIATED_WITH");
    }
  });
});
