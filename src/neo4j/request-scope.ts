// What a GraphQL request allows the database work it causes: a deadline, a cancellation signal and an
// id. src/http/request-scope.ts opens a scope around each execution; run.ts reads it for every
// transaction, so no Cypher a request causes can outlive the request (its transaction timeout is cut to
// what the request has left) and none starts after the request was cancelled. Work outside a request
// (ingest CLI, migrations) has no scope and keeps its own timeouts.
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestScope {
  /** Sent as transaction metadata (`SHOW TRANSACTIONS`) and to the client with any error. */
  id: string;
  /** Epoch ms by which every transaction of the request must be over. */
  deadline: number;
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Work on behalf of a request that must not count against it (terminating its transactions). */
export function outsideRequestScope<T>(work: () => T): T {
  return storage.exit(work);
}

export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Thrown instead of starting a transaction the request no longer has time or a client for. */
export class RequestOverError extends Error {
  constructor(readonly reason: "deadline" | "cancelled") {
    super(reason === "deadline" ? "the request's time is up" : "the request was cancelled");
    this.name = "RequestOverError";
  }
}

/** A transaction never gets less than this: a shorter timeout fails before its first record. */
const MIN_TX_MS = 50;

/**
 * The transaction config for work that would take `timeoutMs` on its own: within a request, the timeout is
 * cut to the time the request has left and the request id joins the metadata.
 */
export function scopedTxConfig(
  timeoutMs: number,
  metadata: Record<string, unknown> | undefined,
): { timeout: number; metadata?: Record<string, unknown> } {
  const scope = storage.getStore();
  if (!scope) return { timeout: timeoutMs, ...(metadata ? { metadata } : {}) };
  if (scope.signal?.aborted) throw new RequestOverError("cancelled");
  const left = scope.deadline - Date.now();
  if (left < MIN_TX_MS) throw new RequestOverError("deadline");
  return { timeout: Math.min(timeoutMs, left), metadata: { ...metadata, requestId: scope.id } };
}
