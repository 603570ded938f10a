// Hostile input at the edge: oversized strings and lists, too many full-text terms, an unbounded
// context window, responses that would run into hundreds of MB, invalid dates and urls, misspelt enums
// and huge arguments in invalid queries. Each answer is a clear error, and afterwards Neo4j runs nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { queryStats, write } from "../../src/neo4j/run.ts";
import { expectNothingLeaked, gql, resetWithFixture, yogaWith } from "../integration/api/api-support.ts";
import { expectNeo4jIdle, longText } from "./hostile-support.ts";

const yoga = yogaWith();

beforeAll(async () => {
  await resetWithFixture();
});

function firstError(res: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) {
  expect(res.errors, "an error").toBeDefined();
  return res.errors![0]!;
}

describe("input bounds: every string and list argument, before Neo4j", () => {
  it("a 900 KB search query is BAD_USER_INPUT naming `query`", async () => {
    const res = await gql(yoga, "query($q: String!) { search(query: $q) { score } }", {
      q: longText(900_000),
    });
    const error = firstError(res);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toMatch(/^query is too long: at most 500 characters/);
    expect(res.raw.length).toBeLessThan(2_000);
    await expectNeo4jIdle();
  });

  it("a 100 KB speaker name is BAD_USER_INPUT naming where.speaker.name", async () => {
    const res = await gql(yoga, "query($w: StatementWhere) { statements(where: $w) { totalCount } }", {
      w: { speaker: { name: longText(100_000) } },
    });
    const error = firstError(res);
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "where.speaker.name" });
    expect(error.message).toMatch(/^where\.speaker\.name is too long: at most 200 characters/);
    await expectNeo4jIdle();
  });

  it("a full-text query with more terms than Lucene should expand is refused, a bounded one answers", async () => {
    const many = Array.from({ length: 40 }, (_, i) => `wort${i}~`).join(" ");
    const res = await gql(yoga, "query($w: StatementWhere) { statements(where: $w) { totalCount } }", {
      w: { text: many },
    });
    expect(firstError(res).message).toMatch(/^where\.text has too many terms: at most 32 \(got 40\)/);
    const bounded = Array.from({ length: 32 }, (_, i) => `Dmitrijew${i}~`).join(" ");
    const ok = await gql(yoga, "query($q: String!) { search(query: $q) { score } }", { q: bounded });
    expect(ok.errors).toBeUndefined();
    await expectNeo4jIdle();
  });

  it("a list argument longer than its bound is refused with its name", async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `id-${i}`);
    const res = await gql(yoga, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", { ids });
    expect(firstError(res).message).toBe("ids has too many items: at most 100 (got 5000).");
    await expectNeo4jIdle();
  });

  it("context(chars:) is bounded", async () => {
    const res = await gql(yoga, "{ statements(first: 1) { edges { node { context(chars: 2147483647) } } } }");
    const error = firstError(res);
    expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error.message).toBe("chars must be between 0 and 2000.");
    await expectNeo4jIdle();
  });
});

