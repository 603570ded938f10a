// The Write stage: one article, one transaction. Either all of an article's nodes and edges are
// committed or none are; re-ingesting the same text writes nothing; a changed text first detaches what
// the article wrote before (cypher/write/article-detach.cypher) and then writes afresh.
import { cypher } from "../../neo4j/registry.ts";
import { runIn, writeTx } from "../../neo4j/run.ts";
import type { Extraction } from "../types.ts";
import type { WriteRows } from "./row-types.ts";
import { buildRows } from "./rows.ts";

export type WriteOutcome = "new" | "unchanged" | "updated";

export interface WriteResult {
  outcome: WriteOutcome;
  /** The rows that were written (null when unchanged): the ingest summary counts from them. */
  rows: WriteRows | null;
}

/**
 * Test hook: called before every query of an article's transaction with the query name and its index
 * in the transaction; throwing from it aborts the transaction there (failure injection).
 */
export type WriteFault = (query: string, index: number, articleId: string) => void;

let fault: WriteFault | null = null;

export function setWriteFault(hook: WriteFault | null): void {
  fault = hook;
}

/** Node upserts before the edges that MATCH them; statements last since they point at everything. */
const STEPS: ReadonlyArray<readonly [query: string, pick: (r: WriteRows) => unknown[]]> = [
  ["write/countries", (r) => r.countries],
  ["write/organizations", (r) => r.organizations],
  ["write/persons", (r) => r.persons],
  ["write/places", (r) => r.places],
  ["write/topics", (r) => r.topics],
  ["write/meetings", (r) => r.meetings],
  ["write/part-of", (r) => r.partOf],
  ["write/located-in", (r) => r.locatedIn],
  ["write/affiliated-with", (r) => r.affiliations],
  ["write/held-in", (r) => r.heldIn],
  ["write/attended", (r) => r.attended],
  ["write/mentions", (r) => r.mentions],
  ["write/statements", (r) => r.statements],
  ["write/said-by", (r) => r.saidBy],
  ["write/via", (r) => r.via],
  ["write/about", (r) => r.about],
];

/**
 * A whole article is one transaction, and a 5 MB article carries ~15,000 statements and ~90,000
 * mentions (measured: ~25 s on a busy 2-core machine), far beyond the read timeout the API uses.
 */
export const ARTICLE_TX_TIMEOUT_MS = 300_000;

/** Writes one article in one transaction. Throws (and writes nothing) when any part fails. */
export async function writeExtraction(ex: Extraction): Promise<WriteResult> {
  // Built (and validated) before the transaction opens, so a contract violation never reaches Neo4j.
  const rows = buildRows(ex);
  const articleId = rows.article.id;
  const ingestedAt = new Date().toISOString();
  return writeTx(
    async (tx) => {
      let index = 0;
      const run = async (query: string, params: Record<string, unknown>) => {
        fault?.(query, index++, articleId);
        return runIn(tx, cypher(query), params);
      };
      const [stored] = await run("write/article-state", { id: articleId });
      if (stored && stored.contentHash === rows.article.contentHash) {
        return { outcome: "unchanged", rows: null };
      }
      // The rest is sent without waiting for each answer: the driver pipelines the queries of one
      // transaction in order, so an article costs two round trips plus the commit instead of ~18.
      // Any failure still rejects the transaction as a whole.
      const pending: Promise<unknown>[] = [];
      if (stored) pending.push(run("write/article-detach", { id: articleId }));
      pending.push(run("write/article", { article: rows.article, ingestedAt }));
      for (const [query, pick] of STEPS) {
        const batch = pick(rows);
        // articleId is only read by write/mentions; Neo4j ignores parameters a query does not use.
        if (batch.length > 0) pending.push(run(query, { rows: batch, articleId }));
      }
      await Promise.all(pending);
      return { outcome: stored ? "updated" : "new", rows };
    },
    { timeoutMs: ARTICLE_TX_TIMEOUT_MS, metadata: { app: "newsgraph ingest", articleId, file: ex.file } },
  );
}
