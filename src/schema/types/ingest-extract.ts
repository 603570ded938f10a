// The ingestArticles mutation runs off the main thread: extracting a 2 MB article takes seconds of
// CPU, and building and sending its ~5,000 statements' rows most of a second more; on the event loop
// that held every other request (and /healthz) as long. One worker thread, started on first use and
// kept (the lexicon loads once), extracts and writes each call's articles with a driver of its own,
// in the request's scope, and sends back the report. A worker that dies (out of memory on an absurd
// article) fails that call's articles with a reason, and the next call starts a new one.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { IngestReport } from "../../ingest/ingest.ts";
import type { RawArticle } from "../../ingest/types.ts";
import { type Neo4jTarget, neo4jTarget } from "../../neo4j/driver.ts";
import { currentRequestScope } from "../../neo4j/request-scope.ts";
import type { Neo4jErrorKind } from "../../neo4j/run.ts";
import { databaseUnavailable } from "../errors.ts";

export interface IngestJob {
  id: number;
  raws: RawArticle[];
  target: Neo4jTarget;
  /** The request's id and deadline (no signal: a cancelled request's transactions are terminated by id). */
  scope: { id: string; deadline: number };
}

export type IngestMessage =
  | { job: number; report: IngestReport }
  | { job: number; error: { message: string; kind: Neo4jErrorKind } };

/** Heap of the ingest worker: several times what a 2 MB article needs. */
const WORKER_HEAP_MB = 1_024;

interface Pending {
  raws: RawArticle[];
  resolve: (report: IngestReport) => void;
  reject: (err: unknown) => void;
}

let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<number, Pending>();

function failedReport(raws: RawArticle[], why: string): IngestReport {
  return {
    articles: { new: 0, unchanged: 0, updated: 0, failed: raws.length },
    failures: raws.map((raw) => ({ file: raw.file, reason: `not written: ${why}.` })),
    written: { statements: 0, people: 0, organizations: 0, places: 0, meetings: 0 },
    ingested: [],
  };
}

// The worker runs our TypeScript sources, so it registers tsx first (as bin/newsgraph.js does).
function startWorker(): Worker {
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxDir, "dist/esm/api/index.mjs")).href;
  const entry = new URL("./ingest-extract-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const w = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  w.on("message", (m: IngestMessage) => {
    const job = pending.get(m.job);
    if (!job) return;
    pending.delete(m.job);
    if ("report" in m) job.resolve(m.report);
    else if (m.error.kind === "unavailable" || m.error.kind === "transient")
      job.reject(databaseUnavailable());
    else job.reject(new Error(`ingest worker: ${m.error.message}`));
    if (pending.size === 0) w.unref();
  });
  const fail = (why: string) => {
    if (worker === w) worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.resolve(failedReport(job.raws, why));
    }
  };
  w.on("error", (err) => {
    console.error("[newsgraph api] ingest worker failed:", err);
    fail(
      (err as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY"
        ? "the articles need more memory than extraction may use; send a shorter article"
        : "the ingest worker stopped",
    );
  });
  w.on("exit", () => fail("the ingest worker stopped"));
  return w;
}

/** Extracts and writes the articles in the worker thread; resolves to the report. */
export function ingestOffThread(raws: RawArticle[]): Promise<IngestReport> {
  worker ??= startWorker();
  const w = worker;
  const id = nextJob++;
  const scope = currentRequestScope();
  const job: IngestJob = {
    id,
    raws,
    target: neo4jTarget(),
    scope: scope
      ? { id: scope.id, deadline: scope.deadline }
      : { id: `ingest-${id}`, deadline: Date.now() + 120_000 },
  };
  return new Promise<IngestReport>((resolve, reject) => {
    pending.set(id, { raws, resolve, reject });
    // Only while it has work does the worker keep the process alive.
    w.ref();
    w.postMessage(job);
  });
}

/** Stops the worker (tests; a server's exit ends it anyway). */
export async function stopExtractWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
