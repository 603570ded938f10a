import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractStream, readAndExtract } from "../../../../src/ingest/pipeline.ts";
import type { ReadResult } from "../../../../src/ingest/read/parse.ts";
import type { Extraction, InputError } from "../../../../src/ingest/types.ts";
import { extractOnPool } from "../../../../src/ingest/workers/pool.ts";
import { tempDir } from "../../../temp-dir.ts";

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

// Worker threads load the pipeline themselves (tsx, lexicon, dictionary): seconds on a busy machine.
const SLOW = 120_000;

describe("extraction on a worker pool", () => {
  it(
    "gives byte-identical Extractions, in input order, to the in-process path (seeds, bad inputs, HTML)",
    async () => {
      const paths = ["data/articles", "test/fixtures/articles"];
      const inProcess = (await all(readAndExtract(paths))).map((x) => JSON.stringify(x));
      const pooled = (await all(extractStream(paths, { workers: 2 }))).map((x) => JSON.stringify(x));
      expect(inProcess.length).toBeGreaterThan(10);
      expect(pooled).toEqual(inProcess);
    },
    SLOW,
  );

  it(
    "reads an undated article against the latest date earlier in the input, as in process",
    async () => {
      const dir = tempDir("ng-pool-batch-");
      writeFileSync(
        path.join(dir, "a.txt"),
        "Gespräche in Genf\n\ndate 2026-03-16\n\nDie Unterhändler trafen sich am Wochenende in Genf.\n",
      );
      writeFileSync(
        path.join(dir, "b.txt"),
        "Nachlese\n\nAm Wochenende hatten die Unterhändler in Genf verhandelt.\n",
      );
      const batch = (await all(extractStream([dir], { workers: 2 }))) as Extraction[];
      expect(batch[1]!.article.publishedAt).toBeNull();
      expect(batch[1]!.meetings.map((m) => m.id)).toEqual(["meeting-genf-2026-03"]);
    },
    SLOW,
  );

  it(
    "splits the input into shards whose Extractions are the single run's, undated articles included",
    async () => {
      const dir = tempDir("ng-pool-shard-");
      const files = ["000_afb17c7aae4cb7af.txt", "001_84b75070b8c22cdc.txt", "003_2168dff70e21157d.txt"];
      for (const f of files) writeFileSync(path.join(dir, f), readFileSync(path.join("data/articles", f)));
      // 003 is undated: it is read against 001's date whichever shard holds 001
      const paths = [dir, "test/fixtures/articles/lines.ndjson"];
      const single = (await all(readAndExtract(paths))).map((x) => JSON.stringify(x));
      for (const workers of [1, 2]) {
        const shards = await Promise.all(
          [1, 2].map(async (index) =>
            (await all(extractStream(paths, { workers, shard: { index, count: 2 } }))).map((x) =>
              JSON.stringify(x),
            ),
          ),
        );
        expect(shards[0]!.length).toBeGreaterThan(0);
        expect(shards[1]!.length).toBeGreaterThan(0);
        expect([...shards[0]!, ...shards[1]!].sort()).toEqual([...single].sort());
      }
    },
    SLOW,
  );

  it(
    "reads no further ahead of its consumer than its window",
    async () => {
      let read = 0;
      async function* source(): AsyncGenerator<ReadResult> {
        for (let i = 0; i < 40; i++) {
          read++;
          yield {
            file: `n${i}.txt`,
            format: "txt",
            meta: {},
            text: `Der Rat tagte zum ${i + 1}. Mal.\n`,
            warnings: [],
          };
        }
      }
      const out = extractOnPool(source(), { workers: 2, window: 4 });
      const first = (await out.next()).value as Extraction | InputError;
      expect(first.file).toBe("n0.txt");
      expect(read).toBeLessThanOrEqual(4);
      const rest = await all({ [Symbol.asyncIterator]: () => out });
      expect(rest.map((x) => x.file)).toEqual(Array.from({ length: 39 }, (_, i) => `n${i + 1}.txt`));
    },
    SLOW,
  );
});
