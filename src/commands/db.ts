import { config } from "../config.ts";
import { adminHome, runAdmin } from "../neo4j/admin.ts";
import { closeDriver, useNeo4j } from "../neo4j/driver.ts";
import {
  defaultServerOptions,
  runningServer,
  serverAnswers,
  startLocalNeo4j,
  stateFile,
  stopServer,
} from "../neo4j/local-server.ts";
import { migrate } from "../neo4j/migrate.ts";
import type { Command } from "./command.ts";

const USAGE = `newsgraph db start|stop|status|admin

  start    start the local Neo4j in the background, apply the schema, print its Bolt URI and Browser address
           (use it with NEO4J_URI=<uri> npm start, or let npm start pick it up)
  stop     stop it (also one started by npm start)
  status   running or stopped, pid, ports, version
  admin …  the real neo4j-admin, from the cached Neo4j jars, on the local server's home (or NEO4J_HOME),
           e.g. newsgraph db admin database import full neo4j --nodes=… (stop the server first)

Environment: NEWSGRAPH_HOME (default ./.newsgraph; the store is <home>/neo4j), NEO4J_BOLT_PORT (7687),
NEO4J_HTTP_PORT (7474), NEO4J_PASSWORD (newsgraph), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m).`;

function runAdminCommand(toolArgs: string[]): number {
  const home = adminHome();
  const running = runningServer(home);
  if (running) {
    // neo4j-admin refuses a store in use by itself; say which server holds it and how to stop it.
    console.error(
      `newsgraph db admin: note: Neo4j is running on ${home} (pid ${running.pid}); commands that write ` +
        "the store (database import/load) need it stopped: npx newsgraph db stop",
    );
  }
  return runAdmin(toolArgs.length > 0 ? toolArgs : ["--help"]);
}

export const dbCommand: Command = {
  summary: "Manage the local Neo4j server (start, stop, status, admin)",
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
    if (sub === "admin") return runAdminCommand(rest);
    if (rest.length > 0) {
      console.error(`newsgraph db ${sub}: unexpected arguments ${rest.join(" ")}\n\nUsage: ${USAGE}`);
      return 2;
    }
    const opts = defaultServerOptions("newsgraph db start", false);
    switch (sub) {
      case "start": {
        const running = runningServer(opts.home);
        if (running) {
          console.log(`Neo4j ${running.version} is already running (pid ${running.pid}): ${running.uri}`);
          return 0;
        }
        const t0 = Date.now();
        const server = await startLocalNeo4j(opts);
        // The schema too, as npm start applies it: a store filled by `db admin database import` (the CSV
        // export's import.sh) gets its constraints and indexes here.
        try {
          await useNeo4j(server.uri);
          await migrate();
        } finally {
          await closeDriver();
        }
        console.log(
          `Neo4j ${server.state.version} started in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${server.state.pid})\n` +
            `  Bolt: ${server.uri}   Browser: http://127.0.0.1:${server.state.httpPort}/browser/\n` +
            `  user ${config().neo4jUser}, password from NEO4J_PASSWORD (default newsgraph)\n` +
            `  data: ${opts.home}\n` +
            `Use it: NEO4J_URI=${server.uri} npm start     Stop it: npx newsgraph db stop`,
        );
        return 0;
      }
      case "stop": {
        const stopped = await stopServer(opts.home);
        console.log(stopped ? `Neo4j stopped (pid ${stopped.pid}).` : `Neo4j is not running (${opts.home}).`);
        return 0;
      }
      case "status": {
        const state = runningServer(opts.home);
        if (!state) {
          console.log(`stopped (no server for ${opts.home})`);
          return 3;
        }
        const answers = await serverAnswers(state, opts.password);
        console.log(
          [
            `${answers ? "running" : "starting or not answering"}: Neo4j ${state.version}`,
            `  pid ${state.pid}, started by ${state.owner}${state.ownerPid ? ` (process ${state.ownerPid})` : ""} at ${state.startedAt}`,
            `  Bolt ${state.uri}   Browser http://127.0.0.1:${state.httpPort}/browser/`,
            `  data ${state.home}   state ${stateFile(state.home)}`,
          ].join("\n"),
        );
        return answers ? 0 : 1;
      }
      default:
        console.error(`newsgraph db: expected start, stop or status\n\nUsage: ${USAGE}`);
        return 2;
    }
  },
};
