// The extraction pipeline without a database: read → normalize → segment → recognize → attribute →
// link → Extraction. `newsgraph extract` prints what this returns; the writer stores it.
import { articleTooLarge } from "./article-limit.ts";
import { attribute } from "./attribute/attribute.ts";
import { link } from "./link/link.ts";
import { normalize } from "./normalize/normalize.ts";
import { readHtmlArticle } from "./read/html.ts";
import { isInputError, type ReadOptions, readInputs } from "./read/read.ts";
import { recognize } from "./recognize/recognize.ts";
import { segment } from "./segment/segment.ts";
import type { Extraction, InputError, NormalizedArticle, RawArticle, Segmented } from "./types.ts";
import { LatestDate } from "./workers/latest-date.ts";
import { inShard, type Shard } from "./workers/shard.ts";

export { isInputError };

/** Thrown by extractArticle for input that cannot become an article; carries the file and reason. */
export class ArticleInputError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "ArticleInputError";
    this.file = file;
    this.reason = reason;
  }
}

type Raw = RawArticle & { warnings?: string[] };

// Whoever builds a raw article says whether its text is still HTML to read (format "html"): read.ts
// for files, the GraphQL ingest for markup handed over in memory (isMarkup in read/markup.ts).
function readMarkup(raw: Raw): Raw {
  if (raw.format !== "html") return raw;
  const read = readHtmlArticle(raw);
  if (isInputError(read)) throw new ArticleInputError(read.file, read.reason);
  return read;
}

/** Normalize + segment: the shared front half, for stages and tests that need the segmented text. */
export function prepareArticle(raw: Raw): Segmented {
  const article = normalize(readMarkup(raw));
  if (isInputError(article)) throw new ArticleInputError(article.file, article.reason);
  return segment(article);
}

function toExtraction(
  article: NormalizedArticle,
  rest: Omit<Extraction, "file" | "article" | "warnings">,
): Extraction {
  const file = article.file;
  return {
    file,
    article: {
      id: article.id,
      title: article.meta.title,
      source: article.meta.source,
      sources: article.meta.sources,
      publishedAt: article.meta.publishedAt,
      url: article.meta.url,
      contentHash: article.contentHash,
      text: article.text,
    },
    ...rest,
    warnings: article.warnings,
  };
}

export interface ExtractOptions {
  /** Date an undated article's relative expressions are read against (see LinkOptions). */
  fallbackReference?: string | null;
}

/** Runs every stage on one raw article. Throws ArticleInputError for unusable input. */
export function extractArticle(raw: Raw, opts: ExtractOptions = {}): Extraction {
  const doc = prepareArticle(raw);
  const rec = recognize(doc);
  const statements = attribute(doc, rec);
  const linked = link(doc, rec, statements, opts);
  return toExtraction(doc.article, {
    statements: linked.statements,
    entities: linked.entities,
    meetings: linked.meetings,
  });
}

/** Like extractArticle, but a failure becomes an InputError naming the file and the reason. */
export function tryExtractArticle(raw: Raw, opts: ExtractOptions = {}): Extraction | InputError {
  try {
    const tooLarge = articleTooLarge(raw.text);
    if (tooLarge) return { file: raw.file, reason: tooLarge };
    return extractArticle(raw, opts);
  } catch (err) {
    if (err instanceof ArticleInputError) return { file: err.file, reason: err.reason };
    // A bug in a stage must not cost the other articles; report it against this file.
    const msg = err instanceof Error ? err.message : String(err);
    return { file: raw.file, reason: `extraction failed: ${msg}` };
  }
}

/**
 * The publication date extraction would give the article (read + normalize only), for the articles
 * of other shards: they still move the date undated articles are read against (batchExtractor), so a
 * shard extracts exactly what a single run does. Null for input that is no article.
 */
export function publicationDate(raw: Raw): string | null {
  try {
    const article = normalize(readMarkup(raw));
    return isInputError(article) ? null : (article.meta.publishedAt ?? null);
  } catch {
    return null;
  }
}

export type BatchExtractor = ((raw: Raw) => Extraction | InputError) & {
  /** An article extracted elsewhere (another shard) that was published on `date`. */
  observe(date: string | null): void;
};

/**
 * Extracts the articles of one batch in order: an undated article is read against the latest
 * publication date seen earlier in the same batch, so it still joins the talks its neighbours report.
 */
export function batchExtractor(): BatchExtractor {
  const latest = new LatestDate();
  const extract = (raw: Raw) => {
    const result = tryExtractArticle(raw, { fallbackReference: latest.value });
    latest.see(isInputError(result) ? null : result.article.publishedAt);
    return result;
  };
  return Object.assign(extract, { observe: (date: string | null) => latest.see(date) });
}

/**
 * Every article under the given files and folders, extracted, in a deterministic order; bad files
 * and lines come out as InputErrors in their place and never stop the rest.
 */
export async function* readAndExtract(
  paths: string[],
  opts: ReadOptions = {},
): AsyncGenerator<Extraction | InputError> {
  const extract = batchExtractor();
  for await (const item of readInputs(paths, opts)) yield isInputError(item) ? item : extract(item);
}

export interface StreamOptions extends ReadOptions {
  /**
   * Extraction threads: 1 (default) extracts in this thread, as readAndExtract; more run a worker
   * pool (workers/pool.ts) whose results are the same, in the same order.
   */
  workers?: number;
  /** Only this shard's articles (workers/shard.ts); all of them when absent. */
  shard?: Shard | null;
}

/**
 * readAndExtract, on a worker pool when `workers` > 1 (the same items in the same order), of one shard
 * of the input when `shard` is given.
 */
export async function* extractStream(
  paths: string[],
  opts: StreamOptions = {},
): AsyncGenerator<Extraction | InputError> {
  const workers = opts.workers ?? 1;
  const items = readInputs(paths, opts);
  const shard = opts.shard ?? null;
  if (workers <= 1) {
    const extract = batchExtractor();
    for await (const item of items) {
      if (!shard || inShard(item, shard)) yield isInputError(item) ? item : extract(item);
      else if (!isInputError(item)) extract.observe(publicationDate(item));
    }
    return;
  }
  // Loaded only here, so that `extract` and the in-process path never start threads.
  const { extractOnPool } = await import("./workers/pool.ts");
  yield* extractOnPool(items, { workers, shard });
}
