// Environment parsed and validated once; everything else reads `config()`.
import os from "node:os";
import path from "node:path";

export const NEO4J_VERSION = "2026.08.1";

export interface Config {
  /** Set when the user provides a Neo4j; otherwise the project starts its own. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  /** Project-local state (the `npm start` database, logs, pid file). */
  home: string;
  /** Where the Neo4j jars are cached (outside the repo, shared by all clones). */
  cacheDir: string;
  boltPort: number;
  httpPort: number;
  neo4jHeap: string;
  neo4jPageCache: string;
  port: number;
  host: string;
  production: boolean;
  apiToken: string | null;
  graphiql: boolean;
  introspection: boolean;
  queryTimeoutMs: number;
  maxPageSize: number;
  /** A query's whole Neo4j work ends by then; each transaction also ends within queryTimeoutMs. */
  requestTimeoutMs: number;
  /** A mutation's whole Neo4j work ends by then (ingest through the API is slower than a query). */
  mutationTimeoutMs: number;
  /** Largest response a request may produce, counted in characters of the strings it returns. */
  maxResponseBytes: number;
  /** Origins allowed to call the API from a browser (besides the server's own); null: the default. */
  corsOrigins: string[] | null;
  /** How long a shutdown lets in-flight requests finish before it closes their connections. */
  shutdownGraceMs: number;
  /** Another copy of the curated lexicon (default: data/lexicon). */
  lexiconDir: string | null;
}

function int(env: NodeJS.ProcessEnv, name: string, dflt: number, min = 1, max = 65535 * 1000): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name}=${raw} is not a whole number between ${min} and ${max}`);
  }
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, dflt: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === "") return dflt;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new Error(`${name}=${env[name]} must be true or false`);
}

function memory(env: NodeJS.ProcessEnv, name: string, dflt: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return dflt;
  if (!/^\d+[kmg]$/i.test(raw)) throw new Error(`${name}=${raw} must look like 512m or 2g`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const home = path.resolve(env.NEWSGRAPH_HOME ?? ".newsgraph");
  const cacheDir = path.resolve(
    env.NEWSGRAPH_CACHE ?? path.join(env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "newsgraph"),
  );
  return {
    neo4jUri: env.NEO4J_URI || null,
    neo4jUser: env.NEO4J_USER || "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD || "newsgraph",
    home,
    cacheDir,
    boltPort: int(env, "NEO4J_BOLT_PORT", 7687),
    httpPort: int(env, "NEO4J_HTTP_PORT", 7474),
    neo4jHeap: memory(env, "NEO4J_HEAP", "1g"),
    neo4jPageCache: memory(env, "NEO4J_PAGECACHE", "512m"),
    port: int(env, "PORT", 4000),
    host: env.HOST || "127.0.0.1",
    production,
    apiToken: env.NEWSGRAPH_API_TOKEN || null,
    graphiql: bool(env, "NEWSGRAPH_GRAPHIQL", !production),
    introspection: bool(env, "NEWSGRAPH_INTROSPECTION", !production),
    queryTimeoutMs: int(env, "NEWSGRAPH_QUERY_TIMEOUT_MS", 10_000, 100, 600_000),
    maxPageSize: int(env, "NEWSGRAPH_MAX_PAGE_SIZE", 100, 1, 10_000),
    requestTimeoutMs: int(env, "NEWSGRAPH_REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
    mutationTimeoutMs: int(env, "NEWSGRAPH_MUTATION_TIMEOUT_MS", 120_000, 100, 3_600_000),
    maxResponseBytes: int(env, "NEWSGRAPH_MAX_RESPONSE_BYTES", 4_000_000, 100, 1_000_000_000),
    corsOrigins: env.NEWSGRAPH_CORS_ORIGINS
      ? env.NEWSGRAPH_CORS_ORIGINS.split(",")
          .map((o) => o.trim())
          .filter(Boolean)
      : null,
    shutdownGraceMs: int(env, "NEWSGRAPH_SHUTDOWN_GRACE_MS", 10_000, 0, 600_000),
    lexiconDir: env.NEWSGRAPH_LEXICON ? path.resolve(env.NEWSGRAPH_LEXICON) : null,
  };
}

let cached: Config | null = null;

export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
