// Remembers whether Neo4j answered recently, so that while it is down a request fails at once with
// SERVICE_UNAVAILABLE instead of waiting out the driver's transaction retries (30 s) — and finds out
// by itself when it is back. A connectivity check (a pooled connection, no query) runs twice a second
// per process while requests come, not per request; only requests already running when Neo4j goes away wait.
// The plugin below applies it to requests; health and the error masker read and update it too.
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { getDriver } from "../neo4j/driver.ts";
import { databaseUnavailable } from "../schema/errors.ts";

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

/**
 * While requests keep coming, a timer re-checks twice as often as an answer goes stale, so no
 * request waits for a check while the database is up: before, the first request after each second
 * waited one extra round trip, which at 50–100 req/s is exactly the p99. After IDLE_MS without a
 * request the timer stops (an idle server does not ping Neo4j) and the next request checks itself.
 */
const IDLE_MS = 10_000;
const refresher = { timer: null as NodeJS.Timeout | null, lastUse: 0 };

function keepFresh(): void {
  refresher.lastUse = Date.now();
  if (refresher.timer) return;
  refresher.timer = setInterval(() => {
    if (Date.now() - refresher.lastUse > IDLE_MS) {
      clearInterval(refresher.timer ?? undefined);
      refresher.timer = null;
      return;
    }
    void checkDatabase();
  }, RECHECK_WHILE_UP_MS / 2);
  refresher.timer.unref();
}

/** The recent answer, re-checked when it is older than a second. */
export function databaseUp(): Promise<boolean> {
  keepFresh();
  const age = Date.now() - state.checkedAt;
  if (age < (state.up ? RECHECK_WHILE_UP_MS : RECHECK_WHILE_DOWN_MS)) return Promise.resolve(state.up);
  return checkDatabase();
}

/** A query failed because the database could not be reached: stop sending work until a check passes. */
export function markDatabaseDown(): void {
  state.up = false;
  state.checkedAt = Date.now();
}

/** Fields that answer without Neo4j (health reports UNAVAILABLE itself). */
const OFFLINE_FIELDS = new Set(["health", "__typename", "__schema", "__type"]);

/** The plugin: while Neo4j is down, fail at once instead of letting every resolver wait out the driver's retries. */
export function useDatabaseGate(): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || d.name?.value === args.operationName),
      );
      const needsDatabase = operation?.selectionSet.selections.some(
        (sel: SelectionNode) => sel.kind !== Kind.FIELD || !OFFLINE_FIELDS.has(sel.name.value),
      );
      if (!needsDatabase || (await databaseUp())) return;
      setResultAndStopExecution({ errors: [databaseUnavailable()], data: null });
    },
  };
}
