// The response cache on a tiny schema: what is kept, for which version, and what never is.
import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { type ResponseCacheOptions, useResponseCache } from "../../../src/http/response-cache.ts";

function setup(versionOf: () => Promise<string>, options: ResponseCacheOptions = { maxEntries: 2 }) {
  const calls: string[] = [];
  const cache = useResponseCache({ version: versionOf, ...options });
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: /* GraphQL */ `
        type Query { echo(x: String!): String!, fail: String }
        type Mutation { touch: Int! }
      `,
      resolvers: {
        Query: {
          echo: (_: unknown, { x }: { x: string }) => {
            calls.push(x);
            return `${x}#${calls.length}`;
          },
          fail: () => {
            calls.push("fail");
            throw new Error("boom");
          },
        },
        Mutation: { touch: () => calls.push("touch") },
      },
    }),
    plugins: [cache],
    logging: false,
  });
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const res = await yoga.fetch("http://x/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  };
  return { ask, calls, cache };
}

const ECHO = "query($x: String!) { echo(x: $x) }";

describe("the response cache", () => {
  it("answers a repeated query with the same variables from the cache", async () => {
    const { ask, calls, cache } = setup(async () => "v1");
    const first = await ask(ECHO, { x: "a" });
    expect(await ask(ECHO, { x: "a" })).toEqual(first);
    expect(calls).toEqual(["a"]);
    await ask(ECHO, { x: "b" });
    expect(calls).toEqual(["a", "b"]);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it("serves nothing from before a new graph version", async () => {
    let version = "5@2026-01-01T10:00";
    const { ask, calls } = setup(async () => version);
    await ask(ECHO, { x: "a" });
    version = "6@2026-01-01T10:05";
    expect((await ask(ECHO, { x: "a" })).data).toEqual({ echo: "a#2" });
    expect(calls).toEqual(["a", "a"]);
  });

  it("never caches mutations, errors, or anything when the version cannot be read", async () => {
    const { ask, calls } = setup(async () => "v1");
    await ask("mutation { touch }");
    await ask("mutation { touch }");
    await ask("{ fail }");
    await ask("{ fail }");
    expect(calls).toEqual(["touch", "touch", "fail", "fail"]);

    const down = setup(async () => {
      throw new Error("no database");
    });
    await down.ask(ECHO, { x: "a" });
    await down.ask(ECHO, { x: "a" });
    expect(down.calls).toEqual(["a", "a"]);
  });

  it("keeps at most maxEntries results, dropping the least recently used", async () => {
    const { ask, calls } = setup(async () => "v1");
    await ask(ECHO, { x: "a" });
    await ask(ECHO, { x: "b" });
    await ask(ECHO, { x: "a" }); // a is now the most recent
    await ask(ECHO, { x: "c" }); // drops b
    await ask(ECHO, { x: "a" });
    await ask(ECHO, { x: "b" });
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("keeps at most maxTotalChars of results together, dropping the least recently used", async () => {
    // Each answer {"echo":"<x>#<n>"} is 19 characters for a 6-letter x: two fit in 40, three do not.
    const { ask, calls, cache } = setup(async () => "v1", { maxEntries: 100, maxTotalChars: 40 });
    await ask(ECHO, { x: "aaaaaa" });
    await ask(ECHO, { x: "bbbbbb" });
    await ask(ECHO, { x: "cccccc" }); // drops aaaaaa
    expect(cache.stats().entries).toBe(2);
    await ask(ECHO, { x: "bbbbbb" });
    await ask(ECHO, { x: "cccccc" });
    await ask(ECHO, { x: "aaaaaa" });
    expect(calls).toEqual(["aaaaaa", "bbbbbb", "cccccc", "aaaaaa"]);
  });
});
