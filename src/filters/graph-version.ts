// How long the query layer's kept values — resolved names (names.ts), anchor estimates and the set ids
// they keep (statement-filter.ts) — stay valid: for one graph version (cypher/read/graph-version.cypher,
// an O(1) read), which every ingest and every delete changes, and not for a fixed time.
//
// Why not a time to live: a kept value is a function of the graph alone, so while the version stands it
// is exact, and recomputing it on a timer cost requests their latency — at 1M statements an estimate reads
// ~0.4 s of Neo4j, and the request that found it expired waited for it (bench:api at 1M, 50 requests/s:
// p99 909 ms). Now the version is read again instead, off the request path: per request by the response
// cache when it is on (src/http/response-cache.ts notes what it read), otherwise in the background, one
// read at a time, at most every CONFIRM_AFTER_MS while requests come. A change made by another process
// (the CLI's ingest) is therefore seen within about CONFIRM_AFTER_MS plus one read. A request waits for
// that O(1) read only when the version has not been confirmed for MAX_UNCONFIRMED_MS (after an idle spell,
// or while Neo4j does not answer); it never waits for a kept value to be recomputed unless the graph changed.
import { cypher } from "../neo4j/registry.ts";
import { outsideRequestScope } from "../neo4j/request-scope.ts";
import { read } from "../neo4j/run.ts";

export type Runner = (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** From this age of the last confirmation on, a request starts a background version read. */
export const CONFIRM_AFTER_MS = 1_000;
/** Beyond this age of the last confirmation, kept values are not served until a version read answers. */
export const MAX_UNCONFIRMED_MS = 10_000;

let seen: string | null = null;
/** When the read that found `seen` started (an older read that answers later must not undo it). */
let seenAt = Number.NEGATIVE_INFINITY;
let confirmedAt = Number.NEGATIVE_INFINITY;
/** When the last version read answered: a read that answered a moment ago (this request's own, from the
 *  response cache, if the request was slow) needs no other yet, though it started longer ago. */
let answeredAt = Number.NEGATIVE_INFINITY;
let generation = 0;
let pending: Promise<void> | null = null;
const listeners: (() => void)[] = [];

const defaultRunner: Runner = (query, params) => read(query, params);

/** Bumped whenever the graph changed: a value computed under an older generation is not current. */
export function graphGeneration(): number {
  return generation;
}

/** `drop` runs whenever the graph changed (values that must not outlive a version). */
export function onGraphChange(drop: () => void): void {
  listeners.push(drop);
}

/** The graph changed (an ingest in this process, or a new version read): every kept value is out of date. */
export function graphChanged(): void {
  generation++;
  for (const drop of listeners) drop();
}

export async function readGraphVersion(run: Runner = defaultRunner): Promise<string> {
  const [row] = await run(cypher("read/graph-version"), {});
  return String(row?.version ?? "");
}

/**
 * A version read that started at `startedAt` found `version`. A version other than the last one seen
 * (also the first one this process sees: values kept before it were confirmed by nothing) is a change.
 */
export function noteGraphVersion(version: string, startedAt: number): void {
  if (version !== seen) {
    if (startedAt < seenAt) return; // an older read answering late: the newer one stands
    seen = version;
    seenAt = startedAt;
    graphChanged();
  }
  if (startedAt > confirmedAt) confirmedAt = startedAt;
  answeredAt = Date.now();
}

/**
 * Whether values kept under the current generation may be served now. When the last confirmation is
 * older than CONFIRM_AFTER_MS a version read starts in the background (one at a time); only when it is
 * older than MAX_UNCONFIRMED_MS does the caller wait for it. A change it finds bumps the generation
 * before this returns.
 */
export async function confirmGraph(run: Runner = defaultRunner): Promise<boolean> {
  const now = Date.now();
  const age = now - confirmedAt;
  if (age < CONFIRM_AFTER_MS) return true;
  if (age < MAX_UNCONFIRMED_MS && now - answeredAt < CONFIRM_AFTER_MS) return true;
  const reading = pending ?? startRead(run);
  if (age < MAX_UNCONFIRMED_MS) return true;
  await reading;
  return Date.now() - confirmedAt < MAX_UNCONFIRMED_MS;
}

function startRead(run: Runner): Promise<void> {
  const startedAt = Date.now();
  // Not the request's work: outside its scope, so neither its deadline nor its cancellation applies.
  const reading = outsideRequestScope(() => readGraphVersion(run))
    .then((version) => noteGraphVersion(version, startedAt))
    .catch(() => undefined) // unconfirmed: values age out, and the query itself reports the database
    .finally(() => {
      if (pending === reading) pending = null;
    });
  pending = reading;
  return reading;
}

/** For tests: as if this process had never read a version. */
export function resetGraphVersion(): void {
  seen = null;
  seenAt = Number.NEGATIVE_INFINITY;
  confirmedAt = Number.NEGATIVE_INFINITY;
  answeredAt = Number.NEGATIVE_INFINITY;
  pending = null;
  graphChanged();
}
