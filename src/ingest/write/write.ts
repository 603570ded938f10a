// The Write stage: one article, one transaction. Either all of an article's nodes and edges are
// committed or none are; re-ingesting the same text writes nothing; a changed text first detaches what
// the article wrote before (cypher/write/article-detach.cypher) and then writes afresh.
import path from "node:path";
import { cypher } from "../../neo4j/registry.ts";
import { runIn, withIntegers, writeTx } from "../../neo4j/run.ts";
import { alternateArticleId } from "../normalize/article-id.ts";
import type { Extraction } from "../types.ts";
import { type RowList, stepParams } from "./rounds.ts";
import { FLOAT_FIELDS, type WriteRows } from "./row-types.ts";
import { buildRows } from "./rows.ts";

export type WriteOutcome = "new" | "unchanged" | "updated";

/** An article named by id and the file it came from. */
export interface ArticleRef {
  articleId: string;
  file: string | null;
}

export interface WriteResult {
  outcome: WriteOutcome;
  /** The id the article has in the graph: the extraction's, unless its headline was taken (resolveIdentity). */
  articleId: string;
  /** The rows that were written (null when unchanged): the ingest summary counts from them. */
  rows: WriteRows | null;
  /**
   * What an "updated" article replaced: its stored version (same url; same headline from the same
   * file; or the same text written by an older writer), with the file that version came from.
   */
  replaced: ArticleRef[];
  /** Articles from other files with the same headline and no url but another text: both are kept. */
  sameHeadline: ArticleRef[];
  /**
   * Statements an update removed that this run had written (its stored version was written at or after
   * WriteOptions.since): the run's statement count takes them back. Absent when none.
   */
  retracted?: number;
}

export interface WriteOptions {
  /** When the ingest run started (ISO): an update of an article stored since then reports `retracted`. */
  since?: string;
}

/** What write/article-detach answers: the statements it removed, counted back when the run wrote them. */
export function retractedBy(rows: Record<string, unknown>[]): number {
  const row = rows[0];
  return row?.sinceRun === true ? Number(row.statements ?? 0) : 0;
}

/**
 * Bumped when the writer stores the same extraction differently, so that re-ingesting an unchanged
 * article written by an older version rewrites it instead of reporting it unchanged.
 * 2: whole numbers as INTEGER (were FLOAT), one AFFILIATED_WITH per (person, organization, roleKind).
 * 3: meeting sessions (MeetingSession, HAS_SESSION, ATTENDED a session).
 */
export const WRITER_VERSION = 3;

/**
 * Test hook: called before every query of an article's transaction with the query name and its index
 * in the transaction; throwing from it aborts the transaction there (failure injection).
 */
export type WriteFault = (query: string, index: number, articleId: string) => void;

let fault: WriteFault | null = null;

export function setWriteFault(hook: WriteFault | null): void {
  fault = hook;
}

/** The armed test hook, if any (the batch writer calls it per article, as this writer does). */
export function writeFault(): WriteFault | null {
  return fault;
}

/**
 * Node upserts before the edges that MATCH them; statements last since they point at everything.
 * Each of these queries (and write/article(s), article-state(s)) starts with `CYPHER replan=skip`: it
 * only seeks nodes by their unique id, so its first plan is its best, while an ingest grows the graph
 * fast enough that Neo4j otherwise discards and replans it every few seconds ("stale plan": a label's
 * count diverged), which measured about half of Neo4j's CPU per article, JIT work for the new plans
 * included (README, bench:ingest). Queries whose plan may depend on the data replan as usual:
 * article-detach and article-editions. affiliated-with keeps its plan too since it no longer names the
 * roleKind in a pattern (a relationship index covers it, and any plan, on a small graph or a large one,
 * seeked that index, every edge of the kind, instead of expanding between the edge's two nodes).
 */
export const STEPS: ReadonlyArray<readonly [query: string, list: RowList]> = [
  ["write/countries", "countries"],
  ["write/organizations", "organizations"],
  ["write/persons", "persons"],
  ["write/places", "places"],
  ["write/topics", "topics"],
  ["write/meetings", "meetings"],
  ["write/part-of", "partOf"],
  ["write/located-in", "locatedIn"],
  ["write/affiliated-with", "affiliations"],
  ["write/held-in", "heldIn"],
  ["write/attended", "attended"],
  ["write/meeting-parts", "meetingParts"],
  ["write/meeting-sessions", "sessions"],
  ["write/session-held-in", "sessionHeldIn"],
  ["write/session-attended", "sessionAttended"],
  ["write/mentions", "mentions"],
  ["write/statements", "statements"],
  ["write/said-by", "saidBy"],
  ["write/via", "via"],
  ["write/about", "about"],
];

/**
 * A whole article is one transaction, and a 5 MB article carries ~15,000 statements and ~90,000
 * mentions (measured: ~25 s on a busy 2-core machine), far beyond the read timeout the API uses.
 */
export const ARTICLE_TX_TIMEOUT_MS = 300_000;