describe("cost that counts bytes", () => {
  it("a query whose estimated answer exceeds the budget is refused before anything is fetched", async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `a${i}: articles(first: 100) { edges { node { text } } }`,
    ).join("\n");
    queryStats.reset();
    const res = await gql(yoga, `{ ${aliases} }`);
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions?.code).toBe("RESPONSE_TOO_LARGE");
    expect(res.errors![0]!.extensions?.estimate).toBeGreaterThan(4_000_000);
    expect(queryStats.count).toBe(0);
    // Pages multiply what is under them: 5 × 100 statements × their article's text.
    const articles = Array.from(
      { length: 5 },
      (_, i) => `s${i}: statements(first: 100) { edges { node { article { text } } } }`,
    ).join("\n");
    const nested = await gql(yoga, `{ ${articles} }`);
    expect(nested.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
    expect(queryStats.count).toBe(0);
    await expectNeo4jIdle();
  });

  it("article text under many aliases stops at the response budget with one clear error and no data", async () => {
    // One 1 MB article: 20 aliases of it would be a 20 MB response.
    await write(`MATCH (a:Article {id: 'art-fixture-b'}) SET a.bigText = a.text, a.text = $text`, {
      text: longText(1_000_000, "Gespräch"),
    });
    try {
      // Estimated small (3 articles of typical size per alias), but one text is 1 MB.
      const aliases = Array.from(
        { length: 6 },
        (_, i) =>
          `a${i}: articles(first: 3, orderBy: { field: ID, direction: DESC }) { edges { node { text } } }`,
      ).join("\n");
      const res = await gql(yoga, `{ ${aliases} }`);
      expect(res.data).toBeNull();
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions?.code).toBe("RESPONSE_TOO_LARGE");
      expect(res.errors![0]!.message).toMatch(/larger than this server sends \(4\.0 MB\)/);
      expect(res.raw.length).toBeLessThan(2_000);
      // Within the budget the same article is served.
      const one = await gql(yoga, `{ articles(first: 100) { edges { node { text } } } }`);
      expect(one.errors).toBeUndefined();
      await expectNeo4jIdle();
    } finally {
      await write(`MATCH (a:Article {id: 'art-fixture-b'}) SET a.text = a.bigText REMOVE a.bigText`);
    }
  });

  it("large answers queue for their slots: eight at once are all answered, none lost", async () => {
    // Estimated 20 × 10 kB: over LARGE_ANSWER_BYTES, so at most two run at a time (large-answers.ts).
    const query = (i: number) => `{ a${i}: articles(first: 20) { edges { node { title text } } } }`;
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => gql(yoga, query(i))));
    for (const res of results) {
      expect(res.errors).toBeUndefined();
      expect(Object.values(res.data!)[0]).toMatchObject({ edges: expect.any(Array) });
    }
    await expectNeo4jIdle();
  });

  it("the budget is configurable (NEWSGRAPH_MAX_RESPONSE_BYTES)", async () => {
    const tight = yogaWith({ NEWSGRAPH_MAX_RESPONSE_BYTES: "100" });
    const res = await gql(tight, "{ articles(first: 1) { edges { node { text } } } }");
    expect(res.errors?.[0]?.extensions?.code).toBe("RESPONSE_TOO_LARGE");
  });
});

describe("errors say enough and no more", () => {
  it("a misspelt enum in production gets no suggestion", async () => {
    const prod = yogaWith({ NODE_ENV: "production", NEWSGRAPH_INTROSPECTION: "" });
    const query = "{ statements(where: { speaker: { roleKind: NEGOTIATR } }) { totalCount } }";
    const res = await gql(prod, query);
    expect(firstError(res).message).not.toMatch(/Did you mean/);
    expect(res.raw).not.toContain("NEGOTIATOR");
    // Development keeps the help.
    expect(firstError(await gql(yoga, query)).message).toMatch(/Did you mean .*NEGOTIATOR/);
  });

  it("a 1 MB argument in an invalid query is quoted only up to 100 characters", async () => {
    const big = "x".repeat(900_000);
    const res = await gql(yoga, `{ search(query: "Miami", first: "${big}") { score } }`);
    expect(firstError(res).message.length).toBeLessThan(700);
    expect(res.raw.length).toBeLessThan(3_000);
    await expectNeo4jIdle();
  });

  it("a 9 KB url, an invalid url and impossible dates are refused at the edge, naming the field", async () => {
    const guarded = yogaWith({ NEWSGRAPH_API_TOKEN: "s3cret-token" });
    const mutation =
      "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articles { new failed } failures { reason } } }";
    const article = { text: "Berlin (dpa) - Der Kreml erklärte, man sei bereit.", title: "Kreml" };
    const cases: [Record<string, string>, RegExp][] = [
      [{ url: `https://example.org/${"a".repeat(9_000)}` }, /^articles\[0\]\.url is too long/],
      [{ url: "javascript:alert(1)" }, /^articles\[0\]\.url is not an http\(s\) URL/],
      [{ publishedAt: "gestern" }, /^articles\[0\]\.publishedAt is not a date/],
      [{ publishedAt: "2026-13-45" }, /^articles\[0\]\.publishedAt is not a date/],
      [{ publishedAt: "2026-02-30" }, /^articles\[0\]\.publishedAt is not a date/],
    ];
    for (const [extra, message] of cases) {
      const res = await gql(
        guarded,
        mutation,
        { a: [{ ...article, ...extra }] },
        { authorization: "Bearer s3cret-token" },
      );
      const error = firstError(res);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toMatch(message);
      expectNothingLeaked(res.raw);
    }
    await expectNeo4jIdle();
  });

  it("every error of a request carries its request id", async () => {
    const res = await gql(yoga, "query($q: String!) { search(query: $q) { score } }", { q: "" });
    expect(firstError(res).extensions?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
