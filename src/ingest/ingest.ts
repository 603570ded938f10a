// Ingest = the extraction pipeline feeding the Write stage in batches of articles, each batch one
// transaction (write/batch.ts). A failing article is recorded (file + reason) and the run goes on, so
// one bad input never costs the others; only a database that cannot be reached at all stops the run.
import { neo4jTarget } from "../neo4j/driver.ts";
import { migrate } from "../neo4j/migrate.ts";
import { cypher } from "../neo4j/registry.ts";
import { neo4jErrorKind, read } from "../neo4j/run.ts";
import { type KnownPerson, PersonRegistry, surnameQuery } from "./link/people-across.ts";
import type { Extraction, InputError, RawArticle } from "./types.ts";
import { type PreparedArticle, prepareArticle, writeBatch } from "./write/batch.ts";
import { rowCount } from "./write/rounds.ts";
import { type WriteRows, writtenIds } from "./write/rows.ts";
import { type ArticleRef, type WriteOutcome, type WriteResult, writeExtraction } from "./write/write.ts";

export type ArticleOutcome = WriteOutcome | "failed";

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestReport {
  articles: { new: number; unchanged: number; updated: number; failed: number };
  failures: IngestFailure[];
  /** Distinct nodes written by new or updated articles (unchanged ones write nothing). */
  written: { statements: number; people: number; organizations: number; places: number; meetings: number };
  /**
   * One entry per article that reached the writer, in input order, as far as REPORT_LIST_LIMIT allows:
   * what an update replaced (which file the stored version came from), and other files' articles that
   * share its headline.
   */
  ingested: IngestedArticle[];
  /**
   * Entries the lists left out (REPORT_LIST_LIMIT): plain articles past the first thousand, and so on.
   * Absent in reports built elsewhere.
   */
  omitted?: { ingested: number; failures: number };
  /** Where the time went (absent in reports built elsewhere, e.g. by tests). */
  timings?: IngestTimings;
}

/**
 * Wall-clock time per stage. Input and writing overlap (the next batch is extracted while one is
 * written), so inputMs + writeMs may exceed totalMs; whichever is close to totalMs is the bottleneck.
 */
export interface IngestTimings {
  totalMs: number;
  /** Waiting for the next extraction: reading and extracting (or waiting for extraction workers). */
  inputMs: number;
  /** In write transactions, including one-by-one retries of failed batches. */
  writeMs: number;
  /** Write transactions of whole batches. */
  batches: number;
  /** Batches that failed and were retried article by article. */
  retried: number;
}

export interface IngestedArticle {
  file: string;
  articleId: string;
  outcome: WriteOutcome;
  replaced: ArticleRef[];
  sameHeadline: ArticleRef[];
}

export interface IngestProgress {
  /** Articles handled so far (including failed ones). */
  done: number;
  file: string;
  outcome: ArticleOutcome;
  reason?: string;
  /** The id the article has in the graph (absent when it failed). */
  articleId?: string;
  /** Statements this article wrote (0 when unchanged or failed): for a statements/s figure. */
  statements?: number;
}

export interface IngestOptions {
  onProgress?: (event: IngestProgress) => void;
  /** Files inside a folder that are not articles (unknown extension); they are not counted as failed. */
  onSkip?: (file: string, reason: string) => void;
  /** What reading repaired or ignored in an article (encoding, mojibake, a field that is no date). */
  onWarnings?: (file: string, warnings: string[]) => void;
  /** Ignored since batches (see DEFAULT_CONCURRENCY); kept so that callers passing it still compile. */
  concurrency?: number;
  /** Rows per write transaction (default DEFAULT_BATCH_ROWS); 1 writes each article on its own. */
  batchRows?: number;
  /** Entries per list of the report (default REPORT_LIST_LIMIT). */
  listLimit?: number;
}

type Item = Extraction | InputError;

