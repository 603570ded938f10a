// The figures issue 17 asks for, against a server in its own process: its peak RSS under alias attacks
// on article text, the longest time any single hostile request keeps Neo4j busy (goal: no longer than
// the request timeout), and /healthz latency while the ingestArticles mutation takes a 2 MB article.
// npm run bench:hostile [-- --copies=20 --only=rss|neo4j|healthz]. SIGTERM survivors: test/hostile/shutdown.int.test.ts prints them.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { config } from "../src/config.ts";
import { ingestExtractions } from "../src/ingest/ingest.ts";
import { tryExtractArticle } from "../src/ingest/pipeline.ts";
import { isInputError, readInputs } from "../src/ingest/read/read.ts";
import { SAMPLE_CORPUS_DIR } from "../src/ingest/sample-corpus.ts";
import type { Extraction, RawArticle } from "../src/ingest/types.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { read, write } from "../src/neo4j/run.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const copies = Number(arg("copies") ?? 20);
/** `--only=rss`, `--only=neo4j` or `--only=healthz`: one of the three measures. */
const only = arg("only");
const TOKEN = "bench-hostile-token";
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

async function seed(): Promise<number> {
  const raws: RawArticle[] = [];
  for await (const item of readInputs([SAMPLE_CORPUS_DIR])) if (!isInputError(item)) raws.push(item);
  const items: Extraction[] = [];
  for (let k = 0; k < copies; k++) {
    for (const raw of raws) {
      const ex = tryExtractArticle({
        ...raw,
        file: `${raw.file}#${k}`,
        meta: { ...raw.meta, url: `https://bench.invalid/${k}/${path.basename(raw.file)}` },
        text: `${raw.text}\n\nKopie ${k}.`,
      });
      if (!isInputError(ex)) items.push(ex);
    }
  }
  const report = await ingestExtractions(items);
  // One article whose text is 1 MB: what the alias attacks ask for.
  await write("MATCH (a:Article) WITH a ORDER BY a.id DESC LIMIT 1 SET a.text = $text", {
    text: "Gespräch ".repeat(111_112),
  });
  return report.articles.new;
}

interface Server {
  url: string;
  proc: ChildProcess;
}

async function startServer(uri: string): Promise<Server> {
  const c = config();
  const proc = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(import.meta.dirname, "hostile-server.ts"),
      uri,
      c.neo4jUser,
      c.neo4jPassword,
    ],
    { env: { ...process.env, NEWSGRAPH_API_TOKEN: TOKEN }, stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout!.on("data", (d: Buffer) => {
      out += String(d);
      const m = /URL (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!, proc });
    });
    proc.once("exit", (code) => reject(new Error(`server exited (${code}) before listening`)));
  });
}

/** Resident set size of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function post(url: string, query: string, variables = {}, signal?: AbortSignal) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return { bytes: text.length, code: body.errors?.[0]?.extensions?.code ?? "OK" };
}

/** Each attack against a fresh server, so that no attack inherits the heap another one grew. */
async function aliasAttacks(uri: string): Promise<void> {
  const attacks: [string, (r: number) => string][] = [
    [
      "6 aliases × 3 article texts (one of 1 MB), estimated small",
      (r) =>
        `{ ${Array.from({ length: 6 }, (_, i) => `a${r}x${i}: articles(first: 3, orderBy: { field: ID, direction: DESC }) { edges { node { text } } }`).join(" ")} }`,
    ],
    [
      "20 aliases × 100 article texts",
      (r) =>
        `{ ${Array.from({ length: 20 }, (_, i) => `a${r}x${i}: articles(first: 100) { edges { node { text } } }`).join(" ")} }`,
    ],
    [
      "8 aliases × context(chars: 2000) × 100 statements",
      (r) =>
        `{ ${Array.from({ length: 8 }, (_, i) => `a${r}x${i}: statements(first: 100) { edges { node { context(chars: 2000) article { title } } } }`).join(" ")} }`,
    ],
  ];
  for (const [name, query] of attacks) {
    const server = await startServer(uri);
    const pid = server.proc.pid!;
    for (let i = 0; i < 5; i++) await post(server.url, "{ articles(first: 5) { edges { node { title } } } }");
    const baseline = rssMb(pid);
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 20);
    const t0 = performance.now();
    // 10 at once, each a different text (no response cache), three rounds.
    const codes: string[] = [];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, k) => post(server.url, query(round * 10 + k))),
      );
      codes.push(...answers.map((a) => a.code));
    }
    clearInterval(timer);
    const tally = [...new Set(codes)].map((c) => `${codes.filter((x) => x === c).length}× ${c}`).join(", ");
    console.log(
      `alias attack, ${name}: 30 requests (10 at once) in ${((performance.now() - t0) / 1000).toFixed(1)} s, ${tally}; ` +
        `server RSS ${baseline.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (load ${load()})`,
    );
    server.proc.kill("SIGTERM");
  }
}

