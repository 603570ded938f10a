// The only place that talks to sessions: session per call, managed transactions (the driver retries
// them on transient errors, which is why write work must be idempotent), closed in finally, and every
// value converted to plain JS here so nothing above src/neo4j sees a neo4j Integer or temporal.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isVector,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
} from "neo4j-driver";
import { config } from "../config.ts";
import { getDriver } from "./driver.ts";
import { scopedTxConfig } from "./request-scope.ts";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Transaction timeout; defaults to NEWSGRAPH_QUERY_TIMEOUT_MS for reads, WRITE_TIMEOUT_MS for writes. */
  timeoutMs?: number;
  /** Shows up in `SHOW TRANSACTIONS` and the query log, e.g. the GraphQL operation name. */
  metadata?: Record<string, unknown>;
}

/**
 * Counts Cypher round trips (one per `run`), so tests can prove that the number of queries a GraphQL
 * request makes is bounded by its depth, not by list lengths.
 */
export const queryStats = {
  count: 0,
  reset(): void {
    this.count = 0;
  },
};

/** Integer → number, temporals → ISO strings, nodes/relationships → their properties, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value !== "object") return typeof value === "bigint" ? bigintToPlain(value) : value;
  if (isInt(value)) {
    // Counts and offsets fit a double; a value that does not is returned as a string rather than rounded.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (isPoint(value)) {
    const p: Row = { srid: toPlain(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) p.z = value.z;
    return p;
  }
  if (isVector(value)) return Array.from(value.asTypedArray() as ArrayLike<number | bigint>, toPlain);
  if (value instanceof Uint8Array) return value;
  const out: Row = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function bigintToPlain(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(v)
    : v.toString();
}

export function recordToPlain<T = Row>(record: Neo4jRecord): T {
  const out: Row = {};
  for (const key of record.keys) out[key as string] = toPlain(record.get(key));
  return out as T;
}

/**
 * Whole numbers as Neo4j INTEGER. The driver sends every JS number as a FLOAT, so an offset written as
 * 383 would be stored as 383.0; this wraps whole numbers in `neo4j.int` before they leave the process.
 * `floatKeys` names the properties that are measurements (a confidence of 1 stays FLOAT 1.0); a
 * fractional number under any other key is a mistake in the caller and throws, naming the key.
 */
export function withIntegers(value: unknown, floatKeys: ReadonlySet<string>, key = "$"): unknown {
  if (typeof value === "number") {
    if (floatKeys.has(key)) return value;
    if (!Number.isSafeInteger(value)) {
      throw new TypeError(`${key}: ${value} is not a whole number (declare '${key}' as a FLOAT property)`);
    }
    return neo4j.int(value);
  }
  if (Array.isArray(value)) return value.map((v) => withIntegers(v, floatKeys, key));
  if (value === null || typeof value !== "object" || isInt(value)) return value;
  const out: Params = {};
  for (const [k, v] of Object.entries(value)) out[k] = withIntegers(v, floatKeys, k);
  return out;
}

/** Runs one query inside a transaction from `readTx`/`writeTx` and returns plain rows. */
export async function runIn<T = Row>(
  tx: ManagedTransaction,
  query: string,
  params: Params = {},
): Promise<T[]> {
  queryStats.count++;
  const result = await withoutStackCapture(() => tx.run(query, params));
  return result.records.map((r) => recordToPlain<T>(r));
}

/**
 * The driver captures a stack trace for every query it starts (`new Error().stack` in its Result, to
 * put the caller's frames on a later error), and with source maps on (tsx) formatting that stack was
 * ~6 % of an API request's CPU (bench:api, 10k graph). Its frames would only show this file and the
 * driver: an error still carries Neo4j's code and message, which is what the masker maps and logs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * Reads default to NEWSGRAPH_QUERY_TIMEOUT_MS, which guards the API against expensive client queries.
 * Writes are our own bounded ingest work, and the first ones on a cold JVM are slow, so they get more.
 */
export const WRITE_TIMEOUT_MS = 120_000;

