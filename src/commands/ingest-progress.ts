// What `newsgraph ingest` says while it runs: articles/s and statements/s over the last seconds, an
// ETA when the number of articles is known (files and folders are counted in the background; standard
// input and gzip-compressed JSON lines are not, so those runs show no ETA), and the failures so far.
// On a terminal that is one line kept up to date (cli-progress: redraw throttling, cursor, width);
// otherwise a line every few seconds on stderr plus one per failure, which logs and CI can read.
import { createReadStream } from "node:fs";
import cliProgress from "cli-progress";
import type { IngestProgress } from "../ingest/ingest.ts";
import { listInputs } from "../ingest/read/read.ts";
import type { Shard } from "../ingest/workers/shard.ts";

export interface Snapshot {
  done: number;
  failed: number;
  statements: number;
  seconds: number;
  articlesPerSecond: number;
  statementsPerSecond: number;
}

/** Rates over a sliding window, so they follow the run instead of averaging in its start-up. */
export class Meter {
  private readonly started: number;
  private readonly samples: Array<{ t: number; done: number; statements: number }> = [];
  done = 0;
  failed = 0;
  statements = 0;

  constructor(
    now = performance.now(),
    private readonly windowMs = 10_000,
  ) {
    this.started = now;
    this.samples.push({ t: now, done: 0, statements: 0 });
  }

  add(p: IngestProgress, now = performance.now()): void {
    this.done = p.done;
    if (p.outcome === "failed") this.failed++;
    // s6-write's writer says how many statements each article wrote; older writers do not.
    this.statements += (p as { statements?: number }).statements ?? 0;
    const last = this.samples[this.samples.length - 1]!;
    if (now - last.t >= 250) this.samples.push({ t: now, done: this.done, statements: this.statements });
    while (this.samples.length > 2 && now - this.samples[1]!.t > this.windowMs) this.samples.shift();
  }

  snapshot(now = performance.now()): Snapshot {
    const from = this.samples[0]!;
    const dt = (now - from.t) / 1000;
    return {
      done: this.done,
      failed: this.failed,
      statements: this.statements,
      seconds: (now - this.started) / 1000,
      articlesPerSecond: dt > 0 ? (this.done - from.done) / dt : 0,
      statementsPerSecond: dt > 0 ? (this.statements - from.statements) / dt : 0,
    };
  }
}

function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** One progress line; `total` null when unknown (no ETA then). */
export function formatProgress(s: Snapshot, total: number | null): string {
  const of = total !== null ? `/${Math.max(total, s.done)}` : "";
  const parts = [
    `${s.done}${of} articles`,
    `${s.articlesPerSecond.toFixed(1)} articles/s`,
    `${s.statementsPerSecond.toFixed(0)} statements/s`,
  ];
  if (total !== null && s.articlesPerSecond > 0) {
    parts.push(`ETA ${duration(Math.max(0, total - s.done) / s.articlesPerSecond)}`);
  }
  parts.push(`${s.failed} failed`);
  return parts.join(" | ");
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  return lines + (last === 0x0a ? 0 : 1);
}

/**
 * Articles the input holds, counted without reading them (files listed, JSON-lines files' newlines
 * counted), for the ETA; null when it cannot be known cheaply: standard input, gzip-compressed JSON
 * lines. With a shard, its expected share.
 */
export async function countArticles(paths: string[], shard: Shard | null): Promise<number | null> {
  let total = 0;
  for await (const item of listInputs(paths)) {
    if (typeof item !== "string") total++;
    else if (item === "-" || /\.(ndjson|jsonl)\.gz$/i.test(item)) return null;
    else if (/\.(ndjson|jsonl)$/i.test(item)) total += await countLines(item).catch(() => 1);
    else total++;
  }
  return shard ? Math.ceil(total / shard.count) : total;
}

export interface Reporter {
  update(p: IngestProgress): void;
  stop(): void;
}

/** The progress output for a mode; `total` is read on every redraw (it arrives while the run goes). */
export function progressReporter(
  mode: "bar" | "lines" | "none",
  total: () => number | null,
  meter: Meter,
  everyMs = 5_000,
): Reporter {
  if (mode === "none") return { update: (p) => meter.add(p), stop: () => {} };
  if (mode === "lines") {
    // The first article done is reported at once (a log shows the run has started writing), then a
    // line every `everyMs` while articles keep coming.
    let next = performance.now();
    let last = -1;
    const line = () => {
      last = meter.done;
      process.stderr.write(`ingest: ${formatProgress(meter.snapshot(), total())}\n`);
    };
    const timer = setInterval(() => {
      if (meter.done !== last && performance.now() >= next) line();
    }, everyMs);
    timer.unref();
    return {
      update: (p) => {
        meter.add(p);
        if (p.outcome === "failed") process.stderr.write(`failed ${p.file} — ${p.reason ?? "?"}\n`);
        if (performance.now() >= next) {
          next = performance.now() + everyMs;
          line();
        }
      },
      stop: () => {
        clearInterval(timer);
        if (meter.done !== last) line();
      },
    };
  }
  const bar = new cliProgress.SingleBar({
    format: () => `ingest ${formatProgress(meter.snapshot(), total())}`,
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
    fps: 5,
  });
  bar.start(1, 0);
  return {
    update: (p) => {
      meter.add(p);
      bar.update(0);
    },
    stop: () => bar.stop(),
  };
}
