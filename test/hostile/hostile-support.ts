// Shared by the hostile-input tests: after each attack, the database must be idle again (no
// transaction of ours left in SHOW TRANSACTIONS) within two seconds.
import { expect } from "vitest";
import { read } from "../../src/neo4j/run.ts";

interface Tx {
  id: string;
  query: string;
  status: string;
}

/** Transactions other than the one asking. */
export async function openTransactions(): Promise<Tx[]> {
  return read<Tx>(
    `SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS query, status
     WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
     RETURN id, query, status`,
  );
}

/** Polls until Neo4j runs nothing else; fails with what is still running after `ms`. */
export async function expectNeo4jIdle(ms = 2_000): Promise<void> {
  const until = Date.now() + ms;
  let open = await openTransactions();
  while (open.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    open = await openTransactions();
  }
  expect(
    open.map((t) => `${t.id} ${t.status}: ${t.query.slice(0, 120)}`),
    "transactions still open",
  ).toEqual([]);
}

/** A string of `n` characters made of words, as a name or query would be. */
export function longText(n: number, word = "Dmitrijew"): string {
  return `${word} `.repeat(Math.ceil(n / (word.length + 1))).slice(0, n);
}
