// Safe by default: no N+1, limits, masking, auth, production switches, HTTP conformance, and a server
// that keeps answering while Neo4j is away.
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleOperations } from "../../../src/http/examples.ts";
import { closeDriver, neo4jTarget, useNeo4j } from "../../../src/neo4j/driver.ts";
import { queryStats, read, write } from "../../../src/neo4j/run.ts";
import { clientErrorFromNeo4j } from "../../../src/schema/errors.ts";
import {
  expectNothingLeaked,
  gql,
  type Listening,
  listen,
  resetWithFixture,
  yogaWith,
} from "./api-support.ts";

const yoga = yogaWith();

beforeAll(async () => {
  await resetWithFixture();
  // 120 more statements, each with a speaker (with affiliations), an article and an ABOUT edge, so a
  // page of 100 has as many relations to load as a real one.
  await write(
    `UNWIND range(1, 120) AS i
     MATCH (p:Person {id: CASE i % 2 WHEN 0 THEN 'kirill-dmitrijew' ELSE 'steve-witkoff' END}), (a:Article {id: 'art-fixture-b'}), (m:Place {id: 'miami'})
     CREATE (s:Statement {id: 'art-fixture-b:' + toString(1000 + i) + '-' + toString(1001 + i), articleId: 'art-fixture-b',
                          text: 'Satz ' + toString(i), kind: 'INDIRECT', start: 1000 + i, end: 1001 + i, publishedAt: '2025-12-22T08:30', confidence: 0.5})
     CREATE (s)-[:SAID_BY]->(p), (s)-[:REPORTED_IN]->(a), (s)-[:ABOUT {via: 'CONTEXT'}]->(m)`,
  );
});

describe("no N+1", () => {
  const LIST = /* GraphQL */ `
    query($n: Int!) {
      statements(first: $n, orderBy: { field: ID, direction: ASC }) {
        edges { node {
          text
          speaker { ... on Person { name affiliations { organization { name } roleKind } } ... on Organization { name } }
          article { source publishedAt }
          about { how entity { name } }
        } }
      }
    }`;

  it("listing 10 and 100 statements with speaker, affiliations, article and about takes the same few round trips", async () => {
    const trips: number[] = [];
    for (const n of [10, 100]) {
      queryStats.reset();
      const res = await gql<{ statements: { edges: { node: { speaker: unknown; article: unknown } }[] } }>(
        yoga,
        LIST,
        { n },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.statements.edges).toHaveLength(n);
      expect(res.data!.statements.edges.every((e) => e.node.speaker && e.node.article)).toBe(true);
      trips.push(queryStats.count);
    }
    expect(trips[0]).toBe(trips[1]);
    // page + speakers + affiliations + articles + about: bounded by the depth of the query.
    expect(trips[1]).toBeLessThanOrEqual(6);
  });

  it("nested connections are batched too: statements of 5 or of 2 people cost the same", async () => {
    const trips: number[] = [];
    for (const n of [2, 5]) {
      queryStats.reset();
      const res = await gql(
        yoga,
        `query($n: Int!) { people(first: $n) { edges { node { name statements(first: 3) { totalCount edges { node { text } } } } } } }`,
        { n },
      );
      expect(res.errors).toBeUndefined();
      trips.push(queryStats.count);
    }
    expect(trips[0]).toBe(trips[1]);
  });
});

