// There is one headline query: the API composes it from the filter, and analysts run the saved file
// cypher/analyst/01-…. Both must follow the hierarchies equally far (their results are compared on the
// sample corpus in test/integration/analyst.int.test.ts; this holds the depths together without a database).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../../../src/filters/country-codes.ts";
import { statementPageQuery } from "../../../src/filters/statement-filter.ts";
import { LOCATED_IN_DEPTH, PART_OF_DEPTH } from "../../../src/graph-model.ts";

const SAVED = fs.readFileSync("cypher/analyst/01-statements-by-negotiators-about-place.cypher", "utf8");
const body = SAVED.split("\n")
  .filter((l) => !l.startsWith("//"))
  .join("\n");

const depths = (text: string, rel: string) =>
  [...text.matchAll(new RegExp(`:${rel}\\*(\\d*\\.\\.\\d*)`, "g"))].map((m) => m[1]);

describe("the saved headline query and the API's filter", () => {
  const composed = statementPageQuery(
    {
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
    },
    { limit: 10 },
  ).query;

  it("follow PART_OF and LOCATED_IN to the same depths", () => {
    for (const text of [body, composed]) {
      expect(new Set(depths(text, "PART_OF"))).toEqual(new Set([`0..${PART_OF_DEPTH}`]));
      expect(new Set(depths(text, "LOCATED_IN"))).toEqual(new Set([`0..${LOCATED_IN_DEPTH}`]));
    }
  });

  it("know the same ISO country codes", () => {
    const map = /\{([^{}]*)\}\[toUpper\(\$country\)\]/.exec(body)?.[1] ?? "";
    const saved = Object.fromEntries([...map.matchAll(/([A-Z]{2}): '([a-z-]+)'/g)].map((m) => [m[1], m[2]]));
    expect(saved).toEqual(COUNTRY_CODES);
  });
});
