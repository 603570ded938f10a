// `npm run bench:ingest [-- --articles=10000 --batch-rows=4000 --per-tx=200 --profile=500 --rerun=true --e2e=false
//   --floor=false --hash=false --keep=true --neo4j-home=DIR --slices=10 --without-index=a,b --corpus-dir=DIR]`:
// generates distinct articles from the sample corpus (bench/ingest-corpus.ts), ingests them end to
// end (read, extract, write) into a throw-away local Neo4j (or NEO4J_URI, which must hold no article),
// then writes the same rows with a bare driver script at `--per-tx` articles per transaction (the
// floor, bench/ingest-floor.ts) and checks that both produce the identical graph (counts and a content
// hash). Prints articles/s of both, the ratio, peak RSS, the articles/s curve over the run, and the
// Neo4j server's CPU seconds per article (from /proc, for a local server). For archive-sized runs:
// `--hash=false` checks the graph by counts only (the hash reads the whole graph into this process),
// `--keep=true` leaves the graph in the NEO4J_URI database for the read benchmarks, `--neo4j-home` names
// that server's home so its CPU can be measured, and `--slices` sets the points of the rate curve.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { ensureSchema, ingestPaths } from "../src/ingest/ingest.ts";
import { tryExtractArticle } from "../src/ingest/pipeline.ts";
import { isInputError, readInputs } from "../src/ingest/read/read.ts";
import type { Extraction } from "../src/ingest/types.ts";
import { serverVersion } from "../src/neo4j/driver.ts";
import { write } from "../src/neo4j/run.ts";
import { deleteAllData } from "../src/neo4j/wipe.ts";
import { generateCorpus } from "./ingest-corpus.ts";
import { floorRows, writeFloor } from "./ingest-floor.ts";
import { graphCounts, graphFingerprint, neo4jCpuSeconds, neo4jCpuSplit } from "./ingest-measure.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const count = Number(arg("articles") ?? 10_000);
const batchRows = arg("batch-rows") ? Number(arg("batch-rows")) : undefined;
const perTx = Number(arg("per-tx") ?? 200);
const profileCount = Number(arg("profile") ?? 500);
const skipFloor = arg("floor") === "false";
const rerun = arg("rerun") === "true";
const skipE2e = arg("e2e") === "false";
const skipHash = arg("hash") === "false";
const keep = arg("keep") === "true";
const neo4jHome = arg("neo4j-home");
const slices = Number(arg("slices") ?? 10);
const cpuSeconds = () => neo4jCpuSeconds(neo4jHome);
const cpuSplit = () => neo4jCpuSplit(neo4jHome);
// Heap snapshots (v8.writeHeapSnapshot) after these many articles, to diff what stays live.
const snapshotsAt = new Set((arg("heap-snapshots") ?? "").split(",").filter(Boolean).map(Number));
// Attribution only: indexes dropped before the run, to measure what their upkeep costs Neo4j per
// article (the next migrate, e.g. any ingest, creates them again).
const withoutIndexes = (arg("without-index") ?? "").split(",").filter(Boolean);
// A fixed corpus folder (emptied first, removed after): the graph stores each article's file path, so
// two runs compare by content hash only when their corpus lies at the same path.
const corpusDir = arg("corpus-dir");

