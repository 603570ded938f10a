// Acceptance of the API issue against the sample corpus ingested through the real pipeline: the
// headline question in one call, its relations, pagination, the Cypher field — via yoga.fetch and HTTP.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cypher } from "../../../src/neo4j/registry.ts";
import { read } from "../../../src/neo4j/run.ts";
import { ingestSampleCorpus, resetDatabase } from "../support.ts";
import { type GraphQLResponse, gql, type Listening, listen, yogaWith } from "./api-support.ts";

const yoga = yogaWith();

const HEADLINE = /* GraphQL */ `
  query Headline($first: Int, $after: String) {
    statements(where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          text
          speaker { __typename ... on Person { name affiliations { organization { name } roleKind } } ... on Organization { name } }
          article { source publishedAt }
        }
      }
      cypher { query parameters }
    }
  }
`;

interface Headline {
  statements: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        text: string;
        speaker: {
          __typename: string;
          name: string;
          affiliations?: { organization: { name: string }; roleKind: string }[];
        } | null;
        article: { source: string | null; publishedAt: string | null } | null;
      };
    }[];
    cypher: { query: string; parameters: Record<string, unknown> };
  };
}

const MUST_FIND = [
  "«Die Diskussionen werden konstruktiv geführt»",
  "verliefen die Gespräche zufriedenstellend",
  "„Danke, Miami. Nächstes Mal: Moskau.“",
];

function checkHeadline(res: GraphQLResponse<Headline>): void {
  expect(res.errors).toBeUndefined();
  const edges = res.data!.statements.edges;
  const texts = edges.map((e) => e.node.text);
  for (const quote of MUST_FIND) {
    expect(
      texts.some((t) => t.includes(quote)),
      `${quote} in ${JSON.stringify(texts)}`,
    ).toBe(true);
  }
  const speakers = new Set(edges.map((e) => e.node.speaker?.name));
  expect([...speakers]).toEqual(["Kirill Dmitrijew"]);
  for (const wrong of ["Witkoff", "Kreml", "Politico"]) {
    expect([...speakers].some((s) => s?.includes(wrong))).toBe(false);
  }
}

beforeAll(async () => {
  await resetDatabase();
  const report = await ingestSampleCorpus();
  expect(report.articles.failed).toBe(0);
}, 300_000);

describe("the headline query over the ingested sample corpus", () => {
  it("returns Dmitrijew's statements about Miami and none by Witkoff, the Kremlin or Politico (yoga.fetch)", async () => {
    checkHeadline(await gql<Headline>(yoga, HEADLINE, { first: 50 }));
  });

  it("resolves the speaker's affiliations and the article", async () => {
    const res = await gql<Headline>(yoga, HEADLINE, { first: 50 });
    for (const { node } of res.data!.statements.edges) {
      expect(node.speaker?.__typename).toBe("Person");
      expect(node.speaker?.affiliations).toContainEqual({
        organization: { name: "Russland" },
        roleKind: "NEGOTIATOR",
      });
      // The article always resolves; its metadata is whatever the reader found in the file.
      expect(node.article).not.toBeNull();
    }
    const articles = res.data!.statements.edges.map((e) => e.node.article!);
    expect(articles.map((a) => a.source)).toContain("dpa");
    expect(articles.some((a) => /^2025-12-\d\d/.test(a.publishedAt ?? ""))).toBe(true);
  });

  it("agrees with the saved headline query (cypher/analyst/01-statements-by-negotiators-about-place)", async () => {
    const res = await gql<Headline>(yoga, HEADLINE, { first: 100 });
    const rows = await read<{ statementId: string }>(
      cypher("analyst/01-statements-by-negotiators-about-place"),
      {
        country: "russland",
        place: "miami",
      },
    );
    const api = res.data!.statements.edges.map((e) => decodeGlobalID(e.node.id).id).sort();
    expect(api).toEqual(rows.map((r) => r.statementId).sort());
  });

  it("the cypher field, run through the driver, returns the same statement ids", async () => {
    const res = await gql<Headline>(yoga, HEADLINE, { first: 4 });
    const { cypher: c, edges } = res.data!.statements;
    const rows = await read<{ s: { id: string } }>(c.query, c.parameters);
    expect(rows.map((r) => r.s.id)).toEqual(edges.map((e) => decodeGlobalID(e.node.id).id));
  });

  it("pagination with first: 2 walks every statement exactly once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 500; i++) {
      const res: GraphQLResponse<{
        statements: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      }> = await gql(
        yoga,
        `query($after: String) { statements(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn = res.data!.statements;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const [{ n }] = (await read<{ n: number }>("MATCH (s:Statement) RETURN count(s) AS n")) as [
      { n: number },
    ];
    expect(total).toBe(n);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });
});

describe("over HTTP on a free port", () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(yoga);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers the headline query", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: HEADLINE, variables: { first: 50 } }),
    });
    expect(res.status).toBe(200);
    const raw = await res.text();
    checkHeadline({ status: res.status, raw, ...(JSON.parse(raw) as object) });
  });
});
