// One driver per process: it owns the connection pool, so creating one per request or per call would
// defeat pooling and leak sockets.
import neo4j, { type Driver } from "neo4j-driver";
import { config } from "../config.ts";

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

let target: Neo4jTarget | null = null;
let driver: Driver | null = null;

/** Where the driver connects: `useNeo4j(...)` if called, else NEO4J_URI, else the local server's Bolt port. */
export function neo4jTarget(): Neo4jTarget {
  if (target) return target;
  const c = config();
  return {
    uri: c.neo4jUri ?? `bolt://127.0.0.1:${c.boltPort}`,
    user: c.neo4jUser,
    password: c.neo4jPassword,
  };
}

/**
 * Points the process at another Neo4j (a server we just started on a free port, a test database).
 * An open driver to a different target is closed first so no query goes to the old one.
 */
export async function useNeo4j(uri: string, user = config().neo4jUser, password = config().neo4jPassword) {
  const next = { uri, user, password };
  const current = target ?? (driver ? neo4jTarget() : null);
  if (driver && current && (current.uri !== uri || current.user !== user || current.password !== password)) {
    await closeDriver();
  }
  target = next;
}

export function getDriver(): Driver {
  if (!driver) {
    const t = neo4jTarget();
    driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password), {
      userAgent: "newsgraph",
      // Fail fast when the server is gone instead of hanging a request for the default 60 s.
      connectionAcquisitionTimeout: 20_000,
      connectionTimeout: 10_000,
      // The driver retries transient failures of managed transactions for 30 s by default; an API
      // request would hang that long during an outage. Five seconds covers a leader switch or a
      // deadlock retry, and the database gate answers SERVICE_UNAVAILABLE after that.
      maxTransactionRetryTime: 5_000,
    });
  }
  return driver;
}

export async function closeDriver(): Promise<void> {
  const d = driver;
  driver = null;
  if (d) await d.close();
}

/** The server's product version, e.g. "2026.08.1" (from the Bolt handshake, no query needed). */
export async function serverVersion(): Promise<string> {
  const info = await getDriver().getServerInfo();
  return (info.agent ?? "").replace(/^Neo4j\//, "");
}
