// `npm run bench:ingest`: ingest throughput into a real Neo4j.
//   1. the sample corpus end to end (read → extract → write), into an empty database;
//   2. the sample corpus repeated ×N (default 200) as distinct articles (each copy gets its own url, so
//      its own article and statement ids, while people, places and meetings are shared as in real news),
//      end to end, and the Write stage alone on the same extractions prepared beforehand.
// Options: --copies=N (200), --concurrency=N (articles written at once, default 1).
// Without NEO4J_URI it starts a throw-away local Neo4j on free ports; with NEO4J_URI the database must
// hold no Article (the bench deletes everything it wrote at the end).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { config } from "../src/config.ts";
import { DEFAULT_CONCURRENCY, ingestExtractions, ingestPaths } from "../src/ingest/ingest.ts";
import { tryExtractArticle } from "../src/ingest/pipeline.ts";
import { isInputError, readInputs } from "../src/ingest/read.ts";
import { SAMPLE_CORPUS_DIR } from "../src/ingest/sample-corpus.ts";
import type { Extraction, RawArticle } from "../src/ingest/types.ts";
import { closeDriver, serverVersion, useNeo4j } from "../src/neo4j/driver.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../src/neo4j/local-server.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { freePorts } from "../src/neo4j/ports.ts";
import { cypher } from "../src/neo4j/registry.ts";
import { read } from "../src/neo4j/run.ts";
import { deleteAllData } from "../src/neo4j/wipe.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const copies = Number(arg("copies") ?? 200);
const concurrency = Number(arg("concurrency") ?? DEFAULT_CONCURRENCY);

async function counts(): Promise<string> {
  const rows = await read<{ label: string; n: number }>(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const [rels] = await read<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
  return `${rows.map((r) => `${r.label} ${r.n}`).join(", ")}; ${rels?.n ?? 0} relationships`;
}

const rate = (n: number, ms: number) => `${(n / (ms / 1000)).toFixed(1)} articles/s`;

async function main(): Promise<void> {
  let local: LocalNeo4j | null = null;
  let tmpHome: string | null = null;
  const c = config();
  if (c.neo4jUri) {
    await useNeo4j(c.neo4jUri, c.neo4jUser, c.neo4jPassword);
    const [row] = await read<{ any: boolean }>(cypher("write/has-articles"));
    if (row?.any) {
      throw new Error(
        `${c.neo4jUri} already holds articles; the bench needs an empty database (it wipes what it wrote)`,
      );
    }
  } else {
    tmpHome = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-"));
    console.log("starting a throw-away local Neo4j …");
    const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
    local = await startLocalNeo4j({
      home: tmpHome,
      boltPort,
      httpPort,
      password: c.neo4jPassword,
      heap: c.neo4jHeap,
      pageCache: c.neo4jPageCache,
      attached: true,
      owner: "npm run bench:ingest",
    });
    await useNeo4j(local.uri, c.neo4jUser, c.neo4jPassword);
  }
  try {
    await migrate();
    console.log(
      `Neo4j ${await serverVersion()}, ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}, ${concurrency} article(s) at a time`,
    );

    // 1. Sample corpus, end to end.
    let t0 = performance.now();
    const sample = await ingestPaths([SAMPLE_CORPUS_DIR]);
    let ms = performance.now() - t0;
    const n = sample.articles.new;
    console.log(
      `sample corpus, end to end: ${n} articles in ${ms.toFixed(0)} ms = ${rate(n, ms)} ` +
        `(${sample.written.statements} statements; includes loading the lexicon)`,
    );
    t0 = performance.now();
    const again = await ingestPaths([SAMPLE_CORPUS_DIR]);
    ms = performance.now() - t0;
    console.log(
      `sample corpus, re-ingest (all unchanged: ${again.articles.unchanged}): ${rate(again.articles.unchanged, ms)}`,
    );
    await deleteAllData();

    // 2. ×copies, distinct articles.
    const raws: RawArticle[] = [];
    for await (const item of readInputs([SAMPLE_CORPUS_DIR])) if (!isInputError(item)) raws.push(item);
    const copiesOf = (k: number) =>
      raws.map((r) => ({
        ...r,
        file: `${r.file}#copy${k}`,
        meta: { ...r.meta, url: `https://bench.invalid/${k}/${path.basename(r.file)}` },
      }));

    t0 = performance.now();
    const extractions: Extraction[] = [];
    for (let k = 0; k < copies; k++) {
      for (const raw of copiesOf(k)) {
        const ex = tryExtractArticle(raw);
        if (!isInputError(ex)) extractions.push(ex as Extraction);
      }
    }
    const extractMs = performance.now() - t0;
    console.log(
      `×${copies}: extracted ${extractions.length} articles in ${extractMs.toFixed(0)} ms = ${rate(extractions.length, extractMs)} (no database)`,
    );

    t0 = performance.now();
    const written = await ingestExtractions(extractions, { concurrency });
    ms = performance.now() - t0;
    console.log(
      `×${copies}: Write stage alone: ${written.articles.new} articles in ${ms.toFixed(0)} ms = ${rate(written.articles.new, ms)} ` +
        `(${written.written.statements} statements, ${written.articles.failed} failed)`,
    );
    console.log(`  graph: ${await counts()}`);
    await deleteAllData();

    t0 = performance.now();
    async function* stream() {
      for (let k = 0; k < copies; k++) for (const raw of copiesOf(k)) yield tryExtractArticle(raw);
    }
    const e2e = await ingestExtractions(stream(), { concurrency });
    ms = performance.now() - t0;
    console.log(
      `×${copies}: end to end (extract + write): ${e2e.articles.new} articles in ${ms.toFixed(0)} ms = ${rate(e2e.articles.new, ms)}`,
    );
    await deleteAllData();
  } finally {
    await closeDriver();
    if (local) await local.stop();
    if (tmpHome) fs.rmSync(tmpHome, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:ingest: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
