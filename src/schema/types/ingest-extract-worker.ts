// The worker thread behind ingest-extract.ts: extracts and writes each job's articles (ingest-safety.ts)
// with a driver of its own, inside the request's scope (its id tags the transactions, its deadline
// bounds them), and posts the report back. Jobs run one after another.
import { parentPort } from "node:worker_threads";
import { useNeo4j } from "../../neo4j/driver.ts";
import { runInRequestScope } from "../../neo4j/request-scope.ts";
import { neo4jErrorKind } from "../../neo4j/run.ts";
import type { IngestJob, IngestMessage } from "./ingest-extract.ts";
import { extractAndWrite } from "./ingest-safety.ts";

const port = parentPort;
if (!port) throw new Error("ingest-extract-worker.ts runs only as a worker thread");

let connected = "";
let queue: Promise<void> = Promise.resolve();

async function run(job: IngestJob): Promise<IngestMessage> {
  try {
    const { uri, user, password } = job.target;
    if (connected !== `${uri}\n${user}`) {
      await useNeo4j(uri, user, password);
      connected = `${uri}\n${user}`;
    }
    const report = await runInRequestScope(job.scope, () => extractAndWrite(job.raws));
    return { job: job.id, report };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { job: job.id, error: { message, kind: neo4jErrorKind(err) } };
  }
}

port.on("message", (job: IngestJob) => {
  queue = queue.then(async () => port.postMessage(await run(job)));
});