describe("limits", () => {
  it("a depth-12 query is rejected without naming the limit, and the server keeps answering", async () => {
    // people › edges › node › meetings › place › locatedIn ×6 › name: 12 levels of fields.
    const deep = `{ people { edges { node { meetings { place { ${"locatedIn { ".repeat(6)}name${" }".repeat(6)} } } } } } }`;
    const res = await gql(yoga, deep);
    expect(res.errors?.[0]).toMatchObject({
      message: "The query is nested too deeply for this server.",
      extensions: { code: "QUERY_LIMIT_EXCEEDED" },
    });
    expect(res.raw).not.toMatch(/\b10\b|\b12\b/);
    expect((await gql(yoga, "{ health { status } }")).data).toEqual({ health: { status: "OK" } });
  });

  it("50 aliases are rejected", async () => {
    const aliased = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: health { status }`).join(" ")} }`;
    const res = await gql(yoga, aliased);
    expect(res.errors?.[0]).toMatchObject({
      message: "The query uses too many aliases for this server.",
      extensions: { code: "QUERY_LIMIT_EXCEEDED" },
    });
    expect(res.raw).not.toMatch(/\b20\b|\b50\b/);
  });

  it("a 2 MB body is rejected with 413 before parsing", async () => {
    const body = JSON.stringify({
      query: "{ health { status } }",
      variables: { pad: "x".repeat(2 * 1024 * 1024) },
    });
    const res = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: "The request body is too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
    expect((await gql(yoga, "{ health { status } }")).data).toEqual({ health: { status: "OK" } });
  });

  it("first: 100000 is rejected; first above the page cap names the cap and how to page", async () => {
    const huge = await gql(yoga, "{ statements(first: 100000) { totalCount } }");
    expect(huge.errors?.[0]?.extensions?.code).toBe("QUERY_LIMIT_EXCEEDED");
    const viaVariable = await gql(yoga, "query($n: Int) { statements(first: $n) { totalCount } }", {
      n: 100000,
    });
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(viaVariable.errors?.[0]?.message).toMatch(
      /first: 100000 is more than the largest page this server returns .*page with after\/endCursor/,
    );
  });

  it("the page cap follows NEWSGRAPH_MAX_PAGE_SIZE, for root and nested connections and search", async () => {
    const small = yogaWith({ NEWSGRAPH_MAX_PAGE_SIZE: "5" });
    expect((await gql(small, "{ statements(first: 5) { totalCount } }")).errors).toBeUndefined();
    for (const q of [
      "{ statements(first: 6) { totalCount } }",
      "{ people(first: 1) { edges { node { statements(first: 6) { totalCount } } } } }",
      "{ places(last: 6) { totalCount } }",
      '{ search(query: "Miami", first: 6) { score } }',
    ]) {
      const res = await gql(small, q);
      expect(res.errors?.[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message, q).toMatch(/is more than the largest page this server returns \(5\)/);
    }
  });

  it("reads run under a transaction timeout that Neo4j enforces; the client sees QUERY_TIMEOUT", async () => {
    const slow = "UNWIND range(1, 200000000) AS x WITH x WHERE x = -1 RETURN count(*) AS n";
    const err = await read(slow, {}, { timeoutMs: 300 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    const mapped = clientErrorFromNeo4j(err);
    expect(mapped?.extensions.code).toBe("QUERY_TIMEOUT");
    expect(mapped?.message).not.toMatch(/UNWIND|bolt/);
  });

  it("every GraphiQL example passes the limits", async () => {
    const names = [...exampleOperations.matchAll(/^query (\w+)/gm)].map((m) => m[1]!);
    expect(names[0]).toBe("HeadlineStatements");
    for (const operationName of names) {
      const res = await yoga.fetch("http://localhost/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: exampleOperations,
          operationName,
          variables: { id: "UGxhY2U6bWlhbWk=" },
        }),
      });
      const json = (await res.json()) as { errors?: { message: string }[] };
      expect(json.errors ?? [], operationName).toEqual([]);
    }
  });
});

