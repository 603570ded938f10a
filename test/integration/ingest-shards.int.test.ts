// `newsgraph ingest --shard i/n`: two processes over disjoint shards of one input, running at the same
// time against one Neo4j, give the graph one process gives — no duplicate nodes, equal counts — even
// where the shards share people, places and (copies of) the same article. Also the CLI's other inputs:
// gzip, standard input and a neo4j:// URI (routing) against the local single server.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SAMPLE_CORPUS_DIR } from "../../src/ingest/sample-corpus.ts";
import { neo4jTarget } from "../../src/neo4j/driver.ts";
import { read } from "../../src/neo4j/run.ts";
import { resetDatabase } from "./support.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SLOW = 600_000;

function env(uri = neo4jTarget().uri): NodeJS.ProcessEnv {
  const t = neo4jTarget();
  return { ...process.env, NEO4J_URI: uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password };
}

async function cli(args: string[], opts: { uri?: string; stdin?: Buffer } = {}) {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/newsgraph.js"), "ingest", ...args], {
    cwd: ROOT,
    env: env(opts.uri),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(opts.stdin ?? Buffer.alloc(0));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

async function graph() {
  const [row] = await read<{ nodes: number; rels: number }>(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const labels = await read<{ label: string; n: number }>(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const [dupes] = await read<{ n: number }>(
    "MATCH (n) WHERE n.id IS NOT NULL WITH labels(n) AS l, n.id AS id, count(*) AS c WHERE c > 1 RETURN count(*) AS n",
  );
  return {
    nodes: row?.nodes,
    rels: row?.rels,
    byLabel: Object.fromEntries(labels.map((l) => [l.label, l.n])),
    duplicateIds: dupes?.n,
  };
}

let input: string;

beforeAll(() => {
  // The sample corpus, the same articles again as JSON lines with urls, and an identical copy of two
  // files under other names: every person and place is in both shards, some articles too.
  input = fs.mkdtempSync(path.join(os.tmpdir(), "ng-shards-"));
  const files = fs
    .readdirSync(SAMPLE_CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  for (const f of files) fs.copyFileSync(path.join(SAMPLE_CORPUS_DIR, f), path.join(input, f));
  for (const f of files.slice(0, 2))
    fs.copyFileSync(path.join(SAMPLE_CORPUS_DIR, f), path.join(input, `copy-${f}`));
  const lines = files.map((f, i) =>
    JSON.stringify({
      url: `https://beispiel.example/${i}`,
      publishedAt: `2026-01-${10 + i}`,
      title: `Meldung ${i}`,
      text: fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, f), "utf8"),
    }),
  );
  fs.writeFileSync(path.join(input, "feed.ndjson.gz"), gzipSync(`${lines.join("\n")}\n`));
});

afterAll(() => {
  fs.rmSync(input, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetDatabase();
});

describe("ingest --shard i/n", () => {
  it(
    "two shards at once write the graph one run writes: equal counts, no duplicate nodes",
    async () => {
      const single = await cli(["--workers", "1", input]);
      expect(single.code, single.stderr + single.stdout).toBe(0);
      expect(single.stdout).toMatch(/Articles: \d+ new/);
      const one = await graph();
      expect(one.duplicateIds).toBe(0);
      expect(one.byLabel.Statement).toBeGreaterThan(20);

      await resetDatabase();
      const [a, b] = await Promise.all([
        cli(["--workers", "2", "--shard", "1/2", input]),
        cli(["--workers", "1", "--shard=2/2", input]),
      ]);
      expect(a.code, a.stderr + a.stdout).toBe(0);
      expect(b.code, b.stderr + b.stdout).toBe(0);
      const articles = (out: string) => {
        const m = /Articles: (\d+) new, (\d+) unchanged, (\d+) updated/.exec(out);
        return m ? Number(m[1]) + Number(m[2]) + Number(m[3]) : -1;
      };
      // disjoint and complete: the shards' articles add up to the single run's, each shard has some
      expect(articles(a.stdout)).toBeGreaterThan(0);
      expect(articles(b.stdout)).toBeGreaterThan(0);
      expect(articles(a.stdout) + articles(b.stdout)).toBe(articles(single.stdout));
      expect(await graph()).toEqual(one);
    },
    SLOW,
  );

  it(
    "reads JSON lines from standard input, gzip-compressed, through a neo4j:// URI",
    async () => {
      const uri = neo4jTarget().uri.replace(/^bolt:/, "neo4j:");
      const text = fs.readFileSync(path.join(SAMPLE_CORPUS_DIR, "003_2168dff70e21157d.txt"), "utf8");
      const ndjson = `${JSON.stringify({ url: "https://beispiel.example/stdin", text })}\nkaputt\n`;
      const r = await cli(["--workers", "1", "-"], { uri, stdin: gzipSync(ndjson) });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/Articles: 1 new, 0 unchanged, 0 updated, 1 failed/);
      expect(r.stdout).toContain("<stdin>:2: invalid JSON line");
      const [row] = await read<{ n: number }>(
        "MATCH (a:Article {url: 'https://beispiel.example/stdin'}) RETURN count(a) AS n",
      );
      expect(row?.n).toBe(1);
    },
    SLOW,
  );
});
