import { config } from "../config.ts";
import {
  defaultServerOptions,
  runningServer,
  serverAnswers,
  startLocalNeo4j,
  stateFile,
  stopServer,
} from "../neo4j/local-server.ts";
import type { Command } from "./command.ts";

const USAGE = `newsgraph db start|stop|status

  start    start the local Neo4j in the background and print its Bolt URI
           (use it with NEO4J_URI=<uri> npm start, or let npm start pick it up)
  stop     stop it (also one started by npm start)
  status   running or stopped, pid, ports, version

Environment: NEWSGRAPH_HOME (default ./.newsgraph; the store is <home>/neo4j), NEO4J_BOLT_PORT (7687),
NEO4J_HTTP_PORT (7474), NEO4J_PASSWORD (newsgraph), NEO4J_HEAP (1g), NEO4J_PAGECACHE (512m).`;

export const dbCommand: Command = {
  summary: "Manage the local Neo4j server (start, stop, status)",
  usage: USAGE,
  async run(args) {
    const [sub, ...rest] = args;
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
        console.log(
          `Neo4j ${server.state.version} started in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${server.state.pid})\n` +
            `  Bolt: ${server.uri}   HTTP: http://127.0.0.1:${server.state.httpPort}\n` +
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
            `  Bolt ${state.uri}   HTTP http://127.0.0.1:${state.httpPort}`,
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
