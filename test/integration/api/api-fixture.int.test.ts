// The API over a hand-built graph (test/fixtures/api-graph.*): proves filters, pagination, Cypher
// reproduction, loaders and errors independently of how well extraction does on the sample corpus.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { beforeAll, describe, expect, it } from "vitest";
import { read } from "../../../src/neo4j/run.ts";
import { type FixtureStatement, fixtureStatementId } from "../../fixtures/api-graph.ts";
import { expectNothingLeaked, type GraphQLResponse, gql, resetWithFixture, yogaWith } from "./api-support.ts";

const yoga = yogaWith();

const HEADLINE = /* GraphQL */ `
  query Headline($nationality: String!, $place: String!, $first: Int) {
    statements(where: { speaker: { nationality: $nationality, roleKind: NEGOTIATOR }, about: { place: $place } }, first: $first) {
      totalCount
      edges {
        node {
          id
          text
          speaker {
            __typename
            ... on Person { name affiliations { organization { name } roleKind } }
            ... on Organization { name }
          }
          article { source publishedAt }
          about { how entity { __typename name } }
        }
      }
      cypher { query parameters }
    }
  }
`;

interface StatementNode {
  id: string;
  text: string;
  speaker: {
    __typename: string;
    name: string;
    affiliations?: { organization: { name: string }; roleKind: string }[];
  } | null;
  article: { source: string; publishedAt: string } | null;
  about: { how: string; entity: { __typename: string; name: string } }[];
}

interface HeadlineData {
  statements: {
    totalCount: number;
    edges: { node: StatementNode }[];
    cypher: { query: string; parameters: Record<string, unknown> };
  };
}

const localIds = (edges: { node: { id: string } }[]) => edges.map((e) => decodeGlobalID(e.node.id).id).sort();
const ids = (...keys: FixtureStatement[]) => keys.map(fixtureStatementId).sort();

beforeAll(async () => {
  await resetWithFixture();
});

describe("the headline question over the fixture graph", () => {
  it("returns Dmitrijew's statements about Miami — about Miami itself, a place in it, a meeting held there — and nothing else", async () => {
    const res = await gql<HeadlineData>(yoga, HEADLINE, { nationality: "Russland", place: "Miami" });
    expect(res.errors).toBeUndefined();
    const { edges, totalCount } = res.data!.statements;
    expect(localIds(edges)).toEqual(ids("dankeMiami", "konstruktiv", "zufriedenstellend"));
    expect(totalCount).toBe(3);
    expect(new Set(edges.map((e) => e.node.speaker?.name))).toEqual(new Set(["Kirill Dmitrijew"]));
    const texts = edges.map((e) => e.node.text);
    expect(texts).toContain("«Die Diskussionen werden konstruktiv geführt»");
    expect(texts).toContain("„Danke, Miami. Nächstes Mal: Moskau.“");
    // Near misses: the US negotiator, the Kremlin as speaker, a Russian minister, a Russian
    // negotiator about Berlin, a medium.
    for (const miss of ["witkoff", "kremlNuetzlich", "lawrowMiami", "dmitrijewBerlin", "politico"] as const) {
      expect(localIds(edges)).not.toContain(fixtureStatementId(miss));
    }
  });

  it("resolves speaker affiliations and the article", async () => {
    const res = await gql<HeadlineData>(yoga, HEADLINE, { nationality: "Russland", place: "Miami" });
    const danke = res.data!.statements.edges.find((e) => e.node.text.includes("Danke, Miami"))!.node;
    expect(danke.speaker?.__typename).toBe("Person");
    expect(danke.speaker?.affiliations).toContainEqual({
      organization: { name: "Russland" },
      roleKind: "NEGOTIATOR",
    });
    expect(danke.speaker?.affiliations).toContainEqual({
      organization: { name: "Kreml" },
      roleKind: "ADVISOR",
    });
    expect(danke.article).toEqual({ source: "DIE ZEIT", publishedAt: "2025-12-22T08:30" });
    expect(danke.about).toContainEqual({ how: "TEXT", entity: { __typename: "Place", name: "Miami" } });
  });

  it.each([
    ["Russia", "Miami"],
    ["RU", "miami"],
    ["russland", "MIAMI"],
    ["Russische Föderation", "Miami"],
  ])("names resolve through aliases, codes and case: %s / %s", async (nationality, place) => {
    const res = await gql<HeadlineData>(yoga, HEADLINE, { nationality, place });
    expect(res.errors).toBeUndefined();
    expect(localIds(res.data!.statements.edges)).toEqual(
      ids("dankeMiami", "konstruktiv", "zufriedenstellend"),
    );
  });

  it("the cypher field, run through the driver, returns the same statements in the same order", async () => {
    const res = await gql<HeadlineData>(yoga, HEADLINE, {
      nationality: "Russland",
      place: "Miami",
      first: 2,
    });
    const { cypher, edges } = res.data!.statements;
    expect(edges).toHaveLength(2);
    const rows = await read<{ s: { id: string } }>(cypher.query, cypher.parameters);
    expect(rows.map((r) => r.s.id)).toEqual(edges.map((e) => decodeGlobalID(e.node.id).id));
    expect(cypher.query).not.toContain("russland");
    expect(cypher.parameters).toMatchObject({
      speakerCountryIds: ["russland"],
      aboutPlaceIds: ["miami"],
      limit: 2,
    });
  });

  it("without roleKind a nationality includes organizations of the country (the Kremlin) and all roles", async () => {
    const res = await gql<HeadlineData>(
      yoga,
      `{ statements(where: { speaker: { nationality: "RU" }, about: { place: "Miami" } }) { edges { node { id } } } }`,
    );
    expect(localIds(res.data!.statements.edges)).toEqual(
      ids("dankeMiami", "konstruktiv", "zufriedenstellend", "kremlNuetzlich", "lawrowMiami"),
    );
  });
});

