// `newsgraph ingest <files|dirs…>`: every article into Neo4j in batches (one transaction a batch), a
// progress line on a terminal (a line every few seconds otherwise, so logs and CI stay readable), a
// summary at the end, and a non-zero exit when any article failed — after all the others were committed.
import { availableParallelism } from "node:os";
import type { IngestProgress, IngestReport } from "../ingest/ingest.ts";
import { parseShard, type Shard } from "../ingest/workers/shard.ts";
import { connect, type Neo4jConnection } from "../neo4j/connect.ts";
import { closeDriver } from "../neo4j/driver.ts";
import type { Command } from "./command.ts";
import { countArticles, Meter, progressReporter } from "./ingest-progress.ts";

const USAGE = `newsgraph ingest [--json] [--quiet] [--workers N] [--batch-rows N] [--shard i/n] <files|dirs|- ...>

  Reads .txt, .json, .ndjson/.jsonl and .html articles (folders recursively, .gz of each, "-" for
  standard input: JSON lines or one article), extracts statements, people, organizations, places and
  meetings on a pool of worker threads, and writes them to Neo4j.
  Re-ingesting an unchanged article writes nothing; a changed one replaces what it wrote before (the
  summary lists each update with its file). Articles without url that share title, source and date
  but come from different files with different texts are kept as two articles.

  --json    print the report as JSON on stdout instead of the summary
  --quiet   no progress output, only the summary
  --workers N   extraction threads (default: one per core); 1 extracts in the main thread
  --batch-rows N  rows (nodes and edges) written per transaction (default 4000, about 25 articles;
                env NEWSGRAPH_INGEST_BATCH_ROWS)
  --shard i/n   only the i-th of n disjoint shards of the input (by url, else file and line), so n
                processes, on one machine or several, can ingest one input into one Neo4j together

Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) if set; else the local server of \`newsgraph db start\`
or \`npm start\` if one is running; else the local server is started for the run and stopped after it
(data in NEWSGRAPH_HOME, the same store \`npm start\` serves).
Exit code: 0 all articles ingested, 1 some failed (the others are committed), 2 usage error.`;

interface IngestArgs {
  paths: string[];
  json: boolean;
  quiet: boolean;
  workers: number;
  /** Rows per write transaction; 0 = the writer's default (env NEWSGRAPH_INGEST_BATCH_ROWS or 4000). */
  batchRows: number;
  shard: Shard | null;
}

/** The command line → options, or what is wrong with it. */
export function parseArgs(args: string[]): IngestArgs | { error: string } {
  const out: IngestArgs = { paths: [], json: false, quiet: false, workers: 0, batchRows: 0, shard: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const [name, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = () => inline ?? args[++i];
    if (name === "--json") out.json = true;
    else if (name === "--quiet") out.quiet = true;
    else if (name === "--workers") {
      const v = value();
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1)
        return { error: `--workers needs a whole number ≥ 1, not '${v ?? ""}'` };
      out.workers = n;
    } else if (name === "--batch-rows") {
      const v = value();
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n < 1)
        return { error: `--batch-rows needs a whole number ≥ 1, not '${v ?? ""}'` };
      out.batchRows = n;
    } else if (name === "--shard") {
      const shard = parseShard(value() ?? "");
      if ("error" in shard) return shard;
      out.shard = shard;
    } else if (name.startsWith("--")) return { error: `unknown option ${name}` };
    else out.paths.push(a);
  }
  if (out.paths.length === 0) return { error: "no files or folders given" };
  return out;
}

/** Where the run writes, for the progress output. */
function describe(neo4j: Neo4jConnection): string {
  if (neo4j.via === "running") return `${neo4j.uri} (local, started by ${neo4j.server.owner})`;
  if (neo4j.via === "started") return `${neo4j.uri} (local, started for this run)`;
  return neo4j.uri;
}