/** Within a GraphQL request, the timeout is cut to what the request has left (request-scope.ts). */
function txConfig(opts: RunOptions | undefined, dflt: number) {
  return scopedTxConfig(opts?.timeoutMs ?? dflt, opts?.metadata);
}

/** Several queries in ONE read transaction. */
export async function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, opts?: RunOptions): Promise<T> {
  const session = getDriver().session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, txConfig(opts, config().queryTimeoutMs));
  } finally {
    await session.close();
  }
}

/** Several queries in ONE write transaction; `work` may be retried, so it must be idempotent. */
export async function writeTx<T>(
  work: (tx: ManagedTransaction) => Promise<T>,
  opts?: RunOptions,
): Promise<T> {
  const session = getDriver().session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(
      work,
      txConfig(opts, Math.max(WRITE_TIMEOUT_MS, config().queryTimeoutMs)),
    );
  } finally {
    await session.close();
  }
}

export function read<T = Row>(query: string, params?: Params, opts?: RunOptions): Promise<T[]> {
  return readTx((tx) => runIn<T>(tx, query, params), opts);
}

export function write<T = Row>(query: string, params?: Params, opts?: RunOptions): Promise<T[]> {
  return writeTx((tx) => runIn<T>(tx, query, params), opts);
}

/**
 * Schema commands (CREATE CONSTRAINT/INDEX) cannot run in a transaction together with data writes and
 * are not retried safely by executeWrite in every version, so they run as one auto-commit query each.
 */
export async function runSchema(query: string, params: Params = {}): Promise<void> {
  const session = getDriver().session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    queryStats.count++;
    await session.run(query, params);
  } finally {
    await session.close();
  }
}

/** What a user's statement returned, as the driver gives it (typed values, for exact printing). */
export interface UserResult {
  keys: string[];
  records: Neo4jRecord[];
  /** Non-zero update counters (nodesCreated, propertiesSet, …). */
  updates: Record<string, number>;
}

/**
 * A user's own statement (`newsgraph cypher`): one auto-commit query, as cypher-shell runs it, so
 * `CALL { … } IN TRANSACTIONS` works. The session's access mode is READ unless writes are allowed,
 * and the server refuses any write in a READ transaction (Neo.ClientError.Statement.AccessMode).
 */
export async function runUserStatement(
  query: string,
  params: Params,
  allowWrites: boolean,
): Promise<UserResult> {
  const session = getDriver().session({
    defaultAccessMode: allowWrites ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    queryStats.count++;
    const result = session.run(query, params);
    const keys = (await result.keys()).map(String);
    const { records, summary } = await result;
    const updates: Record<string, number> = {};
    for (const [name, n] of Object.entries(summary.counters.updates())) if (n) updates[name] = n;
    return { keys, records, updates };
  } finally {
    await session.close();
  }
}

export type Neo4jErrorKind =
  | "unavailable"
  | "auth"
  | "constraint"
  | "syntax"
  | "parameter"
  | "timeout"
  | "transient"
  | "read-only"
  | "other";

/** Classifies a driver error by its `code` (never by message text, which changes between versions). */
export function neo4jErrorKind(err: unknown): Neo4jErrorKind {
  if (!(err instanceof Neo4jError)) return "other";
  const code = err.code ?? "";
  if (code === "ServiceUnavailable" || code === "SessionExpired") return "unavailable";
  if (code.startsWith("Neo.ClientError.Security.")) return "auth";
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") return "constraint";
  if (code === "Neo.ClientError.Statement.SyntaxError" || code === "Neo.ClientError.Statement.TypeError") {
    return "syntax";
  }
  if (
    code === "Neo.ClientError.Statement.ParameterMissing" ||
    code === "Neo.ClientError.Statement.ArgumentError"
  ) {
    return "parameter";
  }
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code.includes("TransactionTimedOut")
  ) {
    return "timeout";
  }
  if (code === "Neo.ClientError.Statement.AccessMode") return "read-only";
  if (code.startsWith("Neo.TransientError.")) return "transient";
  return "other";
}
