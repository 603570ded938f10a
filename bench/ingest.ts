import os from "node:os";
import path from "node:path";
import { DEFAULT_CONCURRENCY, ingestExtractions, ingestPaths } from "../src/ingest/ingest.ts";
import { tryExtractArticle } from "../src/ingest/pipeline.ts";
import { isInputError, readInputs } from "../src/ingest/read/read.ts";
import { SAMPLE_CORPUS_DIR } from "../src/ingest/sample-corpus.ts";
import type { Extraction, RawArticle } from "../src/ingest/types.ts";
import { serverVersion } from "../src/neo4j/driver.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { read } from "../src/neo4j/run.ts";
import { deleteAllData } from "../src/neo4j/wipe.ts";
import { benchNeo4j } from "./neo4j.ts";

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
  const { close } = await benchNeo4j("bench:ingest", { requireEmpty: true });
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
    await close();
  }
}

main().catch((err) => {
  console.error(`bench:ingest: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
