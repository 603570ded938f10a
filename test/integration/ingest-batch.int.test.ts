// The batch writer (src/ingest/write/batch.ts) against a real Neo4j: a batch of many articles gives
// the graph that writing them one by one gives (shared people, meetings and affiliations updated in
// input order, an update in the middle of a batch), a re-run finds every article unchanged with one
// lookup per batch, and articles that share title, source and date stay apart inside one batch.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/ingest-corpus.ts";
import { type IngestProgress, ingestExtractions, ingestPaths } from "../../src/ingest/ingest.ts";
import type { Extraction } from "../../src/ingest/types.ts";
import { writeExtraction } from "../../src/ingest/write/write.ts";
import { read } from "../../src/neo4j/run.ts";
import { articleA, articleB, articleC, makeExtraction } from "../fixtures/write-extraction.ts";
import { resetDatabase } from "./support.ts";

let dir = "";

beforeAll(async () => {
  dir = await generateCorpus(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-batch-")), 30);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetDatabase();
});

/** Every node and relationship with its properties (ingestedAt aside), hashed in a stable order. */
async function graphHash(): Promise<string> {
  const lines = await read<{ line: string }>(
    `CALL {
       MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + ':' + l) AS a, '' AS t, '' AS b, n {.*} AS p
       UNION ALL
       MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS t, y.id AS b, r {.*} AS p
     }
     RETURN a + ' ' + t + ' ' + b + ' ' +
       reduce(s = '', k IN [k IN keys(p) WHERE k <> 'ingestedAt'] | s + k + '=' + toString(p[k]) + ';') AS line
     ORDER BY line`,
  ).catch(async () => {
    // toString() rejects lists: fall back to JSON of the properties, sorted in JS.
    const rows = await read<{ a: string; t: string; b: string; p: Record<string, unknown> }>(
      `MATCH (n) RETURN reduce(s = '', l IN labels(n) | s + ':' + l) AS a, '' AS t, '' AS b, n {.*} AS p
       UNION ALL
       MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS t, y.id AS b, r {.*} AS p`,
    );
    return rows.map((r) => ({
      line: `${r.a} ${r.t} ${r.b} ${JSON.stringify(
        Object.keys(r.p)
          .filter((k) => k !== "ingestedAt")
          .sort()
          .map((k) => [k, r.p[k]]),
      )}`,
    }));
  });
  return createHash("sha256")
    .update(
      lines
        .map((l) => l.line)
        .sort()
        .join("\n"),
    )
    .digest("hex");
}

describe("batched writes", () => {
  it("a run in batches gives the graph of a run article by article (generated corpus)", async () => {
    const one = await ingestPaths([dir], { batchRows: 1 });
    expect(one.articles.new).toBe(30);
    expect(one.timings?.batches).toBe(30);
    const expected = await graphHash();
    await resetDatabase();
    const batched = await ingestPaths([dir], { batchRows: 100_000 });
    expect(batched.timings?.batches).toBe(1);
    expect(batched.articles).toEqual(one.articles);
    expect(batched.written).toEqual(one.written);
    expect(batched.ingested.map((i) => i.articleId)).toEqual(one.ingested.map((i) => i.articleId));
    expect(await graphHash()).toBe(expected);
  }, 300_000);

  it("an update inside a batch gives the graph of writing one by one", async () => {
    const items = () => [articleA(), articleB(), articleC(), articleA("v2"), articleB()];
    const one = await ingestExtractions(items(), { batchRows: 1 });
    const expected = await graphHash();
    await resetDatabase();
    const batched = await ingestExtractions(items(), { batchRows: 100_000 });
    expect(batched.articles).toEqual({ new: 3, unchanged: 1, updated: 1, failed: 0 });
    expect(batched.ingested).toEqual(one.ingested);
    expect(await graphHash()).toBe(expected);
  }, 300_000);

  it("the batch writer (CREATE for what an article owns) gives the graph of the one-by-one writer (MERGE throughout)", async () => {
    const items = () => [articleA(), articleB(), articleC(), articleA("v2"), articleB()];
    const outcomes: string[] = [];
    for (const ex of items()) outcomes.push((await writeExtraction(ex)).outcome);
    expect(outcomes).toEqual(["new", "new", "new", "updated", "unchanged"]);
    const expected = await graphHash();
    await resetDatabase();
    const batched = await ingestExtractions(items(), { batchRows: 100_000 });
    expect(batched.articles).toEqual({ new: 3, unchanged: 1, updated: 1, failed: 0 });
    expect(await graphHash()).toBe(expected);
  }, 300_000);

  it("two writers of the same new articles at the same time give one copy of each, as one run does", async () => {
    const items = () => [articleA(), articleB(), articleC()];
    await ingestExtractions(items(), { batchRows: 100_000 });
    const expected = await graphHash();
    await resetDatabase();
    // Both batches find the articles absent; whichever commits second fails on the Article id
    // constraint (write/articles-new) and its one-by-one fallback finds them unchanged.
    const [x, y] = await Promise.all([
      ingestExtractions(items(), { batchRows: 100_000 }),
      ingestExtractions(items(), { batchRows: 100_000 }),
    ]);
    expect(x.articles.failed + y.articles.failed).toBe(0);
    expect(x.articles.new + y.articles.new).toBe(3);
    expect(x.articles.unchanged + y.articles.unchanged).toBe(3);
    expect(await graphHash()).toBe(expected);
  }, 300_000);

  it("a re-run reports every article unchanged, writes nothing, and reports statements and timings", async () => {
    const events: IngestProgress[] = [];
    const first = await ingestPaths([dir], { onProgress: (e) => events.push(e) });
    const statements = events.reduce((n, e) => n + (e.statements ?? 0), 0);
    expect(statements).toBe(first.written.statements);
    expect(events.every((e) => typeof e.articleId === "string")).toBe(true);
    const before = await graphHash();
    const again = await ingestPaths([dir]);
    expect(again.articles).toEqual({ new: 0, unchanged: 30, updated: 0, failed: 0 });
    expect(again.timings?.batches).toBeGreaterThan(0);
    expect(again.timings?.retried).toBe(0);
    expect(await graphHash()).toBe(before);
  }, 300_000);
});

describe("article identity in batches", () => {
  /** Many files under one headline (title, source, date), each with its own text. */
  function copy(n: number): Extraction {
    const quote = `Wir reden zum ${n}. Mal weiter.`;
    const ex = makeExtraction({
      id: "art-aaaaaaaaaaaaaaaa",
      file: `kopien/${n}.txt`,
      publishedAt: "2025-12-21",
      text: `Porto (tp) - Anna Muster sagte: «${quote}»`,
      statements: [{ text: quote, speaker: "anna-muster" }],
      entities: ["anna-muster"],
    });
    ex.article.title = "Eine Überschrift für alle";
    return ex;
  }

  it("40 files that share a headline stay 40 articles, also when they arrive in one batch", async () => {
    const items = Array.from({ length: 40 }, (_, n) => copy(n));
    const report = await ingestExtractions(items, { batchRows: 100_000 });
    expect(report.articles).toEqual({ new: 40, unchanged: 0, updated: 0, failed: 0 });
    expect(new Set(report.ingested.map((i) => i.articleId)).size).toBe(40);
    const [row] = await read<{ n: number; files: number }>(
      "MATCH (a:Article {title: 'Eine Überschrift für alle'}) RETURN count(a) AS n, count(DISTINCT a.file) AS files",
    );
    expect(row).toEqual({ n: 40, files: 40 });
    // The later ones name the articles they share the headline with.
    expect(report.ingested[1]?.sameHeadline.map((r) => r.file)).toEqual(["kopien/0.txt"]);

    const again = await ingestExtractions(
      Array.from({ length: 40 }, (_, n) => copy(n)),
      { batchRows: 100_000 },
    );
    expect(again.articles).toEqual({ new: 0, unchanged: 40, updated: 0, failed: 0 });
  }, 300_000);

  it("an edited file among them is an update that names its file", async () => {
    await ingestExtractions(
      Array.from({ length: 5 }, (_, n) => copy(n)),
      { batchRows: 100_000 },
    );
    const edited = copy(3);
    edited.article.text = `${edited.article.text} Nachtrag.`;
    edited.article.contentHash = createHash("sha256").update(edited.article.text).digest("hex");
    const report = await ingestExtractions([copy(1), edited], { batchRows: 100_000 });
    expect(report.articles).toEqual({ new: 0, unchanged: 1, updated: 1, failed: 0 });
    expect(report.ingested[1]?.replaced.map((r) => r.file)).toEqual(["kopien/3.txt"]);
  });
});
