// The batched write floor: the rows of already-extracted articles written by a bare driver script,
// a fixed number of articles per transaction, with the writer's own Cypher and statement plan
// (rounds.ts) so that it produces the identical graph — but no state lookup, no identity resolution,
// no validation, no report. What `npm run bench:ingest` compares the end-to-end ingest with. It also
// times each write query (awaited one after another) to show where Neo4j's work per article goes.
import neo4j from "neo4j-driver";
import { config } from "../src/config.ts";
import type { Extraction } from "../src/ingest/types.ts";
import { prepareArticle } from "../src/ingest/write/batch.ts";
import { rounds, stepParams } from "../src/ingest/write/rounds.ts";
import type { WriteRows } from "../src/ingest/write/row-types.ts";
import { FLOAT_FIELDS } from "../src/ingest/write/row-types.ts";
import { STEPS, WRITER_VERSION } from "../src/ingest/write/write.ts";
import { cypher } from "../src/neo4j/registry.ts";
import { withIntegers } from "../src/neo4j/run.ts";

export interface FloorResult {
  articles: number;
  ms: number;
  /** Per write query: milliseconds, statements and rows sent. */
  perQuery: Map<string, { ms: number; statements: number; rows: number }>;
}

/** The rows to write, built before timing starts (the floor measures the database, not extraction). */
export function floorRows(extractions: Extraction[]): WriteRows[] {
  return extractions.map((ex) => prepareArticle(ex).sent);
}

/**
 * Writes `all` in transactions of `perTx` articles. The statements of a transaction are pipelined, as
 * the writer sends them; with `profile` each is awaited to time it alone (slower: a round trip each).
 */
export async function writeFloor(
  uri: string,
  all: WriteRows[],
  perTx = 200,
  profile = false,
): Promise<FloorResult> {
  const c = config();
  const driver = neo4j.driver(uri, neo4j.auth.basic(c.neo4jUser, c.neo4jPassword));
  const perQuery = new Map<string, { ms: number; statements: number; rows: number }>();
  const timed = async (tx: neo4j.ManagedTransaction, name: string, params: Record<string, unknown>) => {
    if (!profile) return void (await tx.run(cypher(name), params));
    const t0 = performance.now();
    await tx.run(cypher(name), params);
    const q = perQuery.get(name) ?? { ms: 0, statements: 0, rows: 0 };
    q.ms += performance.now() - t0;
    q.statements++;
    for (const v of Object.values(params)) if (Array.isArray(v)) q.rows += v.length;
    perQuery.set(name, q);
  };
  const session = driver.session();
  const t0 = performance.now();
  try {
    for (let i = 0; i < all.length; i += perTx) {
      const batch = all.slice(i, i + perTx);
      const ingestedAt = new Date().toISOString();
      await session.executeWrite(async (tx) => {
        const article = { rows: batch.map((r) => r.article), ingestedAt, writerVersion: WRITER_VERSION };
        await timed(tx, "write/articles", withIntegers(article, FLOAT_FIELDS) as Record<string, unknown>);
        for (const [query, list] of STEPS) {
          for (const rows of rounds(
            list,
            batch.map((r) => r[list]),
          ))
            await timed(tx, query, stepParams(list, rows));
        }
      });
    }
  } finally {
    await session.close();
    await driver.close();
  }
  return { articles: all.length, ms: performance.now() - t0, perQuery };
}
