import { writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { countArticles, formatProgress, Meter } from "../../../src/commands/ingest-progress.ts";
import type { IngestProgress } from "../../../src/ingest/ingest.ts";
import { tempDir } from "../../temp-dir.ts";

const event = (done: number, outcome: IngestProgress["outcome"], statements?: number): IngestProgress =>
  ({
    done,
    file: `a${done}.txt`,
    outcome,
    ...(statements !== undefined ? { statements } : {}),
  }) as IngestProgress;

describe("ingest progress", () => {
  it("measures articles/s and statements/s over the recent window, and counts failures", () => {
    const m = new Meter(0, 10_000);
    // 10 articles in the first 10 s, then 40 in the next 10 s: the rate follows the recent pace
    for (let i = 1; i <= 10; i++) m.add(event(i, "new", 5), i * 1000);
    for (let i = 11; i <= 50; i++)
      m.add(event(i, i % 10 === 0 ? "failed" : "new", 3), 10_000 + (i - 10) * 250);
    const s = m.snapshot(20_000);
    expect(s).toMatchObject({ done: 50, failed: 4, statements: 50 + 36 * 3 + 4 * 3, seconds: 20 });
    expect(s.articlesPerSecond).toBeGreaterThan(3.5);
    expect(s.articlesPerSecond).toBeLessThanOrEqual(4.1);
  });

  it("shows an ETA only when the total is known", () => {
    const s = {
      done: 100,
      failed: 2,
      statements: 1500,
      seconds: 10,
      articlesPerSecond: 10,
      statementsPerSecond: 150,
    };
    expect(formatProgress(s, 700)).toBe(
      "100/700 articles | 10.0 articles/s | 150 statements/s | ETA 1 min 0 s | 2 failed",
    );
    expect(formatProgress(s, null)).toBe("100 articles | 10.0 articles/s | 150 statements/s | 2 failed");
  });

  it("counts articles without reading them: files, JSON lines; unknown for stdin and gzip lines", async () => {
    const dir = tempDir("ng-count-");
    writeFileSync(path.join(dir, "a.txt"), "Text");
    writeFileSync(path.join(dir, "b.ndjson"), '{"text":"x"}\n{"text":"y"}\n{"text":"z"}');
    writeFileSync(path.join(dir, "c.txt.gz"), gzipSync("Text"));
    expect(await countArticles([dir], null)).toBe(5);
    expect(await countArticles([dir], { index: 1, count: 2 })).toBe(3);
    expect(await countArticles([dir, "-"], null)).toBeNull();
    writeFileSync(path.join(dir, "d.ndjson.gz"), gzipSync('{"text":"x"}\n'));
    expect(await countArticles([dir], null)).toBeNull();
  });
});
