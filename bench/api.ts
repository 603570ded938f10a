// `npm run bench:api`: the headline query through the whole API (HTTP → yoga → armor → Pothos →
// name resolution → Cypher → loaders → JSON) beside the floor: the same page Cypher run through the
// bare driver behind node:http. After a warm-up both are driven at fixed rates, then flat out.
//   goal: API throughput ≥ 0.8 × floor (issue 11), API p99 ≤ 1.5 × floor p99.
//
// Fixed rates are paced open-loop: request i is sent at t0 + i/rate whatever the earlier ones are
// doing, over at most --connections keep-alive sockets, and its latency counts from the moment it
// was issued, so time spent waiting for a free socket behind slow answers is in the figure.
// autocannon's `overallRate` is not that: each connection sends its share of a second back to back
// when the second starts and then idles (autocannon 9, lib/httpClient.js `reqsMadeThisSecond`), so
// "50/s" there is a burst of 50 requests at concurrency 10 once a second — the latency of draining
// a queue, i.e. flat-out latency. Those burst figures are still printed (--bursts=false skips them)
// because they show how each server drains a queue; the goal is judged on the paced runs.
// Flat-out throughput comes from autocannon; beside it, each server's CPU per request (user + system of
// the child process over the run, from /proc; far less swayed by other load than req/s, though still
// ±30 % at load 10: alternate runs to compare) and, with --db-pid=N (the Neo4j server's process id),
// Neo4j's CPU per request too.
// Options: --duration=S (seconds per run, 8), --rates=a,b,c (requests/s, 50,100,200), --connections=N (10),
// --bursts=false, --cpu-prof=DIR (V8 CPU profiles of the servers' process, one per flat-out run:
// DIR/<server>.cpuprofile, startup and warm-up left out), --only=api|floor|library
// (time that one alone, after the warm-up; for profiles; prints no ratios), --cache=false (the API without its response cache: every request runs the queries;
// with it, repeated requests are answered from the cache after one graph-version read).
// With NEO4J_URI it uses that database (ingesting the sample corpus if it holds no article);
// otherwise it starts a throw-away local Neo4j on free ports.
// The peer (--peer=false skips it): the Neo4j GraphQL Library over the same graph with the closest query
// it can express (bench/graphql-library.ts); its answer must hold the same statements as ours.
//   goal: API throughput ≥ 1.5 × the library's.
// Memory (--rss=N, 20000; --rss=0 skips it): after the timed runs, N more requests go to the API flat out
// (closed loop over --connections sockets) while the child's resident set size is sampled from
// /proc/<pid>/status every 100 ms; printed: RSS at the start, peak and end, and the least-squares slope of
// RSS over requests served (MB per 10,000 requests), for the whole run and its second half — a leak shows
// as a slope that does not flatten.
// The servers run in a child process, so autocannon does not share their event loop.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import inspector from "node:inspector";
import os from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";
import { config } from "../src/config.ts";
import { resolveStatementWhere, statementPageQuery } from "../src/filters/statement-filter.ts";
import type { StatementWhere } from "../src/filters/statement-where.ts";
import { ingestSampleCorpusIfEmpty } from "../src/ingest/sample-corpus.ts";
import { closeDriver, getDriver, neo4jTarget, serverVersion, useNeo4j } from "../src/neo4j/driver.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { freePorts } from "../src/neo4j/ports.ts";
import { recordToPlain } from "../src/neo4j/run.ts";
import { libraryQuery, librarySchema } from "./graphql-library.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const DURATION = Number(arg("duration") ?? 8);
const RATES = (arg("rates") ?? "50,100,200")
  .split(",")
  .map(Number)
  .filter((r) => r > 0);
const CONNECTIONS = Number(arg("connections") ?? 10);
const BURSTS = arg("bursts") !== "false";
const PEER = arg("peer") !== "false";
const RSS_REQUESTS = Number(arg("rss") ?? 20_000);
const PAGE = 20;
/** --db-pid=N: the Neo4j server's process id, to report its CPU per request beside the server's. */
const DB_PID = arg("db-pid") ? Number(arg("db-pid")) : undefined;