const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
const rssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function main(): Promise<void> {
  if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true });
  if (corpusDir) fs.mkdirSync(corpusDir, { recursive: true });
  const dir = corpusDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-corpus-"));
  const db = await benchNeo4j("bench:ingest", { requireEmpty: true });
  try {
    // The ingest's own schema step (once per process), so that an index dropped below stays dropped.
    await ensureSchema();
    for (const name of withoutIndexes) {
      if (!/^\w+$/.test(name)) throw new Error(`--without-index: not an index name: ${name}`);
      await write(`DROP INDEX ${name} IF EXISTS`);
      console.log(`dropped index ${name} for this run (attribution; migrate creates it again)`);
    }
    let t0 = performance.now();
    await generateCorpus(dir, count);
    console.log(
      `Neo4j ${await serverVersion()}, ${os.cpus().length} cores, Node ${process.version}; ` +
        `generated ${count} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s; load ${load()}`,
    );

    let e2eRate = Number.NaN;
    let e2eHash = "";
    if (!skipE2e) {
      // 1. End to end, as `newsgraph ingest <dir>` runs it.
      const curve: string[] = [];
      let last = performance.now();
      let statements = 0;
      const cpu0 = cpuSeconds();
      const split0 = cpuSplit();
      // This process's CPU (main thread, extraction workers, driver), user + system.
      const own0 = process.cpuUsage();
      const slice = Math.max(100, Math.floor(count / slices));
      // Outcomes so far, printed with each point of the curve: "settled" counts failed and unchanged
      // articles too, so a stopped run's graph is checked against new + updated, not against settled.
      const outcomes: Record<string, number> = {};
      const reasons = new Map<string, number>();
      // A stopped run (Ctrl-C, kill) says what it had committed: count the graph after this process is
      // gone (the batch in flight is rolled back with the connection) and compare with new + updated.
      const onStop = (signal: string) => {
        console.log(`stopped by ${signal}: ${JSON.stringify(outcomes)}, ${statements} statements committed`);
        process.exit(130);
      };
      process.once("SIGINT", onStop);
      process.once("SIGTERM", onStop);
      t0 = performance.now();
      const report = await ingestPaths([dir], {
        ...(batchRows ? { batchRows } : {}),
        onProgress: (e) => {
          statements += e.statements ?? 0;
          outcomes[e.outcome] = (outcomes[e.outcome] ?? 0) + 1;
          if (e.reason) {
            const why = e.reason.slice(0, 80);
            if (!reasons.has(why) && reasons.size < 5) console.log(`  failed: ${e.file}: ${e.reason}`);
            reasons.set(why, (reasons.get(why) ?? 0) + 1);
          }
          if (snapshotsAt.has(e.done)) {
            console.log(
              `  heap snapshot: ${v8.writeHeapSnapshot(path.join(os.tmpdir(), `bench-ingest-${e.done}.heapsnapshot`))}`,
            );
          }
          if (e.done % slice === 0) {
            const now = performance.now();
            // With NODE_OPTIONS=--expose-gc the heap figure is what stays live (the curve of a leak).
            (globalThis as { gc?: () => void }).gc?.();
            curve.push(
              `${e.done}: ${rate(slice, now - last)}/s rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB load ${os.loadavg()[0]?.toFixed(1)} ${JSON.stringify(outcomes)}`,
            );
            if (skipHash) console.log(`  ${curve.at(-1)}`);
            last = now;
          }
        },
      });
      const e2eMs = performance.now() - t0;
      const cpu = cpu0 === null ? null : (cpuSeconds() ?? 0) - cpu0;
      const split1 = cpuSplit();
      const own = process.cpuUsage(own0);
      const ownMs = (own.user + own.system) / 1000;
      const written = report.articles.new + report.articles.updated;
      const t = report.timings;
      console.log(
        `end to end: ${written} articles (${report.articles.failed} failed, ${statements} statements) in ` +
          `${(e2eMs / 1000).toFixed(1)} s = ${rate(written, e2eMs)} articles/s, ${rate(statements, e2eMs)} statements/s; ` +
          `peak RSS ${rssMb()} MB; load ${load()}`,
      );
      console.log(
        `  stages: waiting for input (read+extract) ${((t?.inputMs ?? 0) / 1000).toFixed(1)} s, write transactions ` +
          `${((t?.writeMs ?? 0) / 1000).toFixed(1)} s in ${t?.batches} batches (${t?.retried} retried)` +
          (cpu === null
            ? ""
            : `; Neo4j CPU ${cpu.toFixed(1)} s = ${((cpu * 1000) / written).toFixed(2)} ms/article`) +
          (cpu === null || !split0 || !split1
            ? ""
            : ` (JIT compiler ${(((split1.jit - split0.jit) * 1000) / written).toFixed(2)}, GC ${(((split1.gc - split0.gc) * 1000) / written).toFixed(2)}, the rest ${(((cpu - (split1.jit - split0.jit) - (split1.gc - split0.gc)) * 1000) / written).toFixed(2)} ms/article)`) +
          `; ingest process CPU ${(ownMs / 1000).toFixed(1)} s = ${(ownMs / written).toFixed(2)} ms/article`,
      );
      console.log(`  curve (articles/s per slice, RSS): ${curve.join("; ")}`);
      e2eRate = written / (e2eMs / 1000);
      if (skipHash) {
        const c = await graphCounts();
        console.log(`  graph: ${c.summary}`);
        // Complete: every article written is stored, with every statement it reported, each in one article.
        const checks: Array<[string, number, number]> = [
          ["articles", c.labels.get("Article") ?? 0, written],
          ["statements", c.labels.get("Statement") ?? 0, statements],
          ["REPORTED_IN", c.types.get("REPORTED_IN") ?? 0, statements],
          ["report.written.statements", report.written.statements, statements],
        ];
        const bad = checks.filter(([, got, want]) => got !== want);
        console.log(
          bad.length === 0
            ? `  counts checked: ${checks.map(([k, n]) => `${k} ${n}`).join(", ")}: complete`
            : `  COUNTS DIFFER: ${bad.map(([k, got, want]) => `${k} ${got} (expected ${want})`).join(", ")}`,
        );
      } else {
        const e2e = await graphFingerprint();
        console.log(`  graph: ${e2e.summary}; hash ${e2e.hash.slice(0, 16)}`);
        e2eHash = e2e.hash;
      }

      if (rerun) {
        t0 = performance.now();
        const again = await ingestPaths([dir], batchRows ? { batchRows } : {});
        const againMs = performance.now() - t0;
        console.log(
          `re-run (unchanged ${again.articles.unchanged}): ${rate(again.articles.unchanged, againMs)} articles/s; ` +
            `input ${((again.timings?.inputMs ?? 0) / 1000).toFixed(1)} s, write ${((again.timings?.writeMs ?? 0) / 1000).toFixed(1)} s; load ${load()}`,
        );
      }
    }
    if (skipFloor) return;

    // 2. The floor: the same rows, a bare driver, `perTx` articles per transaction.
    const extractions: Extraction[] = [];
    t0 = performance.now();
    for await (const raw of readInputs([dir])) {
      if (isInputError(raw)) continue;
      const ex = tryExtractArticle(raw);
      if (!isInputError(ex)) extractions.push(ex as Extraction);
    }
    const extractMs = performance.now() - t0;
    const rows = floorRows(extractions);
    console.log(
      `extraction alone (1 thread): ${rate(extractions.length, extractMs)} articles/s; load ${load()}`,
    );
    await deleteAllData();
    const fcpu0 = cpuSeconds();
    const floor = await writeFloor(db.uri, rows, perTx);
    const fcpu = fcpu0 === null ? null : (cpuSeconds() ?? 0) - fcpu0;
    const floorFp = await graphFingerprint();
    const floorRate = floor.articles / (floor.ms / 1000);
    console.log(
      `floor (${perTx} articles/tx): ${floor.articles} articles in ${(floor.ms / 1000).toFixed(1)} s = ` +
        `${floorRate.toFixed(1)} articles/s` +
        (fcpu === null ? "" : `; Neo4j CPU ${((fcpu * 1000) / floor.articles).toFixed(2)} ms/article`) +
        `; load ${load()}`,
    );
    console.log(
      `  graph: ${floorFp.summary}; hash ${floorFp.hash.slice(0, 16)}` +
        (e2eHash
          ? floorFp.hash === e2eHash
            ? ", IDENTICAL to the end-to-end run"
            : ", DIFFERS from the end-to-end run"
          : ""),
    );
    if (!skipE2e) console.log(`ratio end to end / floor: ${(e2eRate / floorRate).toFixed(2)}`);

    // 3. Where Neo4j's time goes: each write query timed alone over the first articles.
    if (profileCount > 0) {
      await deleteAllData();
      const sample = rows.slice(0, profileCount);
      const prof = await writeFloor(db.uri, sample, perTx, true);
      const total = [...prof.perQuery.values()].reduce((n, q) => n + q.ms, 0);
      console.log(`per query over ${sample.length} articles (awaited one by one; ms/article, rows/article):`);
      for (const [name, q] of [...prof.perQuery].sort((a, b) => b[1].ms - a[1].ms)) {
        console.log(
          `  ${name.padEnd(28)} ${(q.ms / sample.length).toFixed(3)} ms  ${(q.rows / sample.length).toFixed(1)} rows  ${((100 * q.ms) / total).toFixed(0)}%`,
        );
      }
    }
  } finally {
    if (keep) console.log(`kept the graph in ${db.uri}`);
    else await deleteAllData().catch(() => {});
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:ingest: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
