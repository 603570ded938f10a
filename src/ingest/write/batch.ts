// The Write stage for many articles in one transaction: one state lookup for the whole batch (a re-run
// learns which articles are unchanged in one round trip), then each write query once per batch over the
// rows of every changed article (UNWIND), pipelined, and one commit — one disk flush for hundreds of
// articles instead of one each. The result equals writing the articles one by one in input order
// (rounds.ts keeps per-node order inside a statement; an update starts a new segment, see below), so
// where a batch ends never shows in the graph: a killed ingest re-run gives the graph of one clean run.
import { cypher } from "../../neo4j/registry.ts";
import { runIn, withIntegers, writeTx } from "../../neo4j/run.ts";
import type { Extraction } from "../types.ts";
import { rounds, stepParams } from "./rounds.ts";
import { FLOAT_FIELDS, type WriteRows } from "./row-types.ts";
import { buildRows } from "./rows.ts";
import {
  ARTICLE_TX_TIMEOUT_MS,
  fileOf,
  type Run,
  resolveIdentity,
  retractedBy,
  STEPS,
  toSend,
  WRITER_VERSION,
  type WriteOptions,
  type WriteResult,
  withArticleId,
  writeFault,
} from "./write.ts";

/**
 * What an article owns alone (its statements with their edges, its mentions) is created, not merged:
 * every article a batch writes is new or was just detached (write/article-detach), so none of it can be
 * in the graph, and MERGE would look for each edge before creating it. The one-by-one writer (write.ts,
 * also the batch's fallback) keeps MERGE. Another process writing the same new article at the same
 * time fails the batch on the Article or Statement id constraint (write/articles-new), and the
 * fallback then finds that article unchanged.
 */
const CREATE_FORM: Readonly<Record<string, string>> = {
  "write/mentions": "write/mentions-new",
  "write/statements": "write/statements-new",
  "write/said-by": "write/said-by-new",
  "write/via": "write/via-new",
  "write/about": "write/about-new",
};

/** An extraction whose rows were built (and validated) before its batch opened a transaction. */
export interface PreparedArticle {
  ex: Extraction;
  rows: WriteRows;
  sent: WriteRows;
}

/** Builds and validates an article's rows; throws an ExtractionContractError naming the field. */
export function prepareArticle(ex: Extraction): PreparedArticle {
  const rows = buildRows(ex);
  return { ex, rows, sent: toSend(rows) };
}

interface Planned {
  item: PreparedArticle;
  result: WriteResult;
  /** The rows to write (null when unchanged). */
  sent: WriteRows | null;
}

/**
 * Writes the articles in one transaction and returns their results in the same order. Throws (and
 * writes nothing) when any part fails; the caller then retries them one by one to find the bad one.
 * Two articles of one batch must not share an extraction id (the caller starts a new batch instead),
 * so that each sees the other as a one-by-one run would.
 */
export async function writeBatch(items: PreparedArticle[], opts: WriteOptions = {}): Promise<WriteResult[]> {
  const ingestedAt = new Date().toISOString();
  const fault = writeFault();
  return writeTx(
    async (tx) => {
      // Per-article query index for the failure-injection hook, as if each article ran alone.
      const index = new Map<string, number>();
      const touch = (query: string, ids: Iterable<string>) => {
        if (!fault) return;
        for (const id of ids) {
          const i = index.get(id) ?? 0;
          index.set(id, i + 1);
          fault(query, i, id);
        }
      };
      const headlineIds = items.map((it) => it.rows.article.id);
      touch("write/article-states", headlineIds);
      const states = await runIn(tx, cypher("write/article-states"), { ids: headlineIds });
      const stateOf = new Map(states.map((s) => [String(s.id), s]));

      const planned: Planned[] = [];
      for (const item of items) {
        const headlineId = item.rows.article.id;
        const run: Run = async (query, params) => {
          touch(query, [headlineId]);
          return runIn(tx, cypher(query), params);
        };
        planned.push(await plan(run, item, stateOf.get(headlineId) ?? null));
      }

      const pending: Promise<unknown>[] = [];
      for (const segment of segments(planned)) {
        for (const p of segment) {
          if (p.result.outcome !== "updated") continue;
          touch("write/article-detach", [p.item.rows.article.id]);
          const detach = { id: p.result.articleId, since: opts.since ?? null };
          pending.push(
            runIn(tx, cypher("write/article-detach"), detach).then((rows) => {
              const retracted = retractedBy(rows);
              if (retracted > 0) p.result = { ...p.result, retracted };
            }),
          );
        }
        const sent = segment.map((p) => p.sent as WriteRows);
        // A new article is created, an updated one (its node stays) merged.
        for (const fresh of [true, false]) {
          const part = segment.filter((p) => (p.result.outcome === "new") === fresh);
          if (part.length === 0) continue;
          const query = fresh ? "write/articles-new" : "write/articles";
          touch(
            query,
            part.map((p) => p.item.rows.article.id),
          );
          const rows = part.map((p) => (p.sent as WriteRows).article);
          const articleParams = { rows, ingestedAt, writerVersion: WRITER_VERSION };
          pending.push(
            runIn(tx, cypher(query), withIntegers(articleParams, FLOAT_FIELDS) as Record<string, unknown>),
          );
        }
        for (const [step, list] of STEPS) {
          const query = CREATE_FORM[step] ?? step;
          const pick = (r: WriteRows) => r[list];
          touch(
            query,
            segment.filter((p) => pick(p.sent as WriteRows).length > 0).map((p) => p.item.rows.article.id),
          );
          for (const rows of rounds(list, sent.map(pick))) {
            pending.push(runIn(tx, cypher(query), stepParams(list, rows)));
          }
        }
      }
      await Promise.all(pending);
      return planned.map((p) => p.result);
    },
    {
      timeoutMs: ARTICLE_TX_TIMEOUT_MS,
      metadata: { app: "newsgraph ingest", articles: items.length, first: items[0]?.ex.file ?? null },
    },
  );
}

/** What the graph makes of one article: its identity, outcome and the rows to write. */
async function plan(
  run: Run,
  item: PreparedArticle,
  state: Record<string, unknown> | null,
): Promise<Planned> {
  const { ex, rows, sent } = item;
  const { articleId, stored, sameHeadline } = await resolveIdentity(run, ex, rows, state);
  const current = stored?.writerVersion === WRITER_VERSION;
  if (stored && current && stored.contentHash === rows.article.contentHash) {
    return {
      item,
      sent: null,
      result: { outcome: "unchanged", articleId, rows: null, replaced: [], sameHeadline },
    };
  }
  // Rare (a headline shared with another file's text): the rows are rebuilt under the id it gets.
  const own = articleId === rows.article.id ? rows : buildRows(withArticleId(ex, articleId));
  const replaced = stored ? [{ articleId, file: fileOf(stored) }] : [];
  return {
    item,
    sent: own === rows ? sent : toSend(own),
    result: { outcome: stored ? "updated" : "new", articleId, rows: own, replaced, sameHeadline },
  };
}

/**
 * The changed articles in runs that can share statements. An update detaches its old facts first,
 * which changes what the articles after it see (an affiliation's evidence moves to the next article
 * that confirms it), so it starts a segment of its own and the articles before it are written first.
 */
function segments(planned: Planned[]): Planned[][] {
  const out: Planned[][] = [];
  for (const p of planned) {
    if (!p.sent) continue;
    const last = out.at(-1);
    if (!last || p.result.outcome === "updated") out.push([p]);
    else last.push(p);
  }
  return out;
}