function isInputError(item: Item): item is InputError {
  return !("article" in item) && typeof (item as InputError).reason === "string";
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === "string" && code.startsWith("Neo.") ? `${code}: ${err.message}` : err.message;
  }
  return String(err);
}

// migrate() is idempotent but not free (one round trip per schema statement plus awaitIndexes); the
// constraints it creates are what makes MERGE on id safe, so every process applies it once per
// database before writing (keyed by target, since tests and tools may switch with useNeo4j).
const schemaReady = new Map<string, Promise<unknown>>();

export function ensureSchema(): Promise<unknown> {
  const key = neo4jTarget().uri;
  let ready = schemaReady.get(key);
  if (!ready) {
    ready = migrate().catch((err) => {
      schemaReady.delete(key);
      throw err;
    });
    schemaReady.set(key, ready);
  }
  return ready;
}

/**
 * Kept for callers that pass it; batches are written one after another whatever it says. News articles
 * share their people and places, so concurrent transactions queue on the same node locks until each
 * commit (measured: no gain at 4 or 8 on the sample corpus ×30), and one-by-one keeps the graph
 * deterministic (articleIds in input order, the first article's evidence). The next batch is still
 * extracted while the current one is written.
 */
export const DEFAULT_CONCURRENCY = 1;

/**
 * Rows per write transaction. An article sends one row per node and edge it writes: 156 on average for
 * the generated benchmark corpus (35 ABOUT, 30 MENTIONS, 14 statements, 12 SAID_BY, …), so 4,000 rows
 * are about 25 such articles. Large enough that the commit (a disk flush) and the per-statement overhead
 * spread over many articles (a batch of 20 generated articles is 34 statements); small enough that a
 * batch's transaction state stays a few MB of Neo4j heap and a failed batch is cheap to retry article
 * by article.
 */
export const DEFAULT_BATCH_ROWS = 4000;

/** NEWSGRAPH_INGEST_BATCH_ROWS: the batch size for a run whose caller passes none (the CLI, tests). */
function envBatchRows(): number | null {
  const raw = process.env.NEWSGRAPH_INGEST_BATCH_ROWS;
  if (!raw) return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`NEWSGRAPH_INGEST_BATCH_ROWS: expected a whole number >= 1, got '${raw}'`);
  }
  return n;
}

interface Failed {
  file: string;
  outcome: "failed";
  reason: string;
}

type Settled = (IngestedArticle & { rows: WriteRows | null; retracted?: number }) | Failed;

interface Queued {
  index: number;
  prepared: PreparedArticle;
}

function isFatal(err: unknown): boolean {
  // No point failing every remaining article one by one against a database that is not there.
  const kind = neo4jErrorKind(err);
  return kind === "unavailable" || kind === "auth";
}

