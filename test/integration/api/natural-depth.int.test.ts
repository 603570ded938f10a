// The depth limit admits the deepest path the schema's own relations form (src/http/armor.ts), with
// `... on Person` not counted as a level, and names the kind of limit when it refuses a deeper one.
import { beforeAll, describe, expect, it } from "vitest";
import { gql, resetWithFixture, yogaWith } from "./api-support.ts";

const yoga = yogaWith();

beforeAll(async () => {
  await resetWithFixture();
});

type Org = { name: string; partOf: { name: string } | null };
type Articles = {
  articles: {
    edges: {
      node: {
        statements: {
          edges: {
            node: { speaker: { name: string; affiliations?: { organization: Org | null }[] } | null };
          }[];
        };
      };
    }[];
  };
};

describe("the depth limit", () => {
  it("answers articles › statements › speaker › affiliations › organization › partOf › name, 10 × 10 at a time", async () => {
    const res = await gql<Articles>(
      yoga,
      `{ articles(first: 10) { edges { node { statements(first: 10) { edges { node {
          speaker { ... on Person { name affiliations { organization { name partOf { name } } } } }
        } } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const orgs = res.data!.articles.edges.flatMap((a) =>
      a.node.statements.edges.flatMap((s) => (s.node.speaker?.affiliations ?? []).map((x) => x.organization)),
    );
    // Peskow speaks for the Kreml, which is part of Russland.
    expect(orgs).toContainEqual({ name: "Kreml", partOf: { name: "Russland" } });
  });

  it("refuses one level more, saying which kind of limit (not its value)", async () => {
    const res = await gql(
      yoga,
      `{ articles { edges { node { statements { edges { node {
          speaker { ... on Person { affiliations { organization { partOf { partOf { name } } } } } }
        } } } } } } }`,
    );
    expect(res.errors?.[0]).toMatchObject({
      message: "The query is nested too deeply for this server.",
      extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "depth" },
    });
    expect(res.raw).not.toMatch(/\b1[0-2]\b/);
  });
});
