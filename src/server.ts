// `npm start`: Neo4j (the user's via NEO4J_URI, a running `newsgraph db start`, or one we start and own)
// → schema → sample corpus if the database is empty → GraphQL. Shutdown runs in reverse order so no
// request meets a closed driver and no JVM outlives us.
import http from "node:http";
import net from "node:net";
import type { Command } from "./commands/command.ts";
import { config } from "./config.ts";
import { closeDriver, serverVersion, useNeo4j } from "./neo4j/driver.ts";
import {
  defaultServerOptions,
  type LocalNeo4j,
  runningServer,
  startLocalNeo4j,
} from "./neo4j/local-server.ts";
import { migrate } from "./neo4j/migrate.ts";

const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

/** Fails before a minute of Neo4j start-up is spent if the GraphQL port is taken. */
async function assertPortFree(host: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => {
      reject(
        err.code === "EADDRINUSE"
          ? new Error(
              `port ${port} on ${host} is already in use (another npm start?). Set PORT to use another one.`,
            )
          : err,
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

async function connectNeo4j(cleanup: Array<() => Promise<void>>): Promise<string> {
  const c = config();
  if (c.neo4jUri) {
    await useNeo4j(c.neo4jUri, c.neo4jUser, c.neo4jPassword);
    return `Neo4j: ${c.neo4jUri} (from NEO4J_URI)`;
  }
  const opts = defaultServerOptions("npm start", true);
  const running = runningServer(opts.home);
  if (running && running.ownerPid === null) {
    // Started by `newsgraph db start`: use it and leave it running when we stop.
    await useNeo4j(running.uri, c.neo4jUser, c.neo4jPassword);
    return `Neo4j: ${running.uri} (already running, pid ${running.pid}, started by ${running.owner})`;
  }
  console.log(`Neo4j: starting the local server (data in ${opts.home}) …`);
  const t0 = Date.now();
  const local: LocalNeo4j = await startLocalNeo4j(opts);
  cleanup.push(() => local.stop());
  await useNeo4j(local.uri, c.neo4jUser, c.neo4jPassword);
  return `Neo4j: ${local.uri} (local ${local.state.version}, pid ${local.state.pid}, up in ${seconds(t0)}; logs in ${opts.home}/logs)`;
}

async function ingestSampleCorpus(): Promise<string> {
  let mod: typeof import("./ingest/sample-corpus.ts");
  try {
    mod = await import("./ingest/sample-corpus.ts");
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    // The ingest pipeline is built in stages; until all of its modules exist, start-up goes on without it.
    if (e.code === "ERR_MODULE_NOT_FOUND") {
      return `sample corpus: ingest not implemented yet (no-op: ${e.message.split("\n")[0]})`;
    }
    throw err;
  }
  const t0 = Date.now();
  const report = await mod.ingestSampleCorpusIfEmpty();
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

export interface RunningServer {
  url: string;
  /** Stops listening, closes the driver, stops a JVM we started. Safe to call twice. */
  close(): Promise<void>;
}

export async function startServer(): Promise<RunningServer> {
  const c = config();
  const t0 = Date.now();
  const cleanup: Array<() => Promise<void>> = [];
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      // Reverse order: HTTP server first, then the driver, then the JVM.
      for (const step of cleanup.reverse()) {
        try {
          await step();
        } catch (err) {
          console.error(`newsgraph: during shutdown: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })();
    return closing;
  };

  try {
    await assertPortFree(c.host, c.port);
    console.log(await connectNeo4j(cleanup));
    cleanup.push(() => closeDriver());
    const t1 = Date.now();
    const migration = await migrate();
    console.log(
      `schema: ${migration.statements} constraints/indexes in place, ${migration.applied} newly created (${seconds(t1)})`,
    );
    console.log(await ingestSampleCorpus());

    const { createNewsgraphYoga } = await import("./http/yoga.ts");
    const yoga = createNewsgraphYoga();
    const server = http.createServer(yoga);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(c.port, c.host, () => resolve());
    });
    cleanup.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections (GraphiQL) would hold close() open indefinitely.
          server.closeAllConnections();
        }),
    );
    const shownHost = ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(c.host) ? "localhost" : c.host;
    const url = `http://${shownHost}:${c.port}/graphql`;
    console.log(`Neo4j version ${await serverVersion()}; ready in ${seconds(t0)}`);
    return { url, close };
  } catch (err) {
    await close();
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
  async run() {
    let server: RunningServer | null = null;
    let stopping = false;
    const stopped = new Promise<number>((resolve) => {
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping) {
          console.error(`newsgraph: ${signal} again, exiting now`);
          process.exit(130);
        }
        stopping = true;
        console.log(`\nnewsgraph: ${signal}, shutting down …`);
        // Before the server exists, the start-up path itself cleans up when it fails or finishes.
        (server ? server.close() : Promise.resolve()).then(() => resolve(0));
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
    });
    server = await startServer();
    if (stopping) {
      await server.close();
      return 0;
    }
    console.log(`\nGraphQL: ${server.url}`);
    return stopped;
  },
};