const WHERE: StatementWhere = {
  speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
  about: { place: "Miami" },
};
const GRAPHQL = JSON.stringify({
  query: `{ statements(where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }, first: ${PAGE}) { edges { node { id text kind publishedAt } } } }`,
});

const LIBRARY = JSON.stringify({ query: libraryQuery(PAGE) });

// ---------------------------------------------------------------------------------------------------
// Child: the three servers.

async function serve(): Promise<void> {
  const { createNewsgraphYoga } = await import("../src/http/yoga.ts");
  const t = neo4jTarget();
  await useNeo4j(t.uri, t.user, t.password);
  const yoga = createNewsgraphYoga({
    logError: (e) => console.error(e),
    ...(process.env.BENCH_RESPONSE_CACHE === "false" ? { responseCache: false as const } : {}),
  });
  const api = http.createServer(yoga);

  // The floor: what the API's page query costs with nothing around it. Names are resolved once up
  // front (the API resolves them per request, which is part of what is measured).
  const resolved = await resolveStatementWhere(WHERE);
  const { query, params } = statementPageQuery(resolved, { limit: PAGE });
  const driver = getDriver();
  const floor = http.createServer((req, res) => {
    req.resume();
    req.on("end", async () => {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(query, params), {
          timeout: config().queryTimeoutMs,
        });
        const rows = result.records.map((r) => recordToPlain<{ s: Record<string, unknown> }>(r).s);
        const body = JSON.stringify({
          data: {
            statements: {
              edges: rows.map((s) => ({
                node: { id: s.id, text: s.text, kind: s.kind, publishedAt: s.publishedAt },
              })),
            },
          },
        });
        res.writeHead(200, { "content-type": "application/json" }).end(body);
      } catch (err) {
        res.writeHead(500).end(String(err));
      } finally {
        await session.close();
      }
    });
  });
  const lib = http.createServer(
    createYoga({ schema: await librarySchema(driver), logging: false, graphiql: false }),
  );
  const [apiPort, floorPort, libPort] = (await freePorts(3)) as [number, number, number];
  await new Promise<void>((r) => api.listen(apiPort, "127.0.0.1", r));
  await new Promise<void>((r) => floor.listen(floorPort, "127.0.0.1", r));
  await new Promise<void>((r) => lib.listen(libPort, "127.0.0.1", r));
  if (process.env.BENCH_CPU_PROF) profileOnSignal(process.env.BENCH_CPU_PROF);
  process.stdout.write(`${JSON.stringify({ apiPort, floorPort, libPort })}\n`);
  process.stdin.resume();
  process.stdin.on("end", async () => {
    api.close();
    floor.close();
    lib.close();
    await closeDriver();
    process.exit(0);
  });
}

/**
 * --cpu-prof: the parent writes the server's name to BENCH_CPU_PROF/next and sends SIGUSR2 before a
 * flat-out run and again after it; the first starts the profiler, the second writes <name>.cpuprofile.
 */
