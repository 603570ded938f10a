// `npm run bench:export`: time and peak memory of each export format on a graph of ≥10,000 statements.
//   1. the sample corpus goes through the real pipeline and writer (so every property has the writer's
//      types), then its articles with their statements, mentions and edges are cloned in Cypher until
//      there are --statements=N statements (default 10,000) — entities stay shared, as in real news;
//   2. each format is exported in a fresh child process (so its peak RSS is its own), reading the
//      graph in pages, writing to a temp folder; the file size shows how much did NOT stay in memory.
// Options: --statements=N, --page-size=N (1000), --formats=cypher,csv,graphml,json, --keep (leave the
// synthesized graph in the NEO4J_URI database for a look)
// Without NEO4J_URI it starts a throw-away local Neo4j on free ports; with NEO4J_URI the database must
// hold no Article (the bench deletes everything it wrote at the end).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { config } from "../src/config.ts";
import { type ExportFormat, FORMATS, isFormat, runExport } from "../src/export/export.ts";
import { wholeGraph } from "../src/export/source.ts";
import { ingestSampleCorpus } from "../src/ingest/sample-corpus.ts";
import { closeDriver, serverVersion, useNeo4j } from "../src/neo4j/driver.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { read, write } from "../src/neo4j/run.ts";
import { deleteAllData } from "../src/neo4j/wipe.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SELF = fileURLToPath(import.meta.url);

// Bench-only Cypher (not part of the product): clone every original article ($copies times) with its
// statements, their SAID_BY/ABOUT/VIA edges and the article's MENTIONS. Clone ids follow the id scheme
// (statement id = article id + span), so the export sees what ingest of distinct articles would write.
const CLONE = `
UNWIND $copies AS copy
MATCH (a:Article) WHERE NOT a.id CONTAINS '~'
// Labels go on after the new id: with the label first, copying the original id would hit the constraint.
CREATE (a2)
SET a2 = properties(a), a2.id = a.id + '~' + copy, a2.url = coalesce(a.url, a.file) + '#' + copy, a2:Article
WITH copy, a, a2
CALL (a, a2) {
  MATCH (a)-[m:MENTIONS]->(x)
  CREATE (a2)-[m2:MENTIONS]->(x) SET m2 = properties(m)
}
CALL (a, a2) {
  MATCH (s:Statement)-[r:REPORTED_IN]->(a)
  CREATE (s2)
  SET s2 = properties(s), s2.articleId = a2.id, s2.id = a2.id + ':' + toString(s.start) + '-' + toString(s.end),
    s2:Statement
  CREATE (s2)-[r2:REPORTED_IN]->(a2) SET r2 = properties(r)
  WITH s, s2, a2
  MATCH (s)-[o:SAID_BY|ABOUT|VIA]->(x)
  CREATE (s2)-[o2:$(type(o))]->(x)
  SET o2 = properties(o), o2.articleId = a2.id
}`;

function size(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((sum, f) => sum + size(path.join(p, f)), 0);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** One export in this (child) process; prints its figures as JSON on the last line. */
async function child(format: ExportFormat, out: string, pageSize: number): Promise<void> {
  const c = config();
  await useNeo4j(c.neo4jUri ?? "", c.neo4jUser, c.neo4jPassword);
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const stats = await runExport(format, wholeGraph(pageSize), out);
  const ms = performance.now() - started;
  await closeDriver();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ...stats, ms, baseRss, maxRss }));
}

async function main(): Promise<void> {
  const childFormat = arg("child");
  const pageSize = Number(arg("page-size") ?? 1000);
  if (childFormat) {
    if (!isFormat(childFormat)) throw new Error(`--child=${childFormat}: not a format`);
    return child(childFormat, arg("out") ?? "", pageSize);
  }
  const target = Number(arg("statements") ?? 10_000);
  const formats = (arg("formats")?.split(",") ?? [...FORMATS]).filter(isFormat);

  const { uri, close } = await benchNeo4j("bench:export", { requireEmpty: true });
  const c = config();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-bench-export-out-"));
  try {
    console.log(`Neo4j ${await serverVersion()} at ${uri}`);
    await migrate();
    await ingestSampleCorpus();
    const [base] = await read<{ n: number }>("MATCH (s:Statement) RETURN count(s) AS n");
    const perCopy = base?.n ?? 0;
    if (perCopy === 0) throw new Error("the sample corpus produced no statements; nothing to bench");
    const copies = Math.ceil(Math.max(0, target - perCopy) / perCopy);
    const synthStart = performance.now();
    for (let i = 1; i <= copies; i += 20) {
      const batch = Array.from({ length: Math.min(20, copies - i + 1) }, (_, k) => i + k);
      await write(CLONE, { copies: batch }, { timeoutMs: 600_000 });
    }
    const [totals] = await read<{ statements: number; nodes: number; rels: number }>(
      "CALL () { MATCH (s:Statement) RETURN count(s) AS statements } CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN statements, nodes, rels",
    );
    console.log(
      `graph: ${totals?.statements} statements (${perCopy} from the sample corpus × ${copies + 1}), ` +
        `${totals?.nodes} nodes, ${totals?.rels} relationships — synthesized in ${((performance.now() - synthStart) / 1000).toFixed(1)} s`,
    );
    await closeDriver();

    console.log(
      `\nformat    time      nodes/s   output      peak RSS   (RSS before export)   page size ${pageSize}`,
    );
    for (const format of formats) {
      const out = path.join(outDir, format === "csv" ? "csv" : `graph.${format}`);
      const res = spawnSync(
        process.execPath,
        [...process.execArgv, SELF, `--child=${format}`, `--out=${out}`, `--page-size=${pageSize}`],
        {
          env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: c.neo4jUser, NEO4J_PASSWORD: c.neo4jPassword },
          encoding: "utf8",
        },
      );
      if (res.status !== 0) throw new Error(`export ${format} failed:\n${res.stderr}`);
      const last = res.stdout.trim().split("\n").pop() ?? "{}";
      const r = JSON.parse(last) as {
        nodes: number;
        relationships: number;
        ms: number;
        baseRss: number;
        maxRss: number;
      };
      console.log(
        `${format.padEnd(9)} ${`${(r.ms / 1000).toFixed(2)} s`.padEnd(9)} ${String(Math.round(r.nodes / (r.ms / 1000))).padEnd(9)} ` +
          `${mb(size(out)).padEnd(11)} ${mb(r.maxRss).padEnd(10)} (${mb(r.baseRss)})`,
      );
    }
    await useNeo4j(uri, c.neo4jUser, c.neo4jPassword);
    if (!process.argv.includes("--keep")) await deleteAllData();
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
    await close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench:export: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
