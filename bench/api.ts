// `npm run bench:api`: the headline query through the whole API (HTTP → yoga → armor → Pothos →
// name resolution → Cypher → loaders → JSON) beside the floor: the same page Cypher run through the
// bare driver behind node:http. autocannon drives both at fixed rates after a warm-up, then flat out.
//   goal: API throughput ≥ 0.6 × floor, API p99 ≤ 1.5 × floor p99.
// Options: --duration=S (seconds per run, 8), --rates=a,b,c (requests/s, 50,100,200), --connections=N (10).
// With NEO4J_URI it uses that database (ingesting the sample corpus if it holds no article);
// otherwise it starts a throw-away local Neo4j on free ports.
// The servers run in a child process, so autocannon does not share their event loop.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import os from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import neo4j from "neo4j-driver";
import { config } from "../src/config.ts";
import {
  resolveStatementWhere,
  type StatementWhere,
  statementPageQuery,
} from "../src/filters/statement-filter.ts";
import { ingestSampleCorpusIfEmpty } from "../src/ingest/sample-corpus.ts";
import { closeDriver, getDriver, neo4jTarget, serverVersion, useNeo4j } from "../src/neo4j/driver.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { freePorts } from "../src/neo4j/ports.ts";
import { recordToPlain } from "../src/neo4j/run.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const DURATION = Number(arg("duration") ?? 8);
const RATES = (arg("rates") ?? "50,100,200").split(",").map(Number);
const CONNECTIONS = Number(arg("connections") ?? 10);
const PAGE = 20;

const WHERE: StatementWhere = {
  speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
  about: { place: "Miami" },
};
const GRAPHQL = JSON.stringify({
  query: `{ statements(where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }, first: ${PAGE}) { edges { node { id text kind publishedAt } } } }`,
});

// ---------------------------------------------------------------------------------------------------
// Child: the two servers.

async function serve(): Promise<void> {
  const { createNewsgraphYoga } = await import("../src/yoga.ts");
  const t = neo4jTarget();
  await useNeo4j(t.uri, t.user, t.password);
  const yoga = createNewsgraphYoga({ logError: (e) => console.error(e) });
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
  const [apiPort, floorPort] = (await freePorts(2)) as [number, number];
  await new Promise<void>((r) => api.listen(apiPort, "127.0.0.1", r));
  await new Promise<void>((r) => floor.listen(floorPort, "127.0.0.1", r));
  process.stdout.write(`${JSON.stringify({ apiPort, floorPort })}\n`);
  process.stdin.resume();
  process.stdin.on("end", async () => {
    api.close();
    floor.close();
    await closeDriver();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------------
// Parent: database, child, load.

interface Run {
  target: string;
  rate: number | null;
  p50: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, rate: number | null, duration: number): Promise<Run & { target: string }> {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: GRAPHQL,
    connections: CONNECTIONS,
    duration,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    target: url,
    rate,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function startChild(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; apiPort: number; floorPort: number }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ["--import", "tsx", self, "--serve"], {
    env,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const ports = await new Promise<{ apiPort: number; floorPort: number }>((resolve, reject) => {
    let buf = "";
    child.stdout!.on("data", (d: Buffer) => {
      buf += d.toString();
      const line = buf.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line));
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ...ports };
}

async function sameAnswer(apiUrl: string, floorUrl: string): Promise<number> {
  const ask = async (url: string) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: GRAPHQL,
    });
    const json = (await res.json()) as { data: { statements: { edges: { node: { text: string } }[] } } };
    return json.data.statements.edges.map((e) => e.node.text);
  };
  const [a, f] = await Promise.all([ask(apiUrl), ask(floorUrl)]);
  if (JSON.stringify(a) !== JSON.stringify(f))
    throw new Error(`API and floor disagree:\n${a.join("\n")}\n---\n${f.join("\n")}`);
  return a.length;
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);

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
    const started = await startChild({ ...process.env, NEO4J_URI: uri });
    child = started.child;
    const apiUrl = `http://127.0.0.1:${started.apiPort}/graphql`;
    const floorUrl = `http://127.0.0.1:${started.floorPort}/`;
    const rows = await sameAnswer(apiUrl, floorUrl);
    console.log(
      `headline query: ${rows} statements per response; ${CONNECTIONS} connections, ${DURATION} s per run\n`,
    );

    console.log("warm-up (3 s each) …");
    await load(apiUrl, null, 3);
    await load(floorUrl, null, 3);

    const runs: Run[] = [];
    for (const rate of [...RATES, null]) {
      for (const [name, url] of [
        ["api", apiUrl],
        ["floor", floorUrl],
      ] as const) {
        const r = await load(url, rate, DURATION);
        runs.push({ ...r, target: name });
      }
    }
    console.log(
      `\n${"rate".padEnd(10)}${"server".padEnd(8)}${"p50".padStart(9)}${"p99".padStart(9)}${"req/s".padStart(9)}  errors`,
    );
    for (const r of runs) {
      console.log(
        `${(r.rate ? `${r.rate}/s` : "max").padEnd(10)}${r.target.padEnd(8)}${ms(r.p50)}${ms(r.p99)}${r.rps.toFixed(0).padStart(9)}  ${r.non2xx + r.errors}`,
      );
    }
    const max = (t: string) => runs.find((r) => r.rate === null && r.target === t)!;
    const ratio = max("api").rps / max("floor").rps;
    console.log(
      `\nflat out: API ${max("api").rps.toFixed(0)} req/s = ${ratio.toFixed(2)} × floor (goal ≥ 0.6)`,
    );
    for (const rate of RATES) {
      const a = runs.find((r) => r.rate === rate && r.target === "api")!;
      const f = runs.find((r) => r.rate === rate && r.target === "floor")!;
      console.log(
        `at ${rate}/s: API p99 ${a.p99.toFixed(1)} ms = ${(a.p99 / Math.max(f.p99, 0.1)).toFixed(2)} × floor p99 ${f.p99.toFixed(1)} ms (goal ≤ 1.5)`,
      );
    }
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