describe("other statement filters", () => {
  const run = async (where: string, extra = "") => {
    const res = await gql<HeadlineData>(
      yoga,
      `{ statements(where: ${where} ${extra}) { totalCount edges { node { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    return localIds(res.data!.statements.edges);
  };

  it("speaker by alias, organization including its bodies, and type", async () => {
    expect(await run(`{ speaker: { name: "Dmitriev" } }`)).toEqual(
      ids("dankeMiami", "konstruktiv", "zufriedenstellend", "dmitrijewBerlin"),
    );
    expect(await run(`{ speaker: { organization: "Kreml", roleKind: SPOKESPERSON } }`)).toEqual(
      ids("megafon"),
    );
    expect(await run(`{ speaker: { type: ORGANIZATION } }`)).toEqual(ids("kremlNuetzlich", "politico"));
  });

  it("about a topic, a meeting, an entity; how", async () => {
    expect(await run(`{ about: { topic: "Sicherheitsgarantie" } }`)).toEqual(ids("selenskyj"));
    expect(await run(`{ about: { meeting: "Gespräche in Miami" } }`)).toEqual(ids("konstruktiv", "witkoff"));
    expect(await run(`{ about: { entity: "Moscow" } }`)).toEqual(ids("dankeMiami"));
    expect(await run(`{ about: { place: "Miami", how: TEXT } }`)).toEqual(
      ids("dankeMiami", "kremlNuetzlich", "lawrowMiami", "politico", "selenskyj"),
    );
  });

  it("kind, dates, source, article and full text", async () => {
    expect(await run(`{ kind: [DIRECT] }`)).toEqual(ids("dankeMiami", "konstruktiv"));
    expect(await run(`{ publishedFrom: "2025-12-22" }`)).toEqual(ids("dankeMiami", "witkoff", "politico"));
    expect(await run(`{ publishedTo: "2025-12-15" }`)).toEqual(ids("dmitrijewBerlin", "selenskyj"));
    expect(await run(`{ saidFrom: "2025-12-21", saidTo: "2025-12-21" }`)).toEqual(
      ids("zufriedenstellend", "konstruktiv", "megafon", "kremlNuetzlich", "lawrowMiami"),
    );
    expect(await run(`{ source: "tass" }`)).toHaveLength(5);
    expect(await run(`{ article: "art-fixture-c" }`)).toEqual(ids("dmitrijewBerlin", "selenskyj"));
    expect(await run(`{ text: "Sicherheitsgarantie" }`)).toEqual(ids("selenskyj"));
  });
});

describe("pagination", () => {
  it("first: 2 walks every statement exactly once, and last/before walks back", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const res: GraphQLResponse<{
        statements: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      }> = await gql<{
        statements: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      }>(
        yoga,
        `query($after: String) { statements(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      const conn: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      } = res.data!.statements;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(total).toBe(10);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);

    const last = await gql<{
      statements: { edges: { node: { id: string } }[]; pageInfo: { hasPreviousPage: boolean } };
    }>(
      yoga,
      `query($before: String) { statements(last: 3, before: $before) { pageInfo { hasPreviousPage } edges { node { id } } } }`,
      { before: null },
    );
    expect(last.errors).toBeUndefined();
    expect(last.data!.statements.edges.map((e) => e.node.id)).toEqual(seen.slice(-3));
    expect(last.data!.statements.pageInfo.hasPreviousPage).toBe(true);
  });

  it("pages stay stable when statements are added between requests (keyset, not offset)", async () => {
    const first = await gql<{
      statements: { pageInfo: { endCursor: string }; edges: { node: { id: string } }[] };
    }>(
      yoga,
      `{ statements(first: 3, orderBy: { field: PUBLISHED_AT, direction: ASC }) { pageInfo { endCursor } edges { node { id } } } }`,
    );
    // A statement that sorts before the cursor arrives: an offset would now repeat a row.
    await read("RETURN 1");
    const { write } = await import("../../../src/neo4j/run.ts");
    await write(
      "CREATE (:Statement {id: 'art-early:0-1', articleId: 'art-early', text: 'früh', kind: 'DIRECT', start: 0, end: 1, publishedAt: '2020-01-01'})",
    );
    const second = await gql<{ statements: { edges: { node: { id: string } }[] } }>(
      yoga,
      `query($after: String) { statements(first: 3, after: $after, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { id } } } }`,
      { after: first.data!.statements.pageInfo.endCursor },
    );
    const a = first.data!.statements.edges.map((e) => e.node.id);
    const b = second.data!.statements.edges.map((e) => e.node.id);
    expect(b.filter((id) => a.includes(id))).toEqual([]);
    await write("MATCH (s:Statement {id: 'art-early:0-1'}) DELETE s");
  });

  it("a malformed cursor and an unknown nationality are BAD_USER_INPUT with a helpful message", async () => {
    const bad = await gql(yoga, `{ statements(first: 2, after: "bm90IGEgY3Vyc29y") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/after: is not a cursor returned by this connection/);

    const unknown = await gql(
      yoga,
      `{ statements(where: { speaker: { nationality: "Russlant" } }) { totalCount } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "where.speaker.nationality",
    });
    expect(unknown.errors?.[0]?.message).toMatch(
      /no country is known as 'Russlant'.*Did you mean 'Russland'/,
    );

    const place = await gql(yoga, `{ statements(where: { about: { place: "Atlantis" } }) { totalCount } }`);
    expect(place.errors?.[0]?.message).toMatch(/where\.about\.place: no place is known as 'Atlantis'/);
    const lucene = await gql(yoga, `{ statements(where: { text: "\\"unbalanced" }) { totalCount } }`);
    expect(lucene.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(lucene.errors?.[0]?.message).toMatch(/full-text query could not be parsed/);

    const gid = await gql(yoga, `{ node(id: "garbage") { id } }`);
    expect(gid.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    for (const r of [bad, unknown, place, lucene, gid]) expectNothingLeaked(r.raw);
  });
});

describe("nested connections, nodes, entities", () => {
  it("Person.statements / Place.statements / Article.statements are scoped, counted and reproducible", async () => {
    const dmitrijew = encodeGlobalID("Person", "kirill-dmitrijew");
    const res = await gql<{
      node: {
        name: string;
        statements: {
          totalCount: number;
          edges: { node: { id: string } }[];
          cypher: { query: string; parameters: Record<string, unknown> };
        };
      };
      miami: { statements: { totalCount: number } };
    }>(
      yoga,
      `query($id: ID!, $miami: ID!) {
        node(id: $id) { ... on Person { name statements(first: 10, where: { kind: [DIRECT] }) { totalCount edges { node { id } } cypher { query parameters } } } }
        miami: node(id: $miami) { ... on Place { statements { totalCount } } }
      }`,
      { id: dmitrijew, miami: encodeGlobalID("Place", "miami") },
    );
    expect(res.errors).toBeUndefined();
    const st = res.data!.node.statements;
    expect(res.data!.node.name).toBe("Kirill Dmitrijew");
    expect(localIds(st.edges)).toEqual(ids("dankeMiami", "konstruktiv"));
    expect(st.totalCount).toBe(2);
    const rows = await read<{ s: { id: string } }>(st.cypher.query, st.cypher.parameters);
    expect(rows.map((r) => r.s.id).sort()).toEqual(localIds(st.edges));
    // About Miami: Miami itself, Shell Bay inside it, the meeting held there.
    expect(res.data!.miami.statements.totalCount).toBe(8);
  });

  it("node/nodes return null for unknown ids and the right type for known ones", async () => {
    const res = await gql<{ nodes: ({ __typename: string; name?: string } | null)[] }>(
      yoga,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Entity { name } } }`,
      {
        ids: [
          encodeGlobalID("Organization", "kreml"),
          encodeGlobalID("Person", "nobody"),
          encodeGlobalID("Topic", "sicherheitsgarantien"),
        ],
      },
    );
    expect(res.data!.nodes).toEqual([
      { __typename: "Organization", name: "Kreml" },
      null,
      { __typename: "Topic", name: "Sicherheitsgarantien" },
    ]);
  });

  it("entity connections filter and order (people by nationality and role; places within; meetings by place)", async () => {
    const res = await gql<{
      people: { totalCount: number; edges: { node: { name: string } }[] };
      places: { edges: { node: { name: string } }[] };
      meetings: {
        edges: { node: { name: string; participants: { name: string }[]; place: { name: string } } }[];
      };
      organizations: { edges: { node: { name: string; partOf: { name: string } | null } }[] };
    }>(
      yoga,
      `{
        people(where: { nationality: "Russia" }, orderBy: { field: NAME, direction: ASC }) { totalCount edges { node { name } } }
        places(where: { within: "Miami" }) { edges { node { name } } }
        meetings(where: { place: "Florida" }) { edges { node { name place { name } participants { ... on Person { name } } } } }
        organizations(where: { country: "RU", kind: GOVERNMENT }) { edges { node { name partOf { name } } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.people.edges.map((e) => e.node.name)).toEqual([
      "Dmitri Peskow",
      "Kirill Dmitrijew",
      "Sergej Lawrow",
    ]);
    expect(res.data!.places.edges.map((e) => e.node.name)).toEqual(["Shell Bay"]);
    expect(res.data!.meetings.edges[0]!.node).toMatchObject({
      name: "Gespräche in Miami",
      place: { name: "Miami" },
    });
    expect(res.data!.meetings.edges[0]!.node.participants.map((p) => p.name).sort()).toEqual([
      "Kirill Dmitrijew",
      "Steve Witkoff",
    ]);
    expect(res.data!.organizations.edges.map((e) => e.node)).toEqual([
      { name: "Kreml", partOf: { name: "Russland" } },
    ]);
  });

  it("entity pagination by mentions walks every person once", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res: GraphQLResponse<{
        people: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; mentionCount: number } }[];
        };
      }> = await gql<{
        people: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; mentionCount: number } }[];
        };
      }>(
        yoga,
        `query($after: String) { people(first: 2, after: $after, orderBy: { field: MENTIONS, direction: DESC }) { pageInfo { hasNextPage endCursor } edges { node { id mentionCount } } } }`,
        { after },
      );
      seen.push(...res.data!.people.edges.map((e) => e.node.id));
      if (!res.data!.people.pageInfo.hasNextPage) break;
      after = res.data!.people.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(5);
    expect(seen).toHaveLength(5);
  });

  it("search finds statements (German stemming) and entities (aliases), scored", async () => {
    const res = await gql<{
      search: { score: number; node: { __typename: string; name?: string; text?: string } }[];
    }>(
      yoga,
      `{ search(query: "Sicherheitsgarantie", first: 5) { score node { __typename ... on Entity { name } ... on Statement { text } } }
         people: search(query: "Dmitriev", types: [PERSON]) { score node { __typename ... on Entity { name } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const hits = res.data!.search;
    expect(hits.map((h) => h.node.__typename).sort()).toEqual(["Statement", "Topic"]);
    expect(hits.find((h) => h.node.__typename === "Statement")?.node.text).toContain("Sicherheitsgarantien");
    expect(
      (res.data as unknown as { people: { node: { name: string } }[] }).people.map((h) => h.node.name),
    ).toEqual(["Kirill Dmitrijew"]);
    const odd = await gql(yoga, `{ search(query: "Nato-Chef \\"(", first: 3) { score } }`);
    expect(odd.errors).toBeUndefined();
  });

  it("neighborhood returns the node, its neighbours and the edges among them", async () => {
    const res = await gql<{
      neighborhood: {
        nodes: { __typename: string; id: string; name?: string }[];
        edges: { type: string; source: string; target: string }[];
      };
    }>(
      yoga,
      `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 20) { nodes { __typename id ... on Entity { name } } edges { type source target } } }`,
      { id: encodeGlobalID("Place", "miami") },
    );
    expect(res.errors).toBeUndefined();
    const { nodes, edges } = res.data!.neighborhood;
    expect(nodes[0]).toMatchObject({ __typename: "Place", name: "Miami" });
    expect(nodes.map((n) => n.name)).toEqual(
      expect.arrayContaining(["Florida", "Shell Bay", "Gespräche in Miami"]),
    );
    expect(edges).toContainEqual({
      type: "HELD_IN",
      source: encodeGlobalID("Meeting", "meeting-miami-2025-12"),
      target: encodeGlobalID("Place", "miami"),
    });
    expect(edges).toContainEqual({
      type: "LOCATED_IN",
      source: encodeGlobalID("Place", "miami"),
      target: encodeGlobalID("Place", "florida"),
    });
    const tooDeep = await gql(yoga, `query($id: ID!) { neighborhood(id: $id, depth: 3) { nodes { id } } }`, {
      id: encodeGlobalID("Place", "miami"),
    });
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
