// Serving: the GraphQL API on HOST:PORT until a signal, and a shutdown that undoes start-up in reverse
// order so no request meets a closed driver and no JVM outlives us. What comes up before the API
// (Neo4j, schema, sample corpus) is `newsgraph start`'s business: src/commands/start.ts.
import http from "node:http";
import net from "node:net";
import { config } from "./config.ts";

/** Fails before a minute of Neo4j start-up is spent if the GraphQL port is taken. */
export async function assertPortFree(host: string, port: number): Promise<void> {
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

/** Each start-up step registers how to undo itself; close() undoes them in reverse order. */
export interface Shutdown {
  defer(step: () => Promise<void>): void;
  /** Runs every step even when one fails (logged). Safe to call twice. */
  close(): Promise<void>;
}

export function shutdownInReverse(): Shutdown {
  const steps: Array<() => Promise<void>> = [];
  let closing: Promise<void> | null = null;
  return {
    defer: (step) => {
      steps.push(step);
    },
    close: () => {
      closing ??= (async () => {
        for (const step of steps.reverse()) {
          try {
            await step();
          } catch (err) {
            console.error(`newsgraph: during shutdown: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      })();
      return closing;
    },
  };
}

export interface ServeOptions {
  /** The request handler (default: the GraphQL yoga); tests wrap it to hold requests in flight. */
  handler?: http.RequestListener;
  port?: number;
  /** How long a shutdown waits for in-flight requests (default NEWSGRAPH_SHUTDOWN_GRACE_MS). */
  graceMs?: number;
}

/**
 * Stops accepting connections, lets the requests in flight finish (their responses close their
 * connections) for up to `graceMs`, then closes whatever is left. Resolves to the requests it had to cut.
 */
export function drainOnClose(server: http.Server, graceMs: number): () => Promise<number> {
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    if (closing) res.setHeader("connection", "close");
    res.once("close", () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
  });
  return async () => {
    closing = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Idle keep-alive connections (GraphiQL) would otherwise hold close() open.
    server.closeIdleConnections();
    if (inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          drained = resolve;
        }),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    const cut = inFlight;
    server.closeAllConnections();
    await closed;
    return cut;
  };
}

/** Listens on HOST:PORT with the GraphQL handler; `shutdown` drains and stops it. Returns the URL to show. */
export async function serveGraphQL(shutdown: Shutdown, options: ServeOptions = {}): Promise<string> {
  const c = config();
  const port = options.port ?? c.port;
  let handler = options.handler;
  if (!handler) {
    const { createNewsgraphYoga } = await import("./http/yoga.ts");
    handler = createNewsgraphYoga();
  }
  const server = http.createServer(handler);
  const drain = drainOnClose(server, options.graceMs ?? c.shutdownGraceMs);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, c.host, () => resolve());
  });
  shutdown.defer(async () => {
    const cut = await drain();
    if (cut > 0) console.error(`newsgraph: ${cut} request(s) still running after the grace period were cut`);
  });
  const shownHost = ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(c.host) ? "localhost" : c.host;
  const shownPort = (server.address() as net.AddressInfo).port;
  return `http://${shownHost}:${shownPort}/graphql`;
}

export interface RunningServer {
  url: string;
  /** Stops listening, closes the driver, stops a JVM we started. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the server and serves until SIGINT or SIGTERM, then closes it and resolves to the exit code.
 * A second signal exits at once.
 */
export async function serveUntilSignal(start: () => Promise<RunningServer>): Promise<number> {
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
  server = await start();
  if (stopping) {
    await server.close();
    return 0;
  }
  console.log(`\nGraphQL: ${server.url}`);
  return stopped;
}
