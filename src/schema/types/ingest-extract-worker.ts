// The worker thread behind ingest-extract.ts: runs the extraction pipeline on each job's articles in
// order (one batch extractor per job, so undated articles read against their neighbours as in the
// CLI) and posts every result as soon as it is done, so the writer starts on the first article while
// the next is extracted.
import { parentPort } from "node:worker_threads";
import { batchExtractor } from "../../ingest/pipeline.ts";
import type { ExtractJob, ExtractMessage } from "./ingest-extract.ts";

const port = parentPort;
if (!port) throw new Error("ingest-extract-worker.ts runs only as a worker thread");

port.on("message", (job: ExtractJob) => {
  const extract = batchExtractor();
  job.raws.forEach((raw, index) => {
    const message: ExtractMessage = { job: job.id, index, result: extract(raw) };
    port.postMessage(message);
  });
});