export async function ingestExtractions(
  items: AsyncIterable<Item> | Iterable<Item>,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const since = new Date().toISOString(); // an article stored since then is this run's (WriteResult.retracted)
  await ensureSchema();
  const batchRows = Math.max(1, opts.batchRows ?? envBatchRows() ?? DEFAULT_BATCH_ROWS);
  const timings: IngestTimings = { totalMs: 0, inputMs: 0, writeMs: 0, batches: 0, retried: 0 };
  // Results by input position, so the report lists articles in input order whatever finished first.
  const results = new ReportBuilder(opts.listLimit ?? REPORT_LIST_LIMIT);
  let done = 0;
  let fatal: unknown = null;
  const settle = (index: number, result: Settled) => {
    results.add(index, result);
    const statements = "rows" in result && result.rows ? result.rows.statements.length : 0;
    opts.onProgress?.({
      done: ++done,
      file: result.file,
      outcome: result.outcome,
      ...(result.outcome === "failed" ? { reason: result.reason } : { articleId: result.articleId }),
      statements,
    });
  };

  const writeOne = async ({ index, prepared }: Queued) => {
    try {
      const r = await writeExtraction(prepared.ex, { since });
      settle(index, { file: prepared.ex.file, ...r });
    } catch (err) {
      if (isFatal(err)) fatal ??= err;
      settle(index, { file: prepared.ex.file, outcome: "failed", reason: describe(err) });
    }
  };
  const write = async (batch: Queued[]) => {
    const t0 = performance.now();
    timings.batches++;
    try {
      const prepared = batch.map((q) => q.prepared);
      const written = await writeBatch(prepared, { since });
      batch.forEach((q, k) => {
        settle(q.index, { file: q.prepared.ex.file, ...(written[k] as WriteResult) });
      });
    } catch (err) {
      if (isFatal(err)) fatal ??= err;
      else {
        // One article broke the batch (nothing of it was written): one by one, the others land and
        // the bad one is reported with its file and reason.
        timings.retried++;
        for (const q of batch) if (!fatal) await writeOne(q);
      }
    } finally {
      timings.writeMs += performance.now() - t0;
    }
  };

  // One batch is written while the next is gathered (and extracted), never two at once: a batch sees
  // the graph every earlier batch committed, as a one-by-one run would.
  let writing: Promise<void> = Promise.resolve();
  let batch: Queued[] = [];
  let rowsInBatch = 0;
  let idsInBatch = new Set<string>();
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    rowsInBatch = 0;
    idsInBatch = new Set();
    await writing;
    if (fatal) return;
    writing = write(full);
  };

  // One Person across the run's articles and the graph's (link/people-across.ts).
  const people = new PersonRegistry();
  const iterator = toAsyncIterator(items);
  let index = 0;
  for (;;) {
    const t0 = performance.now();
    const next = await iterator.next();
    timings.inputMs += performance.now() - t0;
    if (next.done || fatal) break;
    let item = next.value;
    const i = index++;
    if (isInputError(item)) {
      settle(i, { file: item.file, outcome: "failed", reason: item.reason });
      continue;
    }
    if (item.warnings.length > 0) opts.onWarnings?.(item.file, item.warnings);
    try {
      item = people.resolve(item, await knownPeople(people.unknownSurnames(item)));
    } catch (err) {
      settle(i, { file: item.file, outcome: "failed", reason: describe(err) });
      continue;
    }
    let prepared: PreparedArticle;
    try {
      // Validated before its batch, so a contract violation never reaches Neo4j nor costs the batch.
      prepared = prepareArticle(item);
    } catch (err) {
      settle(i, { file: item.file, outcome: "failed", reason: describe(err) });
      continue;
    }
    // Two versions of one article never share a batch: the second must see the first stored.
    const id = prepared.rows.article.id;
    if (idsInBatch.has(id)) await flush();
    batch.push({ index: i, prepared });
    idsInBatch.add(id);
    rowsInBatch += rowCount(prepared.rows);
    if (rowsInBatch >= batchRows) await flush();
  }
  if (!fatal) await flush();
  await writing;
  if (fatal) {
    await iterator.return?.();
    throw fatal;
  }
  timings.totalMs = performance.now() - started;
  return { ...results.build(), timings };
}

/** The graph's people whose name is like one of these surnames (cypher/read/person-candidates.cypher). */
async function knownPeople(surnames: string[]): Promise<KnownPerson[]> {
  const query = surnameQuery(surnames);
  if (!query) return [];
  return read<KnownPerson>(cypher("read/person-candidates"), { query, limit: 100 });
}

function toAsyncIterator<T>(items: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return Symbol.asyncIterator in items
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (items as Iterable<T>)[Symbol.iterator]();
}

/**
 * How many articles the report lists by name: the first REPORT_LIST_LIMIT failures, the first
 * REPORT_LIST_LIMIT plain articles (new or unchanged, no headline shared) and the first REPORT_LIST_LIMIT
 * notable ones (updated, or kept apart from another file's article with the same headline), in input
 * order. The counts always cover every article; `omitted` says how many entries the lists left out.
 * Bounded so that an archive-sized run's memory does not grow with its articles (the API's ingest takes
 * 50 articles a call and the tests a few hundred, so they see every entry).
 */
