// Ingest = the extraction pipeline feeding the Write stage, one article at a time, each in its own
// transaction. A failing article is recorded (file + reason) and the run goes on, so one bad input
// never costs the others; only a database that cannot be reached at all stops the run.
import { migrate } from "../neo4j/migrate.ts";
import { neo4jErrorKind } from "../neo4j/run.ts";
import type { Extraction, InputError, RawArticle } from "./types.ts";
import { writtenIds } from "./write/rows.ts";
import { type WriteOutcome, writeExtraction } from "./write.ts";

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
  /** One entry per article that reached the writer, in input order. */
  ingested: Array<{ file: string; articleId: string; outcome: WriteOutcome }>;
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
// constraints it creates are what makes MERGE on id safe, so every process applies it once before writing.
let schemaReady: Promise<unknown> | null = null;

function ensureSchema(): Promise<unknown> {
  schemaReady ??= migrate().catch((err) => {
    schemaReady = null;
    throw err;
  });
  return schemaReady;
}

export async function ingestExtractions(
  items: AsyncIterable<Item> | Iterable<Item>,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  await ensureSchema();
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
  let done = 0;
  const fail = (file: string, reason: string) => {
    report.articles.failed++;
    report.failures.push({ file, reason });
    opts.onProgress?.({ done: ++done, file, outcome: "failed", reason });
  };

  for await (const item of items) {
    if (isInputError(item)) {
      fail(item.file, item.reason);
      continue;
    }
    try {
      const { outcome, rows } = await writeExtraction(item);
      report.articles[outcome]++;
      report.ingested.push({ file: item.file, articleId: item.article.id, outcome });
      if (rows) {
        const ids = writtenIds(rows);
        for (const key of Object.keys(seen) as Array<keyof typeof seen>) {
          for (const id of ids[key]) seen[key].add(id);
        }
      }
      opts.onProgress?.({ done: ++done, file: item.file, outcome });
    } catch (err) {
      // No point failing every remaining article one by one against a database that is not there.
      const kind = neo4jErrorKind(err);
      if (kind === "unavailable" || kind === "auth") throw err;
      fail(item.file, describe(err));
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
  const { tryExtractArticle } = await import("./pipeline.ts");
  function* extracted(): Generator<Item> {
    for (const raw of articles) yield tryExtractArticle(raw);
  }
  return ingestExtractions(extracted(), opts);
}
