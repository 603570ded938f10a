// The ingest report in constant memory per article (src/ingest/ingest.ts ReportBuilder): its lists are
// bounded and say what they left out, its counts still cover every article, and the statement count is
// kept as a running sum that an update of an article the same run wrote takes back — so that it equals
// the statements in the graph without remembering every article.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ingestExtractions } from "../../src/ingest/ingest.ts";
import type { Extraction, InputError } from "../../src/ingest/types.ts";
import { writeExtraction } from "../../src/ingest/write/write.ts";
import { read } from "../../src/neo4j/run.ts";
import { articleA, articleB, articleC, makeExtraction } from "../fixtures/write-extraction.ts";
import { resetDatabase } from "./support.ts";

beforeAll(async () => {
  await resetDatabase();
});

afterAll(async () => {
  await resetDatabase();
});

beforeEach(async () => {
  await resetDatabase();
});

/** A small article of its own: one statement by Anna Muster. */
function small(n: number): Extraction {
  const quote = `Wir verhandeln zum ${n}. Mal.`;
  return makeExtraction({
    id: `art-${String(n).padStart(16, "0")}`,
    file: `klein/${n}.txt`,
    text: `Porto (tp) - Anna Muster sagte: «${quote}»`,
    statements: [{ text: quote, speaker: "anna-muster" }],
    entities: ["anna-muster"],
  });
}

const broken = (n: number): InputError => ({ file: `kaputt/${n}.txt`, reason: `unreadable ${n}` });

async function statementsInGraph(): Promise<number> {
  const [row] = await read<{ n: number }>("MATCH (s:Statement) RETURN count(s) AS n");
  return Number(row?.n ?? -1);
}

describe("the ingest report at archive scale", () => {
  it("lists at most listLimit entries per list, in input order, and counts every article", async () => {
    const items: Array<Extraction | InputError> = [
      small(1),
      broken(1),
      small(2),
      small(3),
      broken(2),
      small(4),
      broken(3),
      small(5),
    ];
    const report = await ingestExtractions(items, { listLimit: 2, batchRows: 3 });
    expect(report.articles).toEqual({ new: 5, unchanged: 0, updated: 0, failed: 3 });
    expect(report.ingested.map((i) => i.file)).toEqual(["klein/1.txt", "klein/2.txt"]);
    expect(report.failures).toEqual([
      { file: "kaputt/1.txt", reason: "unreadable 1" },
      { file: "kaputt/2.txt", reason: "unreadable 2" },
    ]);
    expect(report.omitted).toEqual({ ingested: 3, failures: 1 });
    expect(report.written.statements).toBe(5);
    expect(report.written.statements).toBe(await statementsInGraph());
    // Every article is still counted by id: one person across all five.
    expect(report.written.people).toBe(1);
  });

  it("keeps listing updates after the plain articles filled their list", async () => {
    await ingestExtractions([articleA("v1")]);
    const report = await ingestExtractions([small(1), small(2), small(3), articleA("v2")], {
      listLimit: 2,
    });
    expect(report.articles).toEqual({ new: 3, unchanged: 0, updated: 1, failed: 0 });
    expect(report.ingested.map((i) => [i.file, i.outcome])).toEqual([
      ["klein/1.txt", "new"],
      ["klein/2.txt", "new"],
      [articleA("v2").file, "updated"],
    ]);
    expect(report.omitted).toEqual({ ingested: 1, failures: 0 });
  });

  it("counts an article the run wrote twice once, by its last version", async () => {
    const v1 = articleA("v1");
    const v2 = articleA("v2");
    // v1 and v2 land in different batches (two versions of one article never share one).
    const report = await ingestExtractions([articleB(), v1, articleC(), v2], { batchRows: 100_000 });
    expect(report.articles).toEqual({ new: 3, unchanged: 0, updated: 1, failed: 0 });
    expect(report.written.statements).toBe(await statementsInGraph());
    const [a] = await read<{ texts: string[] }>(
      "MATCH (s:Statement {articleId: $id}) RETURN collect(s.text) AS texts",
      { id: v2.article.id },
    );
    expect(a?.texts).toEqual(v2.statements.map((s) => s.text));
  });

  it("does not take back statements of a version an earlier run wrote", async () => {
    const first = await ingestExtractions([articleA("v1"), articleB()]);
    const second = await ingestExtractions([articleA("v2")]);
    expect(second.articles.updated).toBe(1);
    // The second run wrote v2's statements; v1's were counted by the first run.
    expect(second.written.statements).toBe(articleA("v2").statements.length);
    expect(first.written.statements + second.written.statements - articleA("v1").statements.length).toBe(
      await statementsInGraph(),
    );
  });

  it("the one-by-one writer (the batch's fallback) reports what an update took back", async () => {
    const since = new Date().toISOString();
    const v1 = await writeExtraction(articleA("v1"), { since });
    const v2 = await writeExtraction(articleA("v2"), { since });
    expect(v1.retracted).toBeUndefined();
    expect(v2.outcome).toBe("updated");
    expect(v2.retracted).toBe(articleA("v1").statements.length);
    // A version stored before `since` is another run's: nothing to take back.
    const later = new Date(Date.now() + 1000).toISOString();
    const v3 = await writeExtraction(articleA("v1"), { since: later });
    expect(v3.outcome).toBe("updated");
    expect(v3.retracted).toBeUndefined();
  });
});