export const REPORT_LIST_LIMIT = 1000;

/**
 * The report, gathered as articles settle, in constant memory per article: entries are folded in input
 * order (a batch settles after the failures read meanwhile, so a few hundred wait in `waiting`), the
 * lists are bounded (REPORT_LIST_LIMIT), statements are a running count (an update of an article this
 * run wrote before takes back that version's count, WriteResult.retracted), and entities are counted by
 * id: one set entry per distinct person, organization, place or meeting, which grows with the people an
 * archive names, not with its articles.
 */
class ReportBuilder {
  private readonly waiting = new Map<number, IngestedArticle | Failed>();
  private next = 0;
  private readonly report: IngestReport = {
    articles: { new: 0, unchanged: 0, updated: 0, failed: 0 },
    failures: [],
    written: { statements: 0, people: 0, organizations: 0, places: 0, meetings: 0 },
    ingested: [],
    omitted: { ingested: 0, failures: 0 },
  };
  private plain = 0;
  private notable = 0;
  private readonly seen = {
    people: new Set<string>(),
    organizations: new Set<string>(),
    places: new Set<string>(),
    meetings: new Set<string>(),
  };

  constructor(private readonly limit: number) {}

  add(index: number, r: Settled): void {
    if (r.outcome !== "failed") {
      const { rows, retracted, ...entry } = r;
      this.report.written.statements -= retracted ?? 0;
      if (rows) {
        const ids = writtenIds(rows);
        this.report.written.statements += ids.statements.length;
        for (const key of Object.keys(this.seen) as Array<keyof typeof this.seen>) {
          for (const id of ids[key]) this.seen[key].add(id);
        }
      }
      this.waiting.set(index, entry);
    } else this.waiting.set(index, r);
    for (let e = this.waiting.get(this.next); e; e = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      this.fold(e);
    }
  }

  private fold(r: IngestedArticle | Failed): void {
    const { articles, omitted } = this.report as Required<IngestReport>;
    articles[r.outcome]++;
    if (r.outcome === "failed") {
      if (this.report.failures.length < this.limit)
        this.report.failures.push({ file: r.file, reason: r.reason });
      else omitted.failures++;
      return;
    }
    const entry = r as IngestedArticle;
    const isNotable = entry.outcome === "updated" || entry.sameHeadline.length > 0;
    if (isNotable ? this.notable++ < this.limit : this.plain++ < this.limit) this.report.ingested.push(entry);
    else omitted.ingested++;
  }

  build(): IngestReport {
    // Entries after an article that never settled (a fatal error stops the run before build, so none).
    for (const index of [...this.waiting.keys()].sort((a, b) => a - b)) {
      this.fold(this.waiting.get(index) as IngestedArticle | Failed);
    }
    this.waiting.clear();
    for (const key of Object.keys(this.seen) as Array<keyof typeof this.seen>) {
      this.report.written[key] = this.seen[key].size;
    }
    return this.report;
  }
}

// The pipeline (lexicon, segmenter) is loaded on first use, so that writing ready-made extractions
// (tests, tools) does not pay for it.
/** Reads, extracts and writes every article in the given files and directories. */
export async function ingestPaths(paths: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const { readAndExtract } = await import("./pipeline.ts");
  return ingestExtractions(readAndExtract(paths, opts.onSkip ? { onSkip: opts.onSkip } : {}), opts);
}

/** Extracts and writes articles that are already in memory (the GraphQL `ingestArticles` mutation). */
export async function ingestArticles(
  articles: RawArticle[],
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const { batchExtractor } = await import("./pipeline.ts");
  const extract = batchExtractor();
  function* extracted(): Generator<Item> {
    for (const raw of articles) yield extract(raw);
  }
  return ingestExtractions(extracted(), opts);
}
