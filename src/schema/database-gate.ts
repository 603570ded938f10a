// Remembers whether Neo4j answered recently, so that while it is down a request fails at once with
// SERVICE_UNAVAILABLE instead of waiting out the driver's transaction retries (30 s) — and finds out
// by itself when it is back. A connectivity check (a pooled connection, no query) runs at most once a
// second per process, not per request; only requests already running when Neo4j goes away wait.
import { getDriver } from "../neo4j/driver.ts";

const RECHECK_WHILE_UP_MS = 1_000;
const RECHECK_WHILE_DOWN_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;

const state = { up: true, checkedAt: 0, pending: null as Promise<boolean> | null };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Checks now (deduplicated across concurrent callers) and records the answer. */
export function checkDatabase(): Promise<boolean> {
  state.pending ??= withTimeout(getDriver().verifyConnectivity(), CHECK_TIMEOUT_MS)
    .then(
      () => true,
      () => false,
    )
    .then((up) => {
      state.up = up;
      state.checkedAt = Date.now();
      state.pending = null;
      return up;
    });
  return state.pending;
}

/** The recent answer, re-checked when it is older than a few seconds (sooner while down). */
export function databaseUp(): Promise<boolean> {
  const age = Date.now() - state.checkedAt;
  if (age < (state.up ? RECHECK_WHILE_UP_MS : RECHECK_WHILE_DOWN_MS)) return Promise.resolve(state.up);
  return checkDatabase();
}

/** A query failed because the database could not be reached: stop sending work until a check passes. */
export function markDatabaseDown(): void {
  state.up = false;
  state.checkedAt = Date.now();
}
