// Extraction on every core: raw articles go to a pool of worker threads (piscina) and come back in
// input order. At most `window` articles are in flight or waiting to be taken, and nothing more is read
// until the consumer (the writer) takes the oldest, so memory stays bounded whatever the input's size.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { referenceOf } from "../link/dates.ts";
import { isInputError, type ReadArticle, type ReadResult } from "../read/parse.ts";
import type { Extraction, InputError } from "../types.ts";
import { LatestDate } from "./latest-date.ts";
import { inShard, type Shard } from "./shard.ts";

type Result = Extraction | InputError;

/** What a pool thread gets per article (extract-task.ts). */
export interface ExtractTask {
  raw: ReadArticle;
  /** The date an undated article is read against (see batchExtractor); null for none. */
  fallback: string | null;
  /** Another shard's article: only its publication date is wanted (pipeline.ts publicationDate). */
  dateOnly?: boolean;
}

/** What a dateOnly task gives back. */
export interface DateOnly {
  dateOnly: string | null;
}

export interface PoolOptions {
  /** Worker threads (≥ 1). */
  workers: number;
  /**
   * Articles read ahead of the consumer (default 32 per worker): enough to keep the workers busy while
   * the writer commits a batch, small enough that memory does not depend on the input.
   */
  window?: number;
  /** A pool to use (and leave running), e.g. one the benchmark warmed up; else one for this call. */
  pool?: Piscina<ExtractTask, Result | DateOnly>;
  /** Extract only this shard's articles; the others are read for their dates (see ExtractTask). */
  shard?: Shard | null;
}

/** A pool of `threads` extraction threads. */
export function createExtractPool(threads: number): Piscina<ExtractTask, Result | DateOnly> {
  return new Piscina<ExtractTask, Result | DateOnly>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Extraction allocates ~0.9 MB per article, and with V8's default 16 MB semi-spaces each article still
    // in flight is copied at a scavenge every ~15 articles and often promoted; 32 MB semi-spaces (young
    // generation = 3 × semi-space) halve the scavenges and gave 10–25% more articles per CPU second.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}

/** The young generation of each extraction thread, in MB (3 × the semi-space size). */
export const YOUNG_GENERATION_MB = 96;

const WORKER = new URL("./extract-worker.mjs", import.meta.url);

/** Threads by default: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

interface Pending {
  raw: ReadResult;
  /** The date the article was sent with (the latest known when it was sent). */
  fallback: string | null;
  result: Promise<Result | DateOnly>;
}

function isDateOnly(r: Result | DateOnly): r is DateOnly {
  return "dateOnly" in r;
}

/**
 * Extracts every article of `items` (of its shard, when given) on a worker pool and yields the results
 * in input order. The Extractions are the ones the in-process path (batchExtractor) gives: an undated
 * article is read against the latest publication date earlier in the input, known for sure only once
 * the articles before it are done. Each article is sent with the latest date known when it is sent,
 * and an undated one is extracted again if that turns out not to be the one. Other shards' articles
 * are only read for their date.
 */
export async function* extractOnPool(
  items: AsyncIterable<ReadResult>,
  opts: PoolOptions,
): AsyncGenerator<Result> {
  const threads = Math.max(1, opts.workers);
  const window = Math.max(1, opts.window ?? threads * 32);
  const pool = opts.pool ?? createExtractPool(threads);
  const shard = opts.shard ?? null;
  const run = (raw: ReadArticle, fallback: string | null, dateOnly = false): Promise<Result | DateOnly> =>
    pool.run({ raw, fallback, dateOnly }).catch((err: unknown) =>
      dateOnly
        ? { dateOnly: null }
        : {
            // A worker that dies (a bug, out of memory) costs this article, not the run; piscina
            // replaces the thread.
            file: raw.file,
            reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
          },
    );
  const latest = new LatestDate();
  const settle = async ({ raw, result }: Pending): Promise<Result | null> => {
    let r = await result;
    if (isDateOnly(r)) {
      latest.see(r.dateOnly);
      return null;
    }
    if (
      latest.value &&
      !isInputError(r) &&
      !isInputError(raw) &&
      referenceOf(r.article.publishedAt) === null
    ) {
      r = (await run(raw, latest.value)) as Result;
    }
    latest.see(isInputError(r) ? null : r.article.publishedAt);
    return r;
  };
  const pending: Pending[] = [];
  const take = async () => settle(pending.shift() as Pending);
  try {
    for await (const raw of items) {
      const mine = !shard || inShard(raw, shard);
      if (isInputError(raw)) {
        if (mine) pending.push({ raw, fallback: null, result: Promise.resolve(raw) });
      } else pending.push({ raw, fallback: latest.value, result: run(raw, latest.value, !mine) });
      while (pending.length >= window) {
        const r = await take();
        if (r) yield r;
      }
    }
    while (pending.length > 0) {
      const r = await take();
      if (r) yield r;
    }
  } finally {
    if (!opts.pool) await pool.destroy();
  }
}
