// `newsgraph start` (`npm start`): Neo4j (the user's via NEO4J_URI, a running `newsgraph db start`, or one
// we start and own) → schema → sample corpus if the database is empty → GraphQL (src/server.ts), which
// shuts down in reverse order.
import { config } from "../config.ts";
import { connect, type Neo4jConnection } from "../neo4j/connect.ts";
import { closeDriver, serverVersion } from "../neo4j/driver.ts";
import { migrate } from "../neo4j/migrate.ts";
import {
  assertPortFree,
  type RunningServer,
  serveGraphQL,
  serveUntilSignal,
  shutdownInReverse,
} from "../server.ts";
import type { Command } from "./command.ts";

const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function describe(neo4j: Neo4jConnection): string {
  switch (neo4j.via) {
    case "running": {
      const s = neo4j.server;
      return `Neo4j: ${neo4j.uri} (already running, pid ${s.pid}, started by ${s.owner})`;
    }
    case "started": {
      const s = neo4j.server;
      const upIn = `${(neo4j.startedInMs / 1000).toFixed(1)} s`;
      return `Neo4j: ${neo4j.uri} (local ${s.version}, pid ${s.pid}, up in ${upIn}; logs in ${s.home}/logs)`;
    }
    default:
      return `Neo4j: ${neo4j.uri} (from NEO4J_URI)`;
  }
}

async function ingestSampleCorpus(): Promise<string> {
  const { ingestSampleCorpusIfEmpty } = await import("../ingest/sample-corpus.ts");
  const t0 = Date.now();
  const report = await ingestSampleCorpusIfEmpty();
  if (!report) return "sample corpus: the database already holds articles, nothing ingested";
  const { articles, written, failures } = report;
  const lines = [
    `sample corpus: ${articles.new + articles.updated} articles ingested in ${seconds(t0)} ` +
      `(${written.statements} statements, ${written.people} people, ${written.organizations} organizations, ` +
      `${written.places} places, ${written.meetings} meetings)`,
  ];
  for (const f of failures) lines.push(`  failed: ${JSON.stringify(f)}`);
  return lines.join("\n");
}

/** Neo4j, schema, sample corpus, then the API; what came up is closed again if a step fails. */
async function startServer(): Promise<RunningServer> {
  const c = config();
  const t0 = Date.now();
  const shutdown = shutdownInReverse();
  try {
    await assertPortFree(c.host, c.port);
    // Only a server of `newsgraph db start` is shared: one another `npm start` owns goes away with it (our
    // own start then fails, naming that owner). One we start is ours and stops with us.
    const neo4j = await connect({ startAs: "npm start", shareAttached: false, log: (l) => console.log(l) });
    // Undone in reverse: HTTP server first, then the driver, then the JVM.
    shutdown.defer(() => neo4j.release());
    console.log(describe(neo4j));
    shutdown.defer(() => closeDriver());
    const t1 = Date.now();
    const migration = await migrate();
    console.log(
      `schema: ${migration.statements} constraints/indexes in place, ${migration.applied} newly created (${seconds(t1)})`,
    );
    console.log(await ingestSampleCorpus());
    const url = await serveGraphQL(shutdown);
    console.log(`Neo4j version ${await serverVersion()}; ready in ${seconds(t0)}`);
    return { url, close: shutdown.close };
  } catch (err) {
    await shutdown.close();
    throw err;
  }
}

export const startCommand: Command = {
  summary:
    "Start Neo4j (unless NEO4J_URI is set), apply the schema, ingest the sample corpus if the database is empty, serve GraphQL",
  usage: `newsgraph start

Environment: PORT (4000), HOST (127.0.0.1), NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD (use that Neo4j instead
of starting one), NEWSGRAPH_HOME (./.newsgraph), NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474),
NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m).`,
  run: () => serveUntilSignal(startServer),
};