function profileOnSignal(dir: string): void {
  const session = new inspector.Session();
  session.connect();
  let running: string | null = null;
  process.on("SIGUSR2", () => {
    if (!running) {
      running = fs.readFileSync(`${dir}/next`, "utf8").trim();
      session.post("Profiler.enable", () => session.post("Profiler.start"));
      return;
    }
    const name = running;
    running = null;
    session.post("Profiler.stop", (err, result) => {
      if (!err) fs.writeFileSync(`${dir}/${name}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Parent: database, child, load.

interface Run {
  target: string;
  mode: "paced" | "bursts" | "max";
  rate: number | null;
  p50: number;
  p99: number;
  max: number;
  rps: number;
  non2xx: number;
  errors: number;
  /** Flat-out runs: the server process's CPU (user + system) per request answered, in ms. */
  cpuMs?: number;
  /** The same for Neo4j's process (--db-pid). */
  dbCpuMs?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** One JSON POST of `body` to `url`; resolves with the status once the answer is read (0 on a socket error). */
function post(url: string, agent: http.Agent, body: string): Promise<number> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: hostname,
        port,
        path: pathname,
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

/** Open-loop load: `rate` requests a second, evenly spaced, each timed from when it was issued. */
async function paced(
  url: string,
  rate: number,
  duration: number,
  body = GRAPHQL,
  pid?: number,
): Promise<Omit<Run, "target">> {
  const cpu0 = cpuMsOf(pid);
  const db0 = cpuMsOf(DB_PID);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const one = async () => {
    const issued = performance.now();
    const status = await post(url, agent, body);
    if (status === 200) latencies.push(performance.now() - issued);
    else {
      if (status === 0) errors++;
      else non2xx++;
      const at = ((issued - t0) / 1000).toFixed(1);
      console.error(`paced ${url}: ${status === 0 ? "socket error" : `HTTP ${status}`} at ${at} s`);
    }
  };
  const total = Math.round(rate * duration);
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(one());
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    mode: "paced",
    rate,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    rps: latencies.length / elapsed,
    non2xx,
    errors,
    cpuMs: (cpuMsOf(pid) - cpu0) / Math.max(1, total),
    dbCpuMs: (cpuMsOf(DB_PID) - db0) / Math.max(1, total),
  };
}

/** CPU time (user + system) process `pid` has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}
const CLOCK_TICKS = 100;

async function load(
  url: string,
  rate: number | null,
  duration: number,
  body = GRAPHQL,
  pid?: number,
): Promise<Omit<Run, "target">> {
  const cpu0 = cpuMsOf(pid);
  const db0 = cpuMsOf(DB_PID);
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections: CONNECTIONS,
    duration,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    mode: rate ? "bursts" : "max",
    rate,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMs: (cpuMsOf(pid) - cpu0) / Math.max(1, result.requests.total),
    dbCpuMs: (cpuMsOf(DB_PID) - db0) / Math.max(1, result.requests.total),
  };
}

async function startChild(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; apiPort: number; floorPort: number; libPort: number }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ["--import", "tsx", self, "--serve"], {
    env: { ...env, ...(arg("cpu-prof") ? { BENCH_CPU_PROF: arg("cpu-prof") } : {}) },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const ports = await new Promise<{ apiPort: number; floorPort: number; libPort: number }>(
    (resolve, reject) => {
      let buf = "";
      child.stdout!.on("data", (d: Buffer) => {
        buf += d.toString();
        const line = buf.split("\n").find((l) => l.startsWith("{"));
        if (line) resolve(JSON.parse(line));
      });
      child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
    },
  );
  return { child, ...ports };
}

type Edges = { edges: { node: { text: string } }[] };

async function ask(url: string, body: string): Promise<string[]> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = (await res.json()) as { data: Record<string, Edges> };
  const edges = json.data.statements ?? json.data.statementsConnection;
  return (edges?.edges ?? []).map((e) => e.node.text);
}

async function sameAnswer(apiUrl: string, floorUrl: string, libUrl: string | null): Promise<number> {
  const [a, f] = await Promise.all([ask(apiUrl, GRAPHQL), ask(floorUrl, GRAPHQL)]);
  if (JSON.stringify(a) !== JSON.stringify(f))
    throw new Error(`API and floor disagree:\n${a.join("\n")}\n---\n${f.join("\n")}`);
  if (libUrl) {
    const l = await ask(libUrl, LIBRARY);
    if (JSON.stringify([...a].sort()) !== JSON.stringify([...l].sort()))
      throw new Error(`API and the GraphQL Library disagree:\n${a.join("\n")}\n---\n${l.join("\n")}`);
  }
  return a.length;
}

/** Resident set size of process `pid` in MB (Linux /proc), or NaN where there is none. */
function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((t, [x]) => t + x, 0) / n;
  const my = points.reduce((t, [, y]) => t + y, 0) / n;
  const sxy = points.reduce((t, [x, y]) => t + (x - mx) * (y - my), 0);
  const sxx = points.reduce((t, [x]) => t + (x - mx) ** 2, 0);
  return sxx > 0 ? sxy / sxx : Number.NaN;
}

/** `total` requests to `url` over CONNECTIONS keep-alive sockets, back to back, sampling the child's RSS. */
async function rssRun(url: string, pid: number, total: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  let sent = 0;
  let done = 0;
  let failed = 0;
  const samples: [number, number][] = [[0, rssMb(pid)]];
  const timer = setInterval(() => samples.push([done, rssMb(pid)]), 100);
  const one = async () => {
    if ((await post(url, agent, GRAPHQL)) !== 200) failed++;
  };
  const t0 = performance.now();
  const worker = async () => {
    while (sent < total) {
      sent++;
      await one();
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  clearInterval(timer);
  samples.push([done, rssMb(pid)]);
  agent.destroy();
  const seconds = (performance.now() - t0) / 1000;
  const rss = samples.map(([, y]) => y);
  const per10k = (pts: [number, number][]) => `${(slope(pts) * 10_000).toFixed(2)} MB`;
  const half = samples.filter(([x]) => x >= total / 2);
  console.log(
    `\nmemory: ${done} API requests in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(0)} req/s, ${failed} failed), ${samples.length} RSS samples: ` +
      `start ${rss[0]?.toFixed(0)} MB, peak ${Math.max(...rss).toFixed(0)} MB, end ${rss[rss.length - 1]?.toFixed(0)} MB; ` +
      `slope ${per10k(samples)} per 10,000 requests (second half: ${per10k(half)})`,
  );
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
const cpuCell = (n: number | undefined) =>
  (n === undefined || Number.isNaN(n) ? "-" : `${n.toFixed(2)} ms`).padStart(9);

async function main(): Promise<void> {
  const { uri, close } = await benchNeo4j("bench:api", { requireEmpty: false });
  let child: ChildProcess | null = null;
  try {
    await migrate();
    const ingested = await ingestSampleCorpusIfEmpty();
    if (ingested) console.log(`ingested the sample corpus: ${ingested.written.statements} statements`);
    console.log(
      `Neo4j ${await serverVersion()} at ${uri}; ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}`,
    );
    const started = await startChild({
      ...process.env,
      NEO4J_URI: uri,
      BENCH_RESPONSE_CACHE: arg("cache") ?? "true",
    });
    console.log(`API response cache: ${arg("cache") === "false" ? "off" : "on"}`);
    child = started.child;
    const apiUrl = `http://127.0.0.1:${started.apiPort}/graphql`;
    const floorUrl = `http://127.0.0.1:${started.floorPort}/`;
    const libUrl = PEER ? `http://127.0.0.1:${started.libPort}/graphql` : null;
    const rows = await sameAnswer(apiUrl, floorUrl, libUrl);
    console.log(
      `headline query: ${rows} statements per response; ${CONNECTIONS} connections, ${DURATION} s per run\n`,
    );

    console.log("warm-up (3 s each) …");
    await load(apiUrl, null, 3);
    await load(floorUrl, null, 3);
    if (libUrl) await load(libUrl, null, 3, LIBRARY);

    const targets: [string, string, string][] = [
      ["api", apiUrl, GRAPHQL],
      ["floor", floorUrl, GRAPHQL],
      ...(libUrl ? [["library", libUrl, LIBRARY] as [string, string, string]] : []),
    ];
    const only = arg("only");
    if (only) targets.splice(0, targets.length, ...targets.filter(([name]) => name === only));
    const runs: Run[] = [];
    for (const rate of RATES) {
      for (const [name, url, body] of targets)
        runs.push({ ...(await paced(url, rate, DURATION, body, child.pid)), target: name });
    }
    if (BURSTS) {
      for (const rate of RATES) {
        for (const [name, url, body] of targets)
          runs.push({ ...(await load(url, rate, DURATION, body)), target: name });
      }
    }
    for (const [name, url, body] of targets) {
      const prof = arg("cpu-prof");
      if (prof) {
        fs.mkdirSync(prof, { recursive: true });
        fs.writeFileSync(`${prof}/next`, name);
        child.kill("SIGUSR2");
      }
      runs.push({ ...(await load(url, null, DURATION, body, child.pid)), target: name });
      if (prof) child.kill("SIGUSR2");
    }

    console.log(
      `\n${"mode".padEnd(8)}${"rate".padEnd(8)}${"server".padEnd(8)}${"p50".padStart(9)}${"p99".padStart(9)}${"max".padStart(9)}${"req/s".padStart(9)}${"cpu/req".padStart(9)}${"db/req".padStart(9)}  errors`,
    );
    for (const r of runs) {
      console.log(
        `${r.mode.padEnd(8)}${(r.rate ? `${r.rate}/s` : "-").padEnd(8)}${r.target.padEnd(8)}${ms(r.p50)}${ms(r.p99)}${ms(r.max)}${r.rps.toFixed(0).padStart(9)}${cpuCell(r.cpuMs)}${cpuCell(DB_PID ? r.dbCpuMs : undefined)}  ${r.non2xx + r.errors}`,
      );
    }
    if (only) return;
    const find = (mode: Run["mode"], rate: number | null, t: string) =>
      runs.find((r) => r.mode === mode && r.rate === rate && r.target === t)!;
    const ratio = find("max", null, "api").rps / find("max", null, "floor").rps;
    console.log(
      `\nflat out: API ${find("max", null, "api").rps.toFixed(0)} req/s = ${ratio.toFixed(2)} × floor (goal ≥ 0.8)`,
    );
    // Robust to the machine's load, unlike req/s: what one request costs the server process itself.
    const cpu = (t: string) => {
      const r = find("max", null, t);
      return `${r.cpuMs?.toFixed(2)}${DB_PID ? ` (+ Neo4j ${r.dbCpuMs?.toFixed(2)})` : ""}`;
    };
    console.log(
      `server CPU per request (flat out): API ${cpu("api")} ms, floor ${cpu("floor")} ms${libUrl ? `, library ${cpu("library")} ms` : ""}`,
    );
    if (libUrl) {
      const lib = find("max", null, "library").rps;
      console.log(
        `flat out: API = ${(find("max", null, "api").rps / lib).toFixed(2)} × the GraphQL Library (${lib.toFixed(0)} req/s; goal ≥ 1.5)`,
      );
    }
    const p99Ratio = (mode: Run["mode"], rate: number, label: string) => {
      const a = find(mode, rate, "api");
      const f = find(mode, rate, "floor");
      console.log(
        `${label}: API p99 ${a.p99.toFixed(1)} ms = ${(a.p99 / Math.max(f.p99, 0.1)).toFixed(2)} × floor p99 ${f.p99.toFixed(1)} ms`,
      );
    };
    for (const rate of RATES) p99Ratio("paced", rate, `at ${rate}/s (paced, goal ≤ 1.5)`);
    if (BURSTS) {
      for (const rate of RATES)
        p99Ratio("bursts", rate, `${rate} at once each second (autocannon, ${CONNECTIONS} connections)`);
    }
    if (RSS_REQUESTS > 0 && child.pid) await rssRun(apiUrl, child.pid, RSS_REQUESTS);
    console.log(
      `load at the end (1/5/15 min): ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`,
    );
  } finally {
    child?.stdin?.end();
    await close();
  }
}

if (process.argv.includes("--serve")) {
  await serve();
} else {
  await main();
}
