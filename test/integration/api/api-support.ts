// Helpers for the API's integration tests: a yoga instance, GraphQL over yoga.fetch, a real HTTP
// listener on a free port, and a clean database with the fixture graph.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Config, loadConfig } from "../../../src/config.ts";
import {
  createNewsgraphYoga,
  type NewsgraphYoga,
  type NewsgraphYogaOptions,
} from "../../../src/http/yoga.ts";
import { seedApiGraph } from "../../fixtures/api-graph.ts";
import { resetDatabase } from "../support.ts";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
  raw: string;
}

export function yogaWith(
  env: Record<string, string> = {},
  options: NewsgraphYogaOptions = {},
): NewsgraphYoga {
  const config: Config = loadConfig({ ...process.env, ...env });
  return createNewsgraphYoga({ logError: () => {}, ...options, config });
}

export async function gql<T = Record<string, unknown>>(
  yoga: NewsgraphYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await res.text();
  return { status: res.status, raw, ...(JSON.parse(raw) as object) };
}

/** Empties the database (keeping constraints and indexes) and writes the fixture graph. */
export async function resetWithFixture(): Promise<void> {
  await resetDatabase();
  await seedApiGraph();
}

export interface Listening {
  url: string;
  server: http.Server;
  close: () => Promise<void>;
}

/** Serves yoga on 127.0.0.1 at a free port, as src/server.ts does. */
export async function listen(yoga: NewsgraphYoga): Promise<Listening> {
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A client-visible error must never carry Cypher, a stack or where the database is. */
export function expectNothingLeaked(raw: string): void {
  const forbidden = [
    /bolt:\/\//i,
    /neo4j:\/\//i,
    /\bMATCH\b/,
    /\bRETURN\b/,
    /\bat .*\.(ts|js):\d+/,
    /Neo\.ClientError/,
    /stack/i,
  ];
  for (const re of forbidden) {
    if (re.test(raw)) throw new Error(`response leaks ${re}: ${raw.slice(0, 400)}`);
  }
}
