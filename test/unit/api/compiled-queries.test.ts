// Compiled execution (src/http/compiled-queries.ts): a repeated query runs compiled and answers what
// graphql-js answers, errors included (code, path, locations, original error for the masker); one-off
// queries and mutations stay interpreted.
import { GraphQLError } from "graphql";
import { createSchema, createYoga, type Plugin } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { type CompiledQueryOptions, useCompiledQueries } from "../../../src/http/compiled-queries.ts";

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Speaker { name: String!, said(first: Int = 2): [String!]! }
    type Query { speaker(id: ID!): Speaker, failing: String, broken: String! }
    type Mutation { touch: Int! }
  `,
  resolvers: {
    Query: {
      speaker: (_: unknown, { id }: { id: string }) => ({ name: `Sprecherin ${id}` }),
      failing: () => {
        throw new GraphQLError("Kein Zugang zu diesem Feld.", { extensions: { code: "FORBIDDEN" } });
      },
      broken: async () => {
        throw new Error("interner Fehler mit Geheimnis");
      },
    },
    Speaker: {
      said: (_: unknown, { first }: { first: number }) =>
        ["Wir verhandeln weiter.", "Es gibt Fortschritte.", "Nichts ist entschieden."].slice(0, first),
    },
    Mutation: { touch: () => 1 },
  },
});

function server(options: CompiledQueryOptions = { compileOnUse: 2 }) {
  const compiled = useCompiledQueries(options);
  const seen: unknown[][] = [];
  // Sees the errors as the plugins after the compiled executor do (request scope, masking).
  const spy: Plugin = {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!(Symbol.asyncIterator in result)) seen.push([...(result.errors ?? [])]);
      },
    }),
  };
  const yoga = createYoga({ schema, plugins: [compiled, spy], maskedErrors: false, logging: false });
  const ask = async (query: string, variables?: Record<string, unknown>) => {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: unknown; errors?: Record<string, unknown>[] };
  };
  return { ask, stats: compiled.stats, seen };
}

describe("compiled queries", () => {
  it("run a document compiled from its second use on, with the same answer", async () => {
    const { ask, stats } = server();
    const query = `query Q($id: ID!, $n: Int) { speaker(id: $id) { name said(first: $n) } }`;
    const first = await ask(query, { id: "7", n: 1 });
    expect(stats()).toEqual({ compiledRuns: 0, compilations: 0 });
    const second = await ask(query, { id: "7", n: 1 });
    const third = await ask(query, { id: "8" });
    expect(stats()).toEqual({ compiledRuns: 2, compilations: 1 });
    expect(second).toEqual(first);
    expect(first).toEqual({ data: { speaker: { name: "Sprecherin 7", said: ["Wir verhandeln weiter."] } } });
    expect(third).toEqual({
      data: { speaker: { name: "Sprecherin 8", said: ["Wir verhandeln weiter.", "Es gibt Fortschritte."] } },
    });
  });

  it("keep a resolver's coded error, its path and location, and the original error", async () => {
    const { ask, seen } = server();
    const query = "{ ok: speaker(id: 1) { name }\n  failing }";
    const interpreted = await ask(query);
    const compiled = await ask(query);
    expect(compiled).toEqual(interpreted);
    expect(compiled.errors?.[0]).toMatchObject({
      message: "Kein Zugang zu diesem Feld.",
      path: ["failing"],
      locations: [{ line: 2, column: 3 }],
      extensions: { code: "FORBIDDEN" },
    });
    const [error] = seen[1] as GraphQLError[];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.nodes?.length).toBe(1);
    expect(error?.originalError).toBeInstanceOf(GraphQLError);
  });

  it("null out a failed non-null field as graphql-js does, original error kept for the masker", async () => {
    const { ask, seen } = server();
    const query = "{ broken }";
    const interpreted = await ask(query);
    const compiled = await ask(query);
    expect(compiled.data).toBeNull();
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.errors?.[0]).toMatchObject({
      message: "interner Fehler mit Geheimnis",
      path: ["broken"],
    });
    const [error] = seen[1] as GraphQLError[];
    expect(error?.originalError?.message).toBe("interner Fehler mit Geheimnis");
  });

  it("report invalid variables as graphql-js does", async () => {
    const { ask } = server();
    const query = "query Q($n: Int) { speaker(id: 1) { said(first: $n) } }";
    const interpreted = await ask(query, { n: "viele" });
    const compiled = await ask(query, { n: "viele" });
    expect(compiled.data ?? null).toEqual(interpreted.data ?? null);
    expect(compiled.errors?.map((e) => e.message)).toEqual(interpreted.errors?.map((e) => e.message));
  });

  it("compile from the configured use on, only short documents, and so many a minute", async () => {
    const late = server({ compileOnUse: 3 });
    for (let i = 0; i < 3; i++) await late.ask("{ speaker(id: 1) { name } }");
    expect(late.stats()).toEqual({ compiledRuns: 1, compilations: 1 });

    const short = server({ compileOnUse: 1, maxSourceChars: 30 });
    await short.ask("{ speaker(id: 1) { name said } }");
    expect(short.stats().compilations).toBe(0);
    await short.ask("{ speaker(id: 1) { name } }");
    expect(short.stats().compilations).toBe(1);

    const few = server({ compileOnUse: 1, compilesPerMinute: 1 });
    await few.ask("{ speaker(id: 1) { name } }");
    const answer = await few.ask("{ speaker(id: 2) { name } }");
    expect(answer).toEqual({ data: { speaker: { name: "Sprecherin 2" } } });
    expect(few.stats()).toEqual({ compiledRuns: 1, compilations: 1 });
  });

  it("leave mutations to graphql-js", async () => {
    const { ask, stats } = server();
    for (let i = 0; i < 3; i++) expect(await ask("mutation { touch }")).toEqual({ data: { touch: 1 } });
    expect(stats()).toEqual({ compiledRuns: 0, compilations: 0 });
  });
});
