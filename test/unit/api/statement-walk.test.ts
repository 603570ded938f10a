// When a statement page walks the publishedAt index instead of reading an anchor set, and what it reads.
// Whether the walk returns the same rows as the anchored query is checked against Neo4j in
// test/integration/api/headline-plan.int.test.ts.
import { describe, expect, it } from "vitest";
import { statementCountQuery, statementPageQuery } from "../../../src/filters/statement-filter.ts";
import {
  composeCollected,
  estimateQuery,
  testedInline,
  walkChosen,
  walkedWithTies,
} from "../../../src/filters/statement-walk.ts";
import {
  type AnchorSet,
  anchorSets,
  portable,
  type ResolvedStatementWhere,
} from "../../../src/filters/statement-where.ts";

const headline = (estimate: Partial<ResolvedStatementWhere>): ResolvedStatementWhere => ({
  where: { speaker: { roleKind: "NEGOTIATOR" }, about: { place: "Miami" } },
  ids: null,
  speakerIds: null,
  speakerCountryIds: ["russland"],
  speakerOrganizationIds: null,
  aboutPlaceIds: ["miami"],
  aboutMeetingIds: null,
  aboutTopicIds: null,
  aboutEntityIds: null,
  articleId: null,
  ...estimate,
});

// The bench graphs' own figures (bench:graph): 10k and 1M statements.
const SMALL = { anchorCosts: { affiliations: 89, places: 2102 }, statementTotal: 10_000 };
const BIG = { anchorCosts: { affiliations: 21_152, places: 210_000 }, statementTotal: 1_000_000 };

