// Ingest = the extraction pipeline feeding the Write stage, one article at a time, each in its own
// transaction. A failing article is recorded (file + reason) and the run goes on, so one bad input
// never costs the others; only a database that cannot be reached at all stops the run.
import { neo4jTarget } from "../neo4j/driver.ts";
import { migrate } from "../neo4j/migrate.ts";
import { cypher } from "../neo4j/registry.ts";
import { neo4jErrorKind, read } from "../neo4j/run.ts";
import { type KnownPerson, PersonRegistry, surnameQuery } from "./link/people-across.ts";
import type { Extraction, InputError, RawArticle } from "./types.ts";
import { type WriteRows, writtenIds } from "./write/rows.ts";
import { type ArticleRef, type WriteOutcome, writeExtraction } from "./write/write.ts";

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
   * One entry per article that reached the writer, in input order: what an update replaced (which
   * file the stored version came from), and other files' articles that share its headline.
   */
  ingested: IngestedArticle[];
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
}

export interface IngestOptions {
  onProgress?: (event: IngestProgress) => void;
  /** Files inside a folder that are not articles (unknown extension); they are not counted as failed. */
  onSkip?: (file: string, reason: string) => void;
  /** What reading repaired or ignored in an article (encoding, mojibake, a field that is no date). */
  onWarnings?: (file: string, warnings: string[]) => void;
  /** Articles written at the same time (default DEFAULT_CONCURRENCY); 1 writes strictly one after another. */
  concurrency?: number;
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
 * Articles written at the same time, each in its own transaction. 1 by default: news articles share
 * their people and places, so concurrent transactions queue on the same node locks until each commit
 * (measured: no gain at 4 or 8 on the sample corpus ×30), and one-by-one keeps the graph deterministic
 * (articleIds in input order, the first article's evidence). The next article is still extracted while
 * the current one is written.
 */
export const DEFAULT_CONCURRENCY = 1;

type Settled =
  | (IngestedArticle & { rows: WriteRows | null })
  | { file: string; outcome: "failed"; reason: string };

export async function ingestExtractions(
  items: AsyncIterable<Item> | Iterable<Item>,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  await ensureSchema();
  const limit = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  // Results by input position, so the report lists articles in input order whatever finished first.
  const results: Settled[] = [];
  let done = 0;
  let fatal: unknown = null;
  const settle = (index: number, result: Settled) => {
    results[index] = result;
    opts.onProgress?.({
      done: ++done,
      file: result.file,
      outcome: result.outcome,
      ...(result.outcome === "failed" ? { reason: result.reason } : {}),
    });
  };

  // With concurrency > 1, two versions of the same article still never overlap: the second waits for
  // the first, which keeps "new"/"updated"/"unchanged" what a sequential run reports.
  const running = new Set<Promise<void>>();
  const lastOfId = new Map<string, Promise<void>>();
  // one Person across the run's articles and the graph's (link/people-across.ts)
  const people = new PersonRegistry();
  let index = 0;
  for await (const found of items) {
    let item = found;
    if (fatal) break;
    const i = index++;
    if (isInputError(item)) {
      settle(i, { file: item.file, outcome: "failed", reason: item.reason });
      continue;
    }
    if (item.warnings.length > 0) opts.onWarnings?.(item.file, item.warnings);
    while (running.size >= limit) await Promise.race(running);
    if (fatal) break;
    try {
      item = people.resolve(item, await knownPeople(people.unknownSurnames(item)));
    } catch (err) {
      settle(i, { file: item.file, outcome: "failed", reason: describe(err) });
      continue;
    }
    const id = item.article?.id;
    const before = id ? lastOfId.get(id) : undefined;
    const task = (async () => {
      if (before) await before;
      try {
        const { outcome, articleId, rows, replaced, sameHeadline } = await writeExtraction(item);
        settle(i, { file: item.file, outcome, articleId, rows, replaced, sameHeadline });
      } catch (err) {
        // No point failing every remaining article one by one against a database that is not there.
        const kind = neo4jErrorKind(err);
        if (kind === "unavailable" || kind === "auth") fatal ??= err;
        settle(i, { file: item.file, outcome: "failed", reason: describe(err) });
      }
    })();
    running.add(task);
    if (id) lastOfId.set(id, task);
    void task.finally(() => {
      running.delete(task);
      if (id && lastOfId.get(id) === task) lastOfId.delete(id);
    });
  }
  await Promise.all(running);
  if (fatal) throw fatal;
  return buildReport(results);
}

/** The graph's people whose name is like one of these surnames (cypher/read/person-candidates.cypher). */
async function knownPeople(surnames: string[]): Promise<KnownPerson[]> {
  const query = surnameQuery(surnames);
  if (!query) return [];
  return read<KnownPerson>(cypher("read/person-candidates"), { query, limit: 100 });
}

function buildReport(results: Settled[]): IngestReport {
  const report: IngestReport = {
    articles: { new: 0, unchanged: 0, updated: 0, failed: 0 },
    failures: [],
    written: { statements: 0, people: 0, organizations: 0, places: 0, meetings: 0 },
    ingested: [],
  };
  const seen = {
    statements: new Set<string>(),
    people: new Set<string>(),
    organizations: new Set<string>(),
    places: new Set<string>(),
    meetings: new Set<string>(),
  };
  for (const r of results) {
    if (!r) continue;
    report.articles[r.outcome]++;
    if (r.outcome === "failed") {
      report.failures.push({ file: r.file, reason: r.reason });
      continue;
    }
    const { rows: _rows, ...entry } = r;
    report.ingested.push(entry);
    if (!r.rows) continue;
    const ids = writtenIds(r.rows);
    for (const key of Object.keys(seen) as Array<keyof typeof seen>) {
      for (const id of ids[key]) seen[key].add(id);
    }
  }
  for (const key of Object.keys(seen) as Array<keyof typeof seen>) report.written[key] = seen[key].size;
  return report;
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
