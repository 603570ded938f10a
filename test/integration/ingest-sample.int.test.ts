// Ingest of the sample corpus through the real pipeline and the `newsgraph ingest` command: re-ingest
// is a no-op, a changed article replaces its own statements only, and bad input fails per file with a
// named reason while the good articles commit and the command exits non-zero.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/ingest/ingest.ts";
import { ingestSampleCorpusIfEmpty, SAMPLE_CORPUS_DIR } from "../../src/ingest/sample-corpus.ts";
import { neo4jTarget } from "../../src/neo4j/driver.ts";
import { read } from "../../src/neo4j/run.ts";
import { ingestSampleCorpus, resetDatabase } from "./support.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const ARTICLE_002 = path.join(SAMPLE_CORPUS_DIR, "002_047551f3861a38ba.txt");
// Has a title, so its id (title|source|date) survives an edit of the text; 002 has none, and an
// article without title or url is identified by its text, so an edited copy is a new article.
const ARTICLE_003 = path.join(SAMPLE_CORPUS_DIR, "003_2168dff70e21157d.txt");

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-ingest-"));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetDatabase();
});

async function counts(): Promise<{ nodes: number; rels: number; byLabel: Record<string, number> }> {
  const [row] = await read<{ nodes: number; rels: number }>(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  const labels = await read<{ label: string; n: number }>(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  return {
    nodes: row?.nodes ?? -1,
    rels: row?.rels ?? -1,
    byLabel: Object.fromEntries(labels.map((l) => [l.label, l.n])),
  };
}

/** Runs the real CLI against the test database. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = neo4jTarget();
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [path.join(ROOT, "bin/newsgraph.js"), "ingest", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password },
        timeout: 120_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("ingest: the sample corpus", () => {
  it("writes statements, people, organizations, places and meetings", async () => {
    const report = await ingestSampleCorpus();
    expect(report.articles).toEqual({ new: 5, unchanged: 0, updated: 0, failed: 0 });
    expect(report.written.statements).toBeGreaterThan(20);
    expect(report.written.people).toBeGreaterThan(10);
    expect(report.written.meetings).toBeGreaterThanOrEqual(2);
    const c = await counts();
    expect(c.byLabel.Article).toBe(5);
    expect(c.byLabel.Statement).toBe(report.written.statements);
  });

  it("npm start's start-up step ingests it into an empty database only", async () => {
    const first = await ingestSampleCorpusIfEmpty();
    expect(first?.articles.new).toBe(5);
    expect(await ingestSampleCorpusIfEmpty()).toBeNull();
  });

  it("ingesting twice leaves node and relationship counts identical", async () => {
    await ingestSampleCorpus();
    const first = await counts();
    const again = await ingestSampleCorpus();
    expect(again.articles).toEqual({ new: 0, unchanged: 5, updated: 0, failed: 0 });
    expect(await counts()).toEqual(first);
  });

  it("a changed article is 'updated': its old statements are gone, the other articles untouched", async () => {
    await ingestSampleCorpus();
    const statementsOf = async (file: string) =>
      (
        await read<{ id: string; text: string }>(
          "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.file ENDS WITH $file RETURN s.id AS id, s.text AS text ORDER BY id",
          { file },
        )
      ).map((r) => `${r.id} ${r.text}`);
    const others = [
      "000_afb17c7aae4cb7af.txt",
      "001_84b75070b8c22cdc.txt",
      "002_047551f3861a38ba.txt",
      "004_1d2aa25a484ef319.txt",
    ];
    const before = await Promise.all(others.map(statementsOf));
    const old = await read<{ id: string; text: string }>(
      "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.file ENDS WITH '003_2168dff70e21157d.txt' RETURN s.id AS id, s.text AS text",
    );
    expect(old.some((s) => s.text.includes("weiter vollends verpflichtet"))).toBe(true);

    // Same title, source and date (so the same article id), one quote reworded.
    const original = fs.readFileSync(ARTICLE_003, "utf8");
    const changed = original.replace("weiter vollends verpflichtet", "weiter ganz verpflichtet");
    expect(changed).not.toBe(original);
    const file = path.join(tmp, "003_2168dff70e21157d.txt");
    fs.writeFileSync(file, changed);
    const report = await ingestPaths([file]);
    expect(report.articles).toEqual({ new: 0, unchanged: 0, updated: 1, failed: 0 });

    const now = await read<{ id: string; text: string; file: string }>(
      "MATCH (s:Statement {articleId: $id})-[:REPORTED_IN]->(a:Article) RETURN s.id AS id, s.text AS text, a.file AS file",
      { id: report.ingested[0]?.articleId },
    );
    expect(now.every((s) => s.file === file)).toBe(true);
    expect(now.some((s) => s.text.includes("weiter ganz verpflichtet"))).toBe(true);
    expect(now.some((s) => s.text.includes("vollends"))).toBe(false);
    // Statements after the edit moved by the length difference: none of the old ids may linger.
    const stale = await read(
      "MATCH (s:Statement) WHERE s.id IN $ids AND NOT s.id IN $current RETURN s.id AS id",
      {
        ids: old.map((s) => s.id),
        current: now.map((s) => s.id),
      },
    );
    expect(stale).toEqual([]);
    expect(await Promise.all(others.map(statementsOf))).toEqual(before);
    expect((await counts()).byLabel.Article).toBe(5);
  });
});

describe("newsgraph ingest (the command)", () => {
  it("commits the good articles, names every bad file with its reason, and exits 1", async () => {
    const dir = path.join(tmp, "mixed");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(
      path.join(dir, "binary.txt"),
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
    );
    // Latin-1: ä = 0xE4, ü = 0xFC, « = 0xAB, » = 0xBB — readable after decoding, so it is ingested.
    fs.writeFileSync(
      path.join(dir, "latin1.txt"),
      Buffer.from(
        "date 2025-12-20\nBerlin (dpa) - Der Regierungssprecher sagte: \xabDie Gespr\xe4che waren gut f\xfcr alle.\xbb\n",
        "latin1",
      ),
    );
    fs.writeFileSync(
      path.join(dir, "feed.ndjson"),
      `${JSON.stringify({ title: "Gute Zeile", source: "dpa", publishedAt: "2025-12-20", text: "Berlin (dpa) - Der Kanzler sagte: „Wir reden weiter.“" })}\n{"title": "kaputt",\n`,
    );
    fs.copyFileSync(ARTICLE_002, path.join(dir, "good.txt"));

    const { code, stdout } = await cli(dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/Articles: 3 new, 0 unchanged, 0 updated, 3 failed/);
    expect(stdout).toMatch(
      /Written: \d+ statements, \d+ people, \d+ organizations, \d+ places, \d+ meetings/,
    );
    const failed = stdout.slice(stdout.indexOf("Failed:"));
    expect(failed).toMatch(/empty\.txt: .*empty/i);
    expect(failed).toMatch(/binary\.txt: .*binary/i);
    expect(failed).toMatch(/feed\.ndjson(:|#)2: .*JSON/i);
    expect(failed).not.toMatch(/latin1|good\.txt|feed\.ndjson(:|#)1/);

    const articles = await read<{ file: string; text: string }>(
      "MATCH (a:Article) RETURN a.file AS file, a.text AS text ORDER BY file",
    );
    expect(articles.map((a) => path.basename(a.file.replace(/#\d+$/, "")))).toEqual([
      "feed.ndjson",
      "good.txt",
      "latin1.txt",
    ]);
    expect(articles.find((a) => a.file.endsWith("latin1.txt"))?.text).toContain(
      "Die Gespräche waren gut für alle.",
    );
    expect(
      await read(
        "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) WHERE a.file ENDS WITH 'good.txt' RETURN s",
      ),
    ).not.toHaveLength(0);
  });

  it("exits 0 with a summary when everything ingests, and reports unchanged articles on the second run", async () => {
    const first = await cli("--quiet", SAMPLE_CORPUS_DIR);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Articles: 5 new, 0 unchanged, 0 updated, 0 failed/);
    const second = await cli("--json", SAMPLE_CORPUS_DIR);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(report.articles).toEqual({ new: 0, unchanged: 5, updated: 0, failed: 0 });
    expect(report.failures).toEqual([]);
  });

  it("refuses to run without files (exit 2, usage)", async () => {
    const { code, stderr } = await cli();
    expect(code).toBe(2);
    expect(stderr).toMatch(/no files or folders given/);
  });
});
