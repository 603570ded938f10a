// Extraction on every core: raw articles go to a pool of worker threads (piscina) and come back in
// input order. At most `window` articles are in flight or waiting to be taken, and nothing more is read
// until the consumer (the writer) takes the oldest, so memory stays bounded whatever the input's size.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { referenceOf } from "../link/dates.ts";
import { isInputError, type ReadArticle, type ReadResult } from "../read/parse.ts";
import type { Extraction, InputError } from "../types.ts";

type Result = Extraction | InputError;

/** What a pool thread gets per article (extract-task.ts). */
export interface ExtractTask {
  raw: ReadArticle;
  /** The date an undated article is read against (see batchExtractor); null for none. */
  fallback: string | null;
}

export interface PoolOptions {
  /** Worker threads (≥ 1). */
  workers: number;
  /**
   * Articles read ahead of the consumer (default 32 per worker): enough to keep the workers busy while
   * the writer commits a batch, small enough that memory does not depend on the input.
   */
  window?: number;
}

const WORKER = new URL("./extract-worker.mjs", import.meta.url);

/** Threads by default: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

interface Pending {
  raw: ReadResult;
  result: Promise<Result>;
}

/**
 * Extracts every article of `items` on a worker pool and yields the results in input order. The
 * Extractions are the ones the in-process path (batchExtractor) gives: an undated article is read
 * against the latest publication date earlier in the input — known only once the articles before it
 * are done, so the few undated articles that have such a date are extracted a second time with it.
 */
export async function* extractOnPool(
  items: AsyncIterable<ReadResult>,
  opts: PoolOptions,
): AsyncGenerator<Result> {
  const threads = Math.max(1, opts.workers);
  const window = Math.max(1, opts.window ?? threads * 32);
  const pool = new Piscina<ExtractTask, Result>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const run = (raw: ReadArticle, fallback: string | null): Promise<Result> =>
    pool.run({ raw, fallback }).catch((err: unknown) => ({
      // A worker that dies (a bug, out of memory) costs this article, not the run; piscina replaces it.
      file: raw.file,
      reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}`,
    }));
  let latest: string | null = null;
  const settle = async ({ raw, result }: Pending): Promise<Result> => {
    let r = await result;
    if (latest && !isInputError(r) && !isInputError(raw) && referenceOf(r.article.publishedAt) === null) {
      r = await run(raw, latest);
    }
    const date = isInputError(r) ? null : r.article.publishedAt;
    if (date && (!latest || date > latest)) latest = date;
    return r;
  };
  const pending: Pending[] = [];
  try {
    for await (const raw of items) {
      pending.push({ raw, result: isInputError(raw) ? Promise.resolve(raw) : run(raw, null) });
      while (pending.length >= window) yield await settle(pending.shift() as Pending);
    }
    while (pending.length > 0) yield await settle(pending.shift() as Pending);
  } finally {
    await pool.destroy();
  }
}