/** What reading repaired or ignored, per file (Latin-1 decoded, mojibake repaired, a date ignored). */
export interface FileWarnings {
  file: string;
  warnings: string[];
}

export function formatWarnings(warnings: FileWarnings[]): string[] {
  if (warnings.length === 0) return [];
  return ["Warnings:", ...warnings.flatMap((w) => w.warnings.map((text) => `  ${w.file}: ${text}`))];
}

/** What a run has done so far: counts and failures only, so it does not grow with the input. */
export class Tally {
  done = 0;
  readonly counts = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  readonly failures: Array<{ file: string; reason: string }> = [];

  add(p: IngestProgress): void {
    this.done++;
    this.counts[p.outcome]++;
    if (p.outcome === "failed") this.failures.push({ file: p.file, reason: p.reason ?? "?" });
  }

  static of(events: IngestProgress[]): Tally {
    const t = new Tally();
    for (const p of events) t.add(p);
    return t;
  }
}

/**
 * The summary of a run stopped by a signal: what was committed (every article reported done is in the
 * graph) and that the rest was not written.
 */
export function formatInterrupted(done: IngestProgress[] | Tally, expected: number, signal: string): string {
  const t = done instanceof Tally ? done : Tally.of(done);
  const c = t.counts;
  const left = expected > t.done ? `; ${expected - t.done} not written` : "; the rest not written";
  const lines = [
    `Interrupted by ${signal} after ${t.done} articles: ${c.new} new, ${c.unchanged} unchanged, ${c.updated} updated (committed), ${c.failed} failed${left}.`,
    "Run the same command again to ingest the rest; committed articles are found unchanged.",
  ];
  if (t.failures.length > 0) {
    lines.push("Failed:");
    for (const f of t.failures) lines.push(`  ${f.file}: ${f.reason}`);
  }
  return lines.join("\n");
}

/**
 * Where the time went, when the writer reports it (s6-write's batched writer does; reports built
 * elsewhere do not): reading and extracting overlap with writing, so the larger is the bottleneck.
 */
function formatTimings(report: IngestReport): string[] {
  const t = (
    report as {
      timings?: { totalMs?: number; inputMs?: number; writeMs?: number; batches?: number; retried?: number };
    }
  ).timings;
  if (!t?.totalMs) return [];
  const s = (ms = 0) => `${(ms / 1000).toFixed(1)} s`;
  const retried = t.retried ? `, ${t.retried} retried article by article` : "";
  return [
    `Timings: ${s(t.totalMs)} in all; waiting for read + extraction ${s(t.inputMs)}, writing ${s(t.writeMs)} in ${t.batches ?? 0} batches${retried}`,
  ];
}

export function formatSummary(report: IngestReport, seconds: number, warnings: FileWarnings[] = []): string {
  const a = report.articles;
  const w = report.written;
  const total = a.new + a.unchanged + a.updated + a.failed;
  const rate = seconds > 0 ? ` (${(total / seconds).toFixed(1)} articles/s)` : "";
  const lines = [
    `Articles: ${a.new} new, ${a.unchanged} unchanged, ${a.updated} updated, ${a.failed} failed — ${total} in ${seconds.toFixed(1)} s${rate}`,
    `Written: ${w.statements} statements, ${w.people} people, ${w.organizations} organizations, ${w.places} places, ${w.meetings} meetings`,
  ];
  const updated = report.ingested.filter((i) => i.outcome === "updated");
  if (updated.length > 0) {
    lines.push("Updated:");
    for (const u of updated) {
      const before = u.replaced.map((r) => (r.file === u.file ? "same file" : `was ${r.file ?? "?"}`));
      lines.push(`  ${u.articleId} from ${u.file}${before.length > 0 ? ` (${before.join(", ")})` : ""}`);
    }
  }
  const apart = report.ingested.filter((i) => i.sameHeadline.length > 0 && i.outcome !== "unchanged");
  if (apart.length > 0) {
    lines.push("Kept apart (same title, source and date, another text):");
    for (const a of apart) {
      const others = a.sameHeadline.map((o) => `${o.articleId} from ${o.file ?? "?"}`).join(", ");
      lines.push(`  ${a.articleId} from ${a.file}; also ${others}`);
    }
  }
  const omitted = report.omitted;
  if (omitted?.ingested) {
    lines.push(`(${omitted.ingested} more articles not listed; the counts above cover them)`);
  }
  lines.push(...formatTimings(report));
  lines.push(...formatWarnings(warnings));
  if (report.failures.length > 0) {
    lines.push("Failed:");
    for (const f of report.failures) lines.push(`  ${f.file}: ${f.reason}`);
    if (omitted?.failures) lines.push(`  … and ${omitted.failures} more (${a.failed} failed in all)`);
  }
  return lines.join("\n");
}

