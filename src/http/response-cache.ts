// A per-process cache of whole query results, keyed by the operation (document, operation name) and
// its variables, valid for one graph version. Dashboards repeat the same few queries; a hit costs one
// O(1) version read (cypher/read/graph-version.cypher) instead of name resolution, the page query and
// every loader. Correctness: the version is read BEFORE a query executes and the result is stored under
// that version, so a result that raced an ingest is stored under a version that is already gone; an
// ingest by the mutation or by the CLI in another process changes the version (its articles'
// ingestedAt, or the article count), so nothing is served from before it. Not cached: mutations,
// results with errors, anything when the version cannot be read.
//
// `cypher` fields are cached like every other field: the text is a function of the filter and of the
// graph (through the anchor estimate), both part of the key — there is nothing to go stale.
import { type DocumentNode, type ExecutionResult, getOperationAST, print } from "graphql";
import type { Plugin } from "graphql-yoga";
import { noteGraphVersion, readGraphVersion } from "../filters/graph-version.ts";
import { spentBy } from "../schema/response-budget.ts";

export interface ResponseCacheOptions {
  /** Most results kept (least recently used go first). */
  maxEntries?: number;
  /** Larger results (JSON characters) are not kept. */
  maxResultChars?: number;
  /** All kept results together (JSON characters); the least recently used go first. */
  maxTotalChars?: number;
  /** Reads the graph version; default: cypher/read/graph-version. */
  version?: () => Promise<string>;
}

export const DEFAULT_CACHE_ENTRIES = 1000;
const DEFAULT_MAX_RESULT_CHARS = 1_000_000;
/**
 * 1000 entries of up to 1 MB each would let distinct large queries fill gigabytes of server memory;
 * 16 M characters (32 MB at most as V8 strings) bound the whole cache.
 */
const DEFAULT_MAX_TOTAL_CHARS = 16_000_000;

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

export function useResponseCache(
  options: ResponseCacheOptions = {},
): Plugin & { stats: () => ResponseCacheStats } {
  const maxEntries = options.maxEntries ?? DEFAULT_CACHE_ENTRIES;
  const maxChars = options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS;
  const maxTotal = options.maxTotalChars ?? DEFAULT_MAX_TOTAL_CHARS;
  const version = options.version ?? (() => readGraphVersion());
  // yoga hands the same DocumentNode for the same query text (its parse cache), so printing is once per text.
  const printed = new WeakMap<DocumentNode, string>();
  const entries = new Map<string, { result: ExecutionResult; chars: number }>();
  let totalChars = 0;
  const drop = (key: string) => {
    totalChars -= entries.get(key)?.chars ?? 0;
    entries.delete(key);
  };
  let seenVersion: string | null = null;
  let hits = 0;
  let misses = 0;

  return {
    stats: () => ({ hits, misses, entries: entries.size }),
    async onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(args.document, args.operationName);
      if (op?.operation !== "query") return;
      let current: string;
      const startedAt = Date.now();
      try {
        current = await version();
      } catch {
        return; // no version, no cache: the query itself reports what is wrong with the database
      }
      // Resolved names and anchor estimates are kept per version too: this read confirms them, or drops
      // them (graph-version.ts), so with the cache on they never need a read of their own.
      noteGraphVersion(current, startedAt);
      if (current !== seenVersion) {
        // A new graph: every result may have changed.
        entries.clear();
        totalChars = 0;
        seenVersion = current;
      }
      let text = printed.get(args.document);
      if (text === undefined) {
        text = print(args.document);
        printed.set(args.document, text);
      }
      const key = JSON.stringify([text, args.operationName ?? null, args.variableValues ?? {}]);
      const hit = entries.get(key);
      if (hit) {
        hits++;
        entries.delete(key); // re-insert: Map order is the LRU order
        entries.set(key, hit);
        setResultAndStopExecution(hit.result);
        return;
      }
      misses++;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          if (result.errors?.length || seenVersion !== current) return;
          // The strings counted by the response budget already tell a large result: it is not
          // stringified (megabytes of garbage) only to learn that it will not be kept.
          if (spentBy(args.contextValue as object) > maxChars) return;
          const chars = JSON.stringify(result.data ?? null).length;
          if (chars > maxChars) return;
          drop(key);
          while (entries.size > 0 && (entries.size >= maxEntries || totalChars + chars > maxTotal)) {
            drop(entries.keys().next().value as string);
          }
          entries.set(key, { result, chars });
          totalChars += chars;
        },
      };
    },
  };
}
