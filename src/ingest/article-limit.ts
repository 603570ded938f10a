// The largest article extraction takes. Extraction needs roughly 100 times an article's size in memory
// (a 5 MB article peaked at 460 MB RSS), and writing its thousands of statements holds Neo4j's heap:
// a 50 MB file once ran Neo4j out of memory. A larger article is refused, with its size and the limit,
// before any of that starts. The ingestArticles mutation bounds the text at 2 million characters
// already at the edge (input-bounds.ts); this limit is for files, and for both when set lower.

/**
 * Default: 6 million characters. A 5 MB article is known to extract (4.3 s, 460 MB) and write (25 s)
 * well within the article transaction's time; ten times that is what ran Neo4j out of heap.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 6_000_000;

/** NEWSGRAPH_MAX_ARTICLE_CHARS, else the default. */
export function maxArticleChars(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NEWSGRAPH_MAX_ARTICLE_CHARS;
  const n = raw ? Number(raw) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_ARTICLE_CHARS;
}

const count = (chars: number) => chars.toLocaleString("en-US");

/** The reason an article's text is too large to extract, or null when it fits. */
export function articleTooLarge(text: string, max = maxArticleChars()): string | null {
  if (text.length <= max) return null;
  return `the article has ${count(text.length)} characters of text, more than the ${count(max)} an article may have (NEWSGRAPH_MAX_ARTICLE_CHARS); split it into several articles`;
}