export const ingestCommand: Command = {
  summary: "Ingest articles (files or folders) into Neo4j",
  usage: USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    if ("error" in parsed) {
      console.error(`newsgraph ingest: ${parsed.error}\n\nUsage: ${USAGE}`);
      return 2;
    }
    const { paths, json, quiet } = parsed;
    const workers = parsed.workers || availableParallelism();
    const mode = quiet || json ? "none" : process.stderr.isTTY ? "bar" : "lines";

    const neo4j = await connect({
      startAs: "newsgraph ingest",
      shareAttached: true,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const done = new Tally();
    const warnings: FileWarnings[] = [];
    let expected = 0;
    let stopProgress = () => {};
    // Ctrl-C or SIGTERM: say what was committed, close the driver (the article being written is rolled
    // back) and the Neo4j started for the run, then exit. A second signal exits at once.
    const onSignal = (signal: NodeJS.Signals) => {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      process.once("SIGINT", () => process.exit(130));
      stopProgress();
      const summary = formatInterrupted(done, expected, signal);
      if (json)
        console.log(
          JSON.stringify(
            { interrupted: signal, articles: done.counts, failures: done.failures, warnings },
            null,
            2,
          ),
        );
      else console.log([summary, ...formatWarnings(warnings)].join("\n"));
      void closeDriver()
        .then(() => neo4j.release())
        .finally(() => process.exit(130));
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    try {
      const { ensureSchema, ingestExtractions } = await import("../ingest/ingest.ts");
      const { extractStream } = await import("../ingest/pipeline.ts");
      await ensureSchema();
      if (mode !== "none") process.stderr.write(`Neo4j: ${describe(neo4j)}\n`);
      // Counted while the run goes: the ETA appears when the count is in.
      let total: number | null = null;
      if (mode !== "none") {
        void countArticles(paths, parsed.shard).then(
          (n) => {
            total = n;
            expected = n ?? 0;
          },
          () => {},
        );
      }
      const progress = progressReporter(mode, () => total, new Meter());
      stopProgress = () => progress.stop();
      const t0 = performance.now();
      let report: IngestReport;
      try {
        const onSkip = (file: string, reason: string) => {
          if (mode === "lines") process.stderr.write(`${file}: ${reason}\n`);
        };
        report = await ingestExtractions(extractStream(paths, { onSkip, workers, shard: parsed.shard }), {
          ...(parsed.batchRows > 0 ? { batchRows: parsed.batchRows } : {}),
          onProgress: (p) => {
            done.add(p);
            progress.update(p);
          },
          onWarnings: (file, w) => {
            warnings.push({ file, warnings: w });
          },
        });
      } finally {
        progress.stop();
      }
      const seconds = (performance.now() - t0) / 1000;
      console.log(
        json ? JSON.stringify({ ...report, warnings }, null, 2) : formatSummary(report, seconds, warnings),
      );
      return report.articles.failed > 0 ? 1 : 0;
    } finally {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      await closeDriver();
      await neo4j.release();
    }
  },
};
