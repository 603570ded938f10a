// Which Neo4j a command uses, decided in one place: NEO4J_URI if set; else the local server of
// `newsgraph db start` or `npm start` if one is running for NEWSGRAPH_HOME; else one started for this
// process (attached: its JVM goes when we do). The commands differ only in the options below, and each
// says in its own words where it connected.
import { config } from "../config.ts";
import { useNeo4j } from "./driver.ts";
import { defaultServerOptions, runningServer, type ServerState, startLocalNeo4j } from "./local-server.ts";

export interface ConnectOptions {
  /**
   * When no local server runs: start one, owned by this name (shown by `db status` and in the
   * "already running" error); or null to start none and use the configured Bolt port, where the
   * driver reports it if nothing answers (`export` reads a graph, it never starts a database).
   */
  startAs: string | null;
  /**
   * Also use a server another process started attached to itself. Short runs (ingest, export) may;
   * `start` may not, since that server goes away with its owner: it tries to start its own, and
   * startLocalNeo4j names the owner in its refusal.
   */
  shareAttached: boolean;
  /** Where "starting the local server" is announced (stdout for `start`, stderr for `ingest`). */
  log?: (line: string) => void;
}

interface Connected {
  /** The Bolt URI the driver now points at. */
  uri: string;
  /** Stops a server started for this process (waits for the JVM); does nothing otherwise. */
  release(): Promise<void>;
}

export type Neo4jConnection = Connected &
  (
    | { via: "NEO4J_URI" | "configured port" }
    | { via: "running"; server: ServerState }
    | { via: "started"; server: ServerState; startedInMs: number }
  );

const nothingToRelease = async () => {};

/** Points the driver at the Neo4j to use (see the file comment), starting one if the options say so. */
export async function connect(opts: ConnectOptions): Promise<Neo4jConnection> {
  const c = config();
  if (c.neo4jUri) {
    await useNeo4j(c.neo4jUri, c.neo4jUser, c.neo4jPassword);
    return { via: "NEO4J_URI", uri: c.neo4jUri, release: nothingToRelease };
  }
  const server = defaultServerOptions(opts.startAs ?? "", true);
  const running = runningServer(server.home);
  if (running && (opts.shareAttached || running.ownerPid === null)) {
    await useNeo4j(running.uri, c.neo4jUser, c.neo4jPassword);
    return { via: "running", uri: running.uri, server: running, release: nothingToRelease };
  }
  if (opts.startAs === null) {
    const uri = `bolt://127.0.0.1:${c.boltPort}`;
    await useNeo4j(uri, c.neo4jUser, c.neo4jPassword);
    return { via: "configured port", uri, release: nothingToRelease };
  }
  opts.log?.(`Neo4j: starting the local server (data in ${server.home}) …`);
  const t0 = Date.now();
  const local = await startLocalNeo4j(server);
  await useNeo4j(local.uri, c.neo4jUser, c.neo4jPassword);
  return {
    via: "started",
    uri: local.uri,
    server: local.state,
    startedInMs: Date.now() - t0,
    release: () => local.stop(),
  };
}