/** Sends one request and watches SHOW TRANSACTIONS until no request's transaction is left. */
async function neo4jTime(server: Server, name: string, query: string, abortAfterMs?: number) {
  const controller = new AbortController();
  const t0 = performance.now();
  let answered = 0;
  let code = "";
  const request = post(server.url, query, {}, controller.signal)
    .then((a) => {
      code = a.code;
    })
    .catch(() => {
      code = "aborted by the client";
    })
    .finally(() => {
      answered = performance.now() - t0;
    });
  if (abortAfterMs) setTimeout(() => controller.abort(), abortAfterMs);
  let lastSeen = 0;
  while (!answered || performance.now() - answered - t0 < 2_000) {
    const open = await read<{ n: number }>(
      "SHOW TRANSACTIONS YIELD metaData WHERE metaData.requestId IS NOT NULL RETURN count(*) AS n",
    );
    if ((open[0]?.n ?? 0) > 0) lastSeen = performance.now() - t0;
    else if (answered) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await request;
  console.log(
    `  ${name}: answered after ${(answered / 1000).toFixed(2)} s (${code}); Neo4j busy for it until ${(lastSeen / 1000).toFixed(2)} s`,
  );
  return lastSeen;
}

async function neo4jTimes(server: Server): Promise<void> {
  console.log(
    `Neo4j-side time per hostile request (request timeout ${config().requestTimeoutMs} ms, load ${load()}):`,
  );
  const fuzzy = Array.from({ length: 32 }, (_, i) => `${"abcdefghijklmnopqrstuvwxyz"[i % 26]}*~`).join(" ");
  const longest = Math.max(
    await neo4jTime(
      server,
      "search, 32 fuzzy/wildcard terms",
      `{ search(query: ${JSON.stringify(fuzzy)}, first: 100) { score } }`,
    ),
    await neo4jTime(
      server,
      "statements where text has 32 fuzzy terms, totalCount",
      `{ statements(where: { text: ${JSON.stringify(fuzzy)} }) { totalCount } }`,
    ),
    await neo4jTime(
      server,
      "every statement with speaker, affiliations, article, about (first 100, totalCount)",
      "{ statements(first: 100) { totalCount edges { node { text speaker { ... on Person { name affiliations { roleKind organization { name } } } } article { title } about { entity { name } } } } } }",
    ),
    await neo4jTime(
      server,
      "200-character name filter with wildcards",
      `{ statements(where: { speaker: { name: ${JSON.stringify("a*".repeat(100))} } }) { totalCount } }`,
    ),
    await neo4jTime(
      server,
      "fuzzy search cancelled by the client after 100 ms",
      `{ search(query: ${JSON.stringify(fuzzy)}, first: 100) { score } }`,
      100,
    ),
  );
  console.log(`longest Neo4j-side time of a single request: ${(longest / 1000).toFixed(2)} s`);
}

/** Polls /healthz every 25 ms until `done` resolves; the latencies in ms, sorted. */
async function pollHealthz(server: Server, done: Promise<unknown>): Promise<number[]> {
  let running = true;
  void done.finally(() => {
    running = false;
  });
  const latencies: number[] = [];
  while (running) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/healthz`)).arrayBuffer();
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 25));
  }
  return latencies.sort((a, b) => a - b);
}

function latencySummary(sorted: number[]): string {
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(0);
  return (
    `${sorted.length} answers, median ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, ` +
    `${sorted.filter((l) => l >= 100).length} at or over 100 ms`
  );
}

async function healthzDuringIngest(server: Server): Promise<void> {
  // The control: the same poll for 20 s with nothing else to do, at the machine's load of the moment.
  const idle = await pollHealthz(server, new Promise((r) => setTimeout(r, 20_000)));
  console.log(`/healthz with the server idle, 20 s: ${latencySummary(idle)} (load ${load()})`);
  const seedFile = fs.readdirSync(SAMPLE_CORPUS_DIR).find((f) => f.endsWith(".txt"))!;
  const seedText = fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, seedFile), "utf8");
  let text = seedText;
  while (text.length + seedText.length < 1_990_000) text += `\n\n${seedText}`;
  const t0 = performance.now();
  const ingest = post(
    server.url,
    "mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articles { new updated failed } } }",
    { a: [{ text, title: "Bench: langer Artikel" }] },
  );
  const poll = pollHealthz(server, ingest);
  const answer = await ingest;
  const sorted = await poll;
  console.log(
    `/healthz during the ingest of a ${(text.length / 1e6).toFixed(2)} MB article (${answer.code}, ${((performance.now() - t0) / 1000).toFixed(1)} s): ` +
      `${latencySummary(sorted)} (load ${load()})`,
  );
}

async function main(): Promise<void> {
  const db = await benchNeo4j("bench:hostile", { requireEmpty: true });
  let server: Server | null = null;
  try {
    await migrate();
    console.log(
      `seeded ${await seed()} articles (sample corpus ×${copies}), one with a 1 MB text (load ${load()})`,
    );
    if (!only || only === "rss") await aliasAttacks(db.uri);
    server = await startServer(db.uri);
    if (!only || only === "neo4j") await neo4jTimes(server);
    if (!only || only === "healthz") await healthzDuringIngest(server);
  } finally {
    server?.proc.kill("SIGTERM");
    await write("MATCH (n) DETACH DELETE n").catch(() => {});
    await db.close();
  }
}

main().catch((err) => {
  console.error(`bench:hostile: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