describe("the choice between an anchor set and the walk in publication order", () => {
  it.each([
    ["a small graph: the 89 statements of the speakers are fewer than a walk to 21 matches", SMALL, false],
    ["a big graph: ~4,400 expected matches in 1M, a walk reads ~4,800 statements, not 21,152", BIG, true],
    ["no estimate", { anchorCosts: null, statementTotal: null }, false],
  ])("%s", (_name, estimate, walks) => {
    expect(walkChosen(headline(estimate), { limit: 21 })).toBe(walks);
  });

  it("a walk reads the whole publishedAt group it stops in (the page is sorted by date, then id)", () => {
    // Generated graphs: a few statements a minute; the walk stops where it expects to.
    expect(walkedWithTies(4_800, [3, 14, 2, 9])).toBe(4_800);
    expect(walkedWithTies(20, [3, 14, 2, 9])).toBe(28);
    // The ingest's 100k sample graph: 240,000 statements share the newest date (the probe counts to 100,000).
    expect(walkedWithTies(1_435, [100_000])).toBe(100_000);
    expect(walkedWithTies(1_435, null)).toBe(1_435);
    const ingest100k = {
      anchorCosts: { affiliations: 439_821, places: 61_875 },
      statementTotal: 1_359_667,
    };
    expect(walkChosen(headline(ingest100k), { limit: 21 })).toBe(true);
    expect(walkChosen(headline({ ...ingest100k, dateGroups: [100_000] }), { limit: 21 })).toBe(false);
    expect(walkChosen(headline({ ...ingest100k, dateGroups: [12, 40, 7] }), { limit: 21 })).toBe(true);
    expect(walkChosen(headline({ ...BIG, dateGroups: [14, 14, 3, 20] }), { limit: 21 })).toBe(true);
    expect(estimateQuery(headline(BIG))?.query).toContain("AS dateGroups");
  });

  it("only for newest first, forwards, and not from a cursor among the undated statements", () => {
    const r = headline(BIG);
    expect(walkChosen(r, { limit: 21, order: { field: "PUBLISHED_AT", direction: "ASC" } })).toBe(false);
    expect(walkChosen(r, { limit: 21, order: { field: "CONFIDENCE", direction: "DESC" } })).toBe(false);
    expect(walkChosen(r, { limit: 21, backwards: true, before: { key: "2025", id: "x" } })).toBe(false);
    expect(walkChosen(r, { limit: 21, after: { key: "", id: "x" } })).toBe(false);
    expect(walkChosen(r, { limit: 21, after: { key: "2025-01-01", id: "x" } })).toBe(true);
  });

  it("the walk collects the sets once, seeks the index in order and falls back for undated statements", () => {
    const q = statementPageQuery(headline(BIG), { limit: 21, after: { key: "2025-06-01T10:00", id: "a:1" } });
    expect(q.query).toMatch(
      /^CALL \(\) \{ CALL \(\) \{ MATCH \(sp:Person\).* RETURN collect\(DISTINCT sp\) AS set0 \}/,
    );
    expect(q.query).toContain("MATCH (s:Statement) USING INDEX s:Statement(publishedAt)");
    expect(q.query).toContain("EXISTS { MATCH (s)-[r:SAID_BY]->(n) WHERE n IN set0 }");
    expect(q.query).toContain("EXISTS { MATCH (s)-[r:ABOUT]->(n) WHERE n IN set1 }");
    // The PART_OF/LOCATED_IN walks are not repeated per statement in the dated part.
    const dated = q.query.slice(q.query.indexOf("CALL (set0, set1)"), q.query.indexOf("CALL (dated)"));
    expect(dated).not.toContain("PART_OF");
    expect(dated).not.toContain("LOCATED_IN");
    expect(dated).toContain("s.publishedAt <= $afterKey AND (s.publishedAt < $afterKey OR s.id < $afterId)");
    expect(q.query).toContain("WITH dated WHERE size(dated) < toInteger($limit)");
    expect(q.query).toContain("coalesce(s.publishedAt, '') = ''");
    expect(q.params).toMatchObject({ limit: 21, afterKey: "2025-06-01T10:00", afterId: "a:1" });
  });
});

// The 100k bench graph: 1,523 statements by Russian negotiators, 17,510 about Miami.
const MIDDLE = { anchorCosts: { affiliations: 1523, places: 17_510 }, statementTotal: 100_000 };

describe("a large anchor set with the other sets collected first", () => {
  it("only when the chosen set is large: small sets keep the plain anchored query", () => {
    expect(composeCollected(headline(SMALL))).toBeNull();
    expect(composeCollected(headline({ anchorCosts: null }))).toBeNull();
    expect(composeCollected(headline(MIDDLE))).not.toBeNull();
  });

  it("anchors on the speakers and tests the place by membership, in the page and in the count", () => {
    const r = headline(MIDDLE);
    expect(walkChosen(r, { limit: 21 })).toBe(false);
    for (const q of [statementPageQuery(r, { limit: 21 }), statementCountQuery(r, undefined, 100)]) {
      expect(q.query).toMatch(
        /^CALL \(\) \{ CALL \(\) \{ MATCH \(x:Place\).* RETURN collect\(DISTINCT x\) AS set1 \}/,
      );
      expect(q.query).toContain("MATCH (s:Statement)-[:SAID_BY]->(sp)\nWITH DISTINCT s, set1\nWHERE ");
      expect(q.query).toContain("EXISTS { MATCH (s)-[r:ABOUT]->(n) WHERE n IN set1 }");
      expect(q.query).not.toContain("EXISTS { MATCH (s)-[:SAID_BY]->(sp)");
      expect(q.query.slice(q.query.indexOf("\nWHERE "))).not.toContain("LOCATED_IN");
    }
    expect(statementCountQuery(r, undefined, 100).query).toMatch(
      /\nWITH s LIMIT toInteger\(\$countLimit\)\nRETURN count\(s\) AS totalCount$/,
    );
  });

  it("with `how`, the ABOUT edge's via is tested in the membership", () => {
    const r = headline({ ...MIDDLE, anchorCosts: { affiliations: 30_000, places: 17_510 } });
    r.where = { speaker: { roleKind: "NEGOTIATOR" }, about: { place: "Miami", how: "TEXT" } };
    const q = statementCountQuery(r).query;
    expect(q).toContain("MATCH (s:Statement)-[:ABOUT]->(x)\nWITH DISTINCT s, set0\n");
    expect(q).toContain("EXISTS { MATCH (s)-[r:SAID_BY]->(n) WHERE n IN set0 }");
    expect(q).toContain("r.via = $aboutHow");
  });
});

// A set too big to collect (its ids not kept) is tested per walked statement instead.
describe("a huge set in the walk: tested inline, not collected", () => {
  // The 1M bench graph's broad filter: every Russian speaker, 280,324 statements, more than 10,000 speakers.
  const broad = (estimate: Partial<ResolvedStatementWhere>): ResolvedStatementWhere => ({
    ...headline({
      anchorCosts: { affiliations: 280_324 },
      setSizes: { affiliations: 12_000 },
      statementTotal: 1_000_000,
      ...estimate,
    }),
    where: { speaker: { nationality: "Russland" } },
    aboutPlaceIds: null,
  });

  it("a walk of ~75 statements tests every Russian speaker by the EXISTS pattern, collecting nothing", () => {
    const r = broad({});
    expect(walkChosen(r, { limit: 21 })).toBe(true);
    const [set] = anchorSets(r);
    expect(testedInline(r, set as AnchorSet, 75)).toBe(true);
    const q = statementPageQuery(r, { limit: 21 }).query;
    expect(q).not.toContain("collect(DISTINCT");
    expect(q.startsWith("CALL () {\n  MATCH (s:Statement) USING INDEX s:Statement(publishedAt)")).toBe(true);
    const dated = q.slice(0, q.indexOf("CALL (dated)"));
    expect(dated).toContain(
      "EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE EXISTS { MATCH (sp:Person)-[a:AFFILIATED_WITH]",
    );
    expect(dated).toContain("$speakerCountryIds");
  });

  it("a small set, a kept one or a long walk keeps the collected set", () => {
    // Small: 75 walked statements x 30 db hits are more than the set's 2,000 statements.
    const small = broad({ anchorCosts: { affiliations: 2_000 }, statementTotal: 10_000 });
    expect(testedInline(small, anchorSets(small)[0] as AnchorSet, 105)).toBe(false);
    expect(statementPageQuery(small, { limit: 21 }).query).toContain("RETURN collect(DISTINCT sp) AS set0 }");
    // Kept ids: tested on the statement's speakerId, never by the hierarchy.
    const kept = broad({ setIds: { affiliations: ["person-17"] } });
    expect(testedInline(kept, anchorSets(kept)[0] as AnchorSet, 75)).toBe(false);
    expect(statementPageQuery(kept, { limit: 21 }).query).not.toContain(
      "PART_OF*0..3]->(country:Country) WHERE country.id IN $speakerCountryIds } } OR",
    );
    // The headline at 1M, ids not at hand: a walk of ~4,800 statements; Miami's 233 places are collected.
    expect(testedInline(headline(BIG), anchorSets(headline(BIG))[1] as AnchorSet, 4_800)).toBe(false);
    const big = headline({ ...BIG, setSizes: { affiliations: 1_009, places: 233 } });
    const [, places] = anchorSets(big);
    expect(testedInline(big, places as AnchorSet, 4_800)).toBe(false);
    expect(statementPageQuery(big, { limit: 21 }).query).toContain("AS set1 }");
  });
});

// The ids of the sets a traversal finds, kept by the estimate for the graph version (statement-filter.ts).
describe("kept set ids", () => {
  const KEPT = { setIds: { affiliations: ["person-17", "person-144"], places: ["miami", "meeting-23"] } };

  it("every form finds the kept sets by id instead of walking PART_OF and LOCATED_IN", () => {
    for (const estimate of [SMALL, MIDDLE, BIG]) {
      const r = headline({ ...estimate, ...KEPT });
      for (const q of [statementPageQuery(r, { limit: 21 }), statementCountQuery(r, undefined, 100)]) {
        const dated = q.query.includes("CALL (dated)")
          ? q.query.slice(0, q.query.indexOf("CALL (dated)"))
          : q.query;
        // Anchored on the speakers: their nodes by id; in a walk or as a collected set: the ids
        // themselves, tested on the statement's speakerId.
        expect(dated).toMatch(
          /MATCH \(sp:Person\) WHERE sp\.id IN \$setIds_affiliations RETURN sp|s\.speakerId IN \$setIds_affiliations/,
        );
        expect(dated).not.toContain("PART_OF");
        expect(dated).not.toContain("AFFILIATED_WITH");
        expect(q.params).toMatchObject({
          setIds_affiliations: ["person-17", "person-144"],
          setIds_places: ["miami", "meeting-23"],
        });
      }
    }
    // The walk tests the kept speakers on the statement's copied speakerId, and the ABOUT edges only for
    // the statements that pass (a CASE: the planner would put the EXISTS first).
    expect(statementPageQuery(headline({ ...BIG, ...KEPT }), { limit: 21 }).query).toContain(
      "  WHERE s.publishedAt > ''\n" +
        "    AND CASE WHEN (s.speakerId IN $setIds_affiliations OR (s.speakerId IS NULL AND EXISTS { MATCH (s)-[:SAID_BY]->(sp) WHERE sp.id IN $setIds_affiliations }))\n" +
        "      THEN EXISTS { MATCH (s)-[r:ABOUT]->(n) WHERE n IN set1 }\n" +
        "      ELSE false END\n",
    );
    // Every statement's speaker copied (the estimate's probe): the copy is read from the index entry.
    const fromIndex = statementPageQuery(headline({ ...BIG, ...KEPT, speakerIdsComplete: true }), {
      limit: 21,
    }).query;
    expect(fromIndex).toContain(
      "  MATCH (s:Statement) USING INDEX s:Statement(publishedAt, speakerId)\n" +
        "  WHERE s.publishedAt > ''\n" +
        "    AND s.speakerId IS NOT NULL\n" +
        "    AND CASE WHEN s.speakerId IN $setIds_affiliations\n",
    );
    // The places: Place and Meeting nodes by id, where the set is read at all.
    const walk = statementPageQuery(headline({ ...BIG, ...KEPT }), { limit: 21 }).query;
    expect(walk).toContain(
      "MATCH (x:Place) WHERE x.id IN $setIds_places RETURN x UNION MATCH (x:Meeting) WHERE x.id IN $setIds_places RETURN x",
    );
  });

  it("without a role, organizations of the country speak too: the kept speakers may be either", () => {
    const r = headline({ ...BIG, ...KEPT });
    r.where = { speaker: { nationality: "Russland" }, about: { place: "Miami" } };
    expect(statementPageQuery(r, { limit: 21 }).query).toContain(
      "MATCH (sp:Person) WHERE sp.id IN $setIds_affiliations RETURN sp UNION MATCH (sp:Organization) WHERE sp.id IN $setIds_affiliations RETURN sp",
    );
  });

  it("the estimate always walks the traversal and returns the ids; `portable` drops them (the cypher field)", () => {
    const r = headline({ ...BIG, ...KEPT });
    const q = estimateQuery(r)?.query ?? "";
    expect(q).toContain("PART_OF");
    expect(q).toContain("LOCATED_IN");
    expect(q).not.toContain("$setIds_");
    expect(q).toContain("CASE WHEN count(n) <= 10000 THEN collect(n.id) END AS ids0");
    const plain = statementPageQuery(portable(r), { limit: 21 });
    expect(plain.query).not.toContain("$setIds_");
    expect(plain.params).not.toHaveProperty("setIds_affiliations");
    expect(plain.query).toContain("PART_OF");
  });
});