export type Run = (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Which stored article this extraction is, as the write transaction sees the graph. */
export interface Identity {
  articleId: string;
  /** The stored version of that article, if any. */
  stored: Record<string, unknown> | null;
  sameHeadline: ArticleRef[];
}

/**
 * Article identity (docs/graph-model.md): the extraction's id is that of its url, else of its headline
 * (title, source, date), else of its text. A headline is not unique: when the id is taken by another
 * text from another file, the other articles with this headline decide. One with the same text is this
 * article; one from the same file is its earlier version (an edited file); otherwise it is a different
 * article that shares the headline and gets an id of its own (headline + text), and both are kept.
 * "The same file" is the same file name in any folder: a corpus is moved or copied, an edited copy
 * keeps its name, and two different reports under one headline rarely share one.
 */
export async function resolveIdentity(
  run: Run,
  ex: Extraction,
  rows: WriteRows,
  // The stored state when the caller already read it (the batch writer reads a whole batch at once).
  prefetched?: Record<string, unknown> | null,
): Promise<Identity> {
  const { id, url, title, source, publishedAt, contentHash } = rows.article;
  const stored = prefetched !== undefined ? prefetched : (await run("write/article-state", { id }))[0];
  if (!stored || stored.contentHash === contentHash || url || !title || sameFile(stored, ex.file)) {
    return { articleId: id, stored: stored ?? null, sameHeadline: [] };
  }
  const others = await run("write/article-editions", { id, title, source, publishedAt });
  const same = others.find((o) => o.contentHash === contentHash) ?? others.find((o) => sameFile(o, ex.file));
  if (same) return { articleId: String(same.id), stored: same, sameHeadline: [] };
  const articleId = alternateArticleId(id, contentHash);
  const sameHeadline = [stored, ...others]
    .filter((o) => o.id !== articleId)
    .map((o) => ({ articleId: String(o.id ?? id), file: fileOf(o) }));
  return { articleId, stored: null, sameHeadline };
}

/** The extraction under another article id: statement ids start with the article's. */
export function withArticleId(ex: Extraction, articleId: string): Extraction {
  const prefix = `${ex.article.id}:`;
  return {
    ...ex,
    article: { ...ex.article, id: articleId },
    statements: (ex.statements ?? []).map((s) =>
      s.id.startsWith(prefix) ? { ...s, id: `${articleId}:${s.id.slice(prefix.length)}` } : s,
    ),
  };
}

/** Writes one article in one transaction. Throws (and writes nothing) when any part fails. */
export async function writeExtraction(ex: Extraction, opts: WriteOptions = {}): Promise<WriteResult> {
  // Built (and validated) before the transaction opens, so a contract violation never reaches Neo4j.
  const built = buildRows(ex);
  const headlineId = built.article.id;
  // Converted once, outside the transaction the driver may retry.
  const builtSent = toSend(built);
  const ingestedAt = new Date().toISOString();
  return writeTx(
    async (tx): Promise<WriteResult> => {
      let index = 0;
      const run: Run = async (query, params) => {
        fault?.(query, index++, headlineId);
        return runIn(tx, cypher(query), params);
      };
      const { articleId, stored, sameHeadline } = await resolveIdentity(run, ex, built);
      const current = stored?.writerVersion === WRITER_VERSION;
      if (stored && current && stored.contentHash === built.article.contentHash) {
        return { outcome: "unchanged", articleId, rows: null, replaced: [], sameHeadline };
      }
      // Rare (a headline shared with another file's text): the rows are rebuilt under the id it gets.
      const rows = articleId === headlineId ? built : buildRows(withArticleId(ex, articleId));
      const sent = articleId === headlineId ? builtSent : toSend(rows);
      // The rest is sent without waiting for each answer: the driver pipelines the queries of one
      // transaction in order, so an article costs two round trips plus the commit instead of ~18.
      // Any failure still rejects the transaction as a whole.
      const pending: Promise<unknown>[] = [];
      let retracted = 0;
      if (stored) {
        const detach = { id: articleId, since: opts.since ?? null };
        pending.push(run("write/article-detach", detach).then((r) => (retracted = retractedBy(r))));
      }
      const articleParams = { article: rows.article, ingestedAt, writerVersion: WRITER_VERSION };
      pending.push(
        run("write/article", withIntegers(articleParams, FLOAT_FIELDS) as Record<string, unknown>),
      );
      for (const [query, list] of STEPS) {
        const batch = sent[list];
        if (batch.length > 0) pending.push(run(query, stepParams(list, batch)));
      }
      await Promise.all(pending);
      const replaced = stored ? [{ articleId, file: fileOf(stored) }] : [];
      const result: WriteResult = {
        outcome: stored ? "updated" : "new",
        articleId,
        rows,
        replaced,
        sameHeadline,
      };
      return retracted > 0 ? { ...result, retracted } : result;
    },
    {
      timeoutMs: ARTICLE_TX_TIMEOUT_MS,
      metadata: { app: "newsgraph ingest", articleId: headlineId, file: ex.file },
    },
  );
}

function sameFile(row: Record<string, unknown>, file: string): boolean {
  const stored = fileOf(row);
  return stored !== null && path.basename(stored) === path.basename(file);
}

export function fileOf(row: Record<string, unknown>): string | null {
  return typeof row.file === "string" ? row.file : null;
}

/**
 * The rows as sent: whole numbers as INTEGER, and every mention row naming its article, since one
 * statement may carry the mentions of many articles (write/mentions reads row.articleId).
 */
export function toSend(rows: WriteRows): WriteRows {
  const articleId = rows.article.id;
  const withArticle = { ...rows, mentions: rows.mentions.map((m) => ({ ...m, articleId })) };
  return withIntegers(withArticle, FLOAT_FIELDS) as WriteRows;
}