describe("errors, auth and production switches", () => {
  it("ingestArticles is disabled without a configured token, and needs the right bearer token", async () => {
    const mutation = `mutation { ingestArticles(articles: [{ text: "Berlin (dpa) - Der Kreml erklärte, man sei bereit." }]) { articles { new } } }`;
    const disabled = await gql(yogaWith({ NEWSGRAPH_API_TOKEN: "" }), mutation);
    expect(disabled.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const guarded = yogaWith({ NEWSGRAPH_API_TOKEN: "s3cret-token" });
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token" },
      { authorization: "s3cret-token" },
    ];
    for (const headers of attempts) {
      const res = await gql(guarded, mutation, {}, headers);
      expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(res.raw).not.toContain("s3cret");
    }
  });

  it("with the right bearer token ingestArticles runs the pipeline and reports what it wrote", async () => {
    const guarded = yogaWith({ NEWSGRAPH_API_TOKEN: "s3cret-token" });
    const res = await gql<{
      ingestArticles: {
        articles: { new: number; failed: number };
        ingested: { outcome: string; article: { source: string; title: string } | null }[];
      };
    }>(
      guarded,
      `mutation($articles: [ArticleInput!]!) { ingestArticles(articles: $articles) { articles { new failed } ingested { outcome article { source title } } } }`,
      {
        articles: [
          {
            title: "Kreml äußert sich zu Gesprächen",
            source: "dpa",
            publishedAt: "2025-12-23",
            url: "https://example.org/api-test-kreml",
            text: "Moskau (dpa) - Der Kreml erklärte am Dienstag, die Gespräche in Miami seien nützlich gewesen.",
          },
        ],
      },
      { authorization: "Bearer s3cret-token" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticles.articles).toEqual({ new: 1, failed: 0 });
    expect(res.data!.ingestArticles.ingested[0]).toEqual({
      outcome: "NEW",
      article: { source: "dpa", title: "Kreml äußert sich zu Gesprächen" },
    });
  });

  it("production turns GraphiQL and introspection off unless enabled by env", async () => {
    const prod = yogaWith({ NODE_ENV: "production", NEWSGRAPH_GRAPHIQL: "", NEWSGRAPH_INTROSPECTION: "" });
    const page = await prod.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(await page.text()).not.toContain("graphiql");
    const intro = await gql(prod, "{ __schema { types { name } } }");
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await gql(prod, "{ health { status } }")).data).toEqual({ health: { status: "OK" } });

    const enabled = yogaWith({
      NODE_ENV: "production",
      NEWSGRAPH_GRAPHIQL: "true",
      NEWSGRAPH_INTROSPECTION: "true",
    });
    expect((await gql(enabled, "{ __schema { queryType { name } } }")).data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    const html = await (
      await enabled.fetch("http://localhost/graphql", { headers: { accept: "text/html" } })
    ).text();
    expect(html).toContain("HeadlineStatements");
  });

  it("GraphiQL opens with the example operations, the headline query first", async () => {
    const html = await (
      await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } })
    ).text();
    const headline = html.indexOf("HeadlineStatements");
    expect(headline).toBeGreaterThan(0);
    expect(html.indexOf("StatementsPage")).toBeGreaterThan(headline);
  });

  it("while Neo4j is unreachable the server answers with a masked SERVICE_UNAVAILABLE and /readyz fails; it recovers by itself", async () => {
    const good = neo4jTarget();
    await useNeo4j("bolt://127.0.0.1:9", good.user, good.password);
    // Requests already running when the database goes away wait out the driver's retries; the API
    // re-checks reachability at most once a second, so anything arriving after that fails at once.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    try {
      const started = Date.now();
      const res = await gql(yoga, `{ statements(first: 1) { edges { node { text } } } }`);
      expect(res.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(res.errors?.[0]?.message).toBe(
        "The graph database is not reachable right now; try again in a moment.",
      );
      expect(Date.now() - started).toBeLessThan(15_000);
      expectNothingLeaked(res.raw);
      expect((await gql(yoga, "{ health { status } }")).data).toEqual({ health: { status: "UNAVAILABLE" } });
      expect((await yoga.fetch("http://localhost/readyz")).status).toBe(503);
      expect((await yoga.fetch("http://localhost/healthz")).status).toBe(200);
    } finally {
      await useNeo4j(good.uri, good.user, good.password);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const back = await gql<{ statements: { edges: unknown[] } }>(
      yoga,
      `{ statements(first: 1) { edges { node { text } } } }`,
    );
    expect(back.errors).toBeUndefined();
    expect(back.data!.statements.edges).toHaveLength(1);
    expect((await yoga.fetch("http://localhost/readyz")).status).toBe(200);
  });
});

describe("over HTTP", () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen(yoga);
  });
  afterAll(async () => {
    await server?.close();
    await closeDriver();
  });

  it("answers the headline query on a real port", async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ statements(where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }) { totalCount edges { node { text speaker { ... on Person { name } } } } } }`,
      }),
    });
    const json = (await res.json()) as {
      data: {
        statements: { totalCount: number; edges: { node: { text: string; speaker: { name: string } } }[] };
      };
    };
    expect(json.data.statements.edges.map((e) => e.node.speaker.name)).toContain("Kirill Dmitrijew");
    expect(json.data.statements.edges.map((e) => e.node.text)).toContain(
      "„Danke, Miami. Nächstes Mal: Moskau.“",
    );
  });

  it("a 2 MB body over HTTP gets 413, with or without Content-Length, and the server stays up", async () => {
    const big = JSON.stringify({
      query: "{ health { status } }",
      variables: { pad: "x".repeat(2 * 1024 * 1024) },
    });
    const withLength = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: big,
    });
    expect(withLength.status).toBe(413);
    const chunked = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([big]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(
      ((await chunked.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
    const ok = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { status } }" }),
    });
    expect(await ok.json()).toEqual({ data: { health: { status: "OK" } } });
  });

  it("graphql-http serverAudits: no errors", async () => {
    const results = await Promise.all(
      serverAudits({ url: `${server.url}/graphql` }).map((audit) => audit.fn()),
    );
    const errors = results.filter((r) => r.status === "error");
    expect(errors.map((e) => `${e.name}: ${"reason" in e ? e.reason : ""}`)).toEqual([]);
    // Warnings we accept, listed so a new one shows up in review:
    const warnings = results.filter((r) => r.status === "warn").map((r) => r.name);
    expect(warnings).toEqual(KNOWN_WARNINGS);
  });
});

// Filled in from the audit run; each is a SHOULD of the GraphQL-over-HTTP draft that yoga answers
// differently (e.g. 200 instead of 4xx for application/json requests with GraphQL errors).
const KNOWN_WARNINGS: string[] = [];
