// The ingestArticles mutation extracts off the main thread: a 2 MB article takes seconds of CPU, and
// on the event loop it held every other request (and /healthz) for that long. One worker thread,
// started on first use and kept (the lexicon loads once), runs the jobs in order; results come back
// one article at a time. A worker that dies (out of memory on an absurd article) fails the articles
// it still had, with a reason, and the next call starts a new one.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Extraction, InputError, RawArticle } from "../../ingest/types.ts";

export interface ExtractJob {
  id: number;
  raws: RawArticle[];
}

export interface ExtractMessage {
  job: number;
  index: number;
  result: Extraction | InputError;
}

/** Heap of the extraction worker: several times what a 2 MB article needs, far from the server's. */
const WORKER_HEAP_MB = 1_024;

interface Pending {
  raws: RawArticle[];
  results: (Extraction | InputError)[];
  wake: (() => void) | null;
}

let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<number, Pending>();

// The worker runs our TypeScript sources, so it loads tsx's loader first (what `node --import tsx` does).
function startWorker(): Worker {
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const entry = new URL("./ingest-extract-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const w = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  w.on("message", (m: ExtractMessage) => {
    const job = pending.get(m.job);
    if (!job) return;
    job.results[m.index] = m.result;
    job.wake?.();
  });
  const fail = (why: string) => {
    if (worker === w) worker = null;
    for (const job of pending.values()) {
      job.raws.forEach((raw, i) => {
        job.results[i] ??= { file: raw.file, reason: `extraction failed: ${why}` };
      });
      job.wake?.();
    }
  };
  w.on("error", (err) => {
    fail(
      (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
        ? "the article needs more memory than extraction may use"
        : "the extraction worker stopped",
    );
    console.error("[newsgraph api] extraction worker failed:", err);
  });
  w.on("exit", () => fail("the extraction worker stopped"));
  return w;
}

/** Extracts the articles in a worker thread, yielding each result in input order as soon as it is ready. */
export async function* extractOffThread(raws: RawArticle[]): AsyncGenerator<Extraction | InputError> {
  if (raws.length === 0) return;
  worker ??= startWorker();
  const w = worker;
  const id = nextJob++;
  const job: Pending = { raws, results: [], wake: null };
  pending.set(id, job);
  w.ref();
  try {
    w.postMessage({ id, raws } satisfies ExtractJob);
    for (let i = 0; i < raws.length; i++) {
      while (job.results[i] === undefined) {
        await new Promise<void>((resolve) => {
          job.wake = resolve;
        });
        job.wake = null;
      }
      yield job.results[i]!;
    }
  } finally {
    pending.delete(id);
    // An idle worker does not keep the process alive.
    if (pending.size === 0) w.unref();
  }
}

/** Stops the worker (tests; a server's exit ends it anyway). */
export async function stopExtractWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
