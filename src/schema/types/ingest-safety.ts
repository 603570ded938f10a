// What the ingestArticles mutation checks before writing and tells the client afterwards. Values that
// end up in an indexed property (names, ids, title, url) must fit Neo4j's index key (about 8 KB): a
// 9 KB name found in an article's text once came back as Neo4j's raw "index key size" error. Such an
// article is refused with our own reason; any failure the writer still meets is reported to the client
// as our message with the request id, and the raw error goes to the server log under that id.
import type { IngestReport } from "../../ingest/ingest.ts";
import type { Extraction, InputError, RawArticle } from "../../ingest/types.ts";
import { currentRequestScope } from "../../neo4j/request-scope.ts";

/** Characters of a stored name, id or title (≤ 3 bytes each in UTF-8: well inside an index key). */
export const MAX_STORED_NAME = 1_000;
/** Characters of a stored url (also the input bound of ArticleInput.url). */
export const MAX_STORED_URL = 2_048;

function quote(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
}

function tooLong(field: string, what: string, value: string, max: number): string {
  return `${field} ${what} too long to store: ${quote(value)} has ${value.length} characters, at most ${max}.`;
}

/**
 * The first value of an extraction too long for its index, as a reason naming the input field it
 * came from (`field` is e.g. articles[0]); null when everything fits.
 */
export function oversizedValue(item: Extraction, field: string): string | null {
  const { title, url } = item.article;
  if (title && title.length > MAX_STORED_NAME) return tooLong(`${field}.title`, "is", title, MAX_STORED_NAME);
  if (url && url.length > MAX_STORED_URL) return tooLong(`${field}.url`, "is", url, MAX_STORED_URL);
  const named = [...item.entities, ...item.meetings];
  for (const e of named) {
    for (const value of [e.name, e.id, ...("aliases" in e ? e.aliases : [])]) {
      if (value.length > MAX_STORED_NAME) {
        return tooLong(`${field}.text`, "holds a name", value, MAX_STORED_NAME);
      }
    }
  }
  return null;
}

/** Neo4j error codes (the start of a writer's failure reason) and what the client is told instead. */
const WRITE_FAILURES: [RegExp, string][] = [
  [
    /^Neo\.TransientError\.General\.(?:MemoryPool)?OutOfMemory|OutOfMemory/,
    "the database ran out of memory writing it; send a shorter article",
  ],
  [
    /^Neo\.\w+\.Transaction\.TransactionTimedOut|^Neo\.\w+\.Transaction\.\w*Timeout|the request's time is up/,
    "writing it took longer than the time allowed",
  ],
  [
    /^Neo\.TransientError\./,
    "the database was busy (for instance another ingest held a lock); send it again",
  ],
  [
    /^Neo\.ClientError\.Schema\.ConstraintValidationFailed/,
    "it conflicts with something already stored (a uniqueness constraint)",
  ],
  [/the request was cancelled/, "the request was cancelled before it was written"],
];

/** Our own reason for a writer failure; the raw one is for the log only. */
export function clientWriteReason(raw: string, requestId: string | undefined): string {
  const known = WRITE_FAILURES.find(([pattern]) => pattern.test(raw))?.[1];
  const because = known ?? "the database refused to write it";
  return `not written: ${because}${requestId ? ` (request id ${requestId}; details in the server log)` : ""}.`;
}

/** Passes extractions on, turning one with an oversized value into an InputError with its reason. */
export async function* refuseOversized(
  items: AsyncIterable<Extraction | InputError>,
  fieldOf: (index: number) => string,
): AsyncGenerator<Extraction | InputError> {
  let index = 0;
  for await (const item of items) {
    const field = fieldOf(index++);
    const reason = "article" in item ? oversizedValue(item, field) : null;
    yield reason ? { file: item.file, reason } : item;
  }
}

/**
 * Extracts and writes the mutation's articles (in the ingest worker, ingest-extract.ts): values too long
 * to store are refused before writing, and what the writer fails on reaches the client as our reason.
 */
export async function extractAndWrite(raws: RawArticle[]): Promise<IngestReport> {
  const { ingestExtractions } = await import("../../ingest/ingest.ts");
  const { batchExtractor } = await import("../../ingest/pipeline.ts");
  const extract = batchExtractor();
  const ours = new Set<string>();
  async function* extracted(): AsyncGenerator<Extraction | InputError> {
    for (const raw of raws) yield extract(raw);
  }
  async function* noted(items: AsyncIterable<Extraction | InputError>) {
    for await (const item of items) {
      if (!("article" in item)) ours.add(`${item.file}\n${item.reason}`);
      yield item;
    }
  }
  const report = await ingestExtractions(noted(refuseOversized(extracted(), (i) => `articles[${i}]`)));
  const requestId = currentRequestScope()?.id;
  report.failures = report.failures.map((f) => {
    if (ours.has(`${f.file}\n${f.reason}`)) return f;
    console.error(`[newsgraph api] request ${requestId ?? "-"}: ingest of ${f.file} failed: ${f.reason}`);
    return { file: f.file, reason: clientWriteReason(f.reason, requestId) };
  });
  return report;
}
