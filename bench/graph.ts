// `npm run bench:graph -- --statements N`: builds a realistic graph of N statements (bench/graph-generate.ts)
// in an empty database and measures the headline page query on it — the Cypher the API composes for
// {speaker: {nationality: "Russland", roleKind: NEGOTIATOR}, about: {place: "Miami"}} — run through the
// bare driver: median and p99 latency of page 1, of a later page (keyset cursor) and of totalCount, and the
// db hits of each from PROFILE. A benchmark, not a test: it reports, it asserts nothing.
// Options: --statements=N (10000), --runs=R (50), --seed=S (1), --measure-only (database already built).
// With NEO4J_URI it uses that database (it must be empty unless --measure-only); otherwise a throw-away
// local Neo4j on free ports.
import os from "node:os";
import neo4j from "neo4j-driver";
import { DEFAULT_ORDER, decodeStatementCursor, encodeStatementCursor } from "../src/filters/cursors.ts";
import type { CypherQuery } from "../src/filters/cypher-query.ts";
import {
  resolveStatementWhere,
  statementCountQuery,
  statementPageQuery,
} from "../src/filters/statement-filter.ts";
import type { StatementWhere } from "../src/filters/statement-where.ts";
import { getDriver, serverVersion } from "../src/neo4j/driver.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { read } from "../src/neo4j/run.ts";
import { TOTAL_COUNT_CAP } from "../src/schema/connections.ts";
import { generateGraph } from "./graph-generate.ts";
import { benchNeo4j } from "./neo4j.ts";

const arg = (name: string) => {
  const i = process.argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = process.argv[i] as string;
  return a.includes("=") ? a.split("=")[1] : process.argv[i + 1];
};
const N = Number(arg("statements") ?? 10_000);
const RUNS = Number(arg("runs") ?? 50);
const SEED = Number(arg("seed") ?? 1);
const MEASURE_ONLY = process.argv.includes("--measure-only");
const PAGE = 20;

export const HEADLINE: StatementWhere = {
  speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
  about: { place: "Miami" },
};

interface PlanNode {
  operatorType: string;
  dbHits: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

interface Measured {
  median: number;
  p99: number;
  dbHits: number;
  rows: number;
}

function sumHits(plan: { dbHits: number; children: unknown[] }): number {
  return plan.dbHits + plan.children.reduce<number>((t, c) => t + sumHits(c as typeof plan), 0);
}

/** Times `q` RUNS times (after 5 warm-up runs) and PROFILEs it once. */
async function measure(q: CypherQuery): Promise<Measured> {
  const driver = getDriver();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const t0 = performance.now();
      const r = await session.run(q.query, q.params);
      if (i >= 5) times.push(performance.now() - t0);
      rows = r.records.length;
    }
    const profiled = await session.run(`PROFILE ${q.query}`, q.params);
    const plan = profiled.summary.profile as unknown as { dbHits: number; children: unknown[] };
    times.sort((a, b) => a - b);
    return {
      median: times[Math.floor(times.length / 2)] as number,
      p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] as number,
      dbHits: plan ? sumHits(plan) : Number.NaN,
      rows,
    };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const { uri, close } = await benchNeo4j("bench:graph", { requireEmpty: !MEASURE_ONLY });
  try {
    await migrate();
    if (!MEASURE_ONLY) {
      const t0 = performance.now();
      const made = await generateGraph(N, SEED);
      await read("CALL db.awaitIndexes(600)");
      console.log(
        `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${Object.entries(made)
          .map(([k, v]) => `${v} ${k}`)
          .join(", ")}`,
      );
    }
    const [count] = await read<{ n: number }>("MATCH (s:Statement) RETURN count(s) AS n");
    console.log(
      `Neo4j ${await serverVersion()} at ${uri}; ${count?.n} statements; ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}, Node ${process.version}; ${RUNS} runs each`,
    );

    const resolved = await resolveStatementWhere(HEADLINE);
    const page1 = statementPageQuery(resolved, { limit: PAGE + 1 });
    const firstRows = await read<{ s: Record<string, unknown> }>(page1.query, page1.params);
    const last = firstRows[PAGE - 1]?.s;
    const after = last
      ? decodeStatementCursor(encodeStatementCursor(last, DEFAULT_ORDER), DEFAULT_ORDER)
      : null;
    const queries: [string, CypherQuery][] = [
      ["page 1", page1],
      ["page 2 (keyset)", statementPageQuery(resolved, { limit: PAGE + 1, after })],
      ["totalCount", statementCountQuery(resolved)],
      ["totalCount capped", statementCountQuery(resolved, undefined, TOTAL_COUNT_CAP)],
    ];
    // A broad filter (every Russian speaker): what the cap bounds.
    const broad = await resolveStatementWhere({ speaker: { nationality: "Russland" } });
    queries.push(
      ["broad: page 1", statementPageQuery(broad, { limit: PAGE + 1 })],
      ["broad: count", statementCountQuery(broad)],
      ["broad: count capped", statementCountQuery(broad, undefined, TOTAL_COUNT_CAP)],
    );
    console.log(
      `\n${"query".padEnd(22)}${"median".padStart(10)}${"p99".padStart(10)}${"db hits".padStart(12)}${"rows".padStart(8)}`,
    );
    for (const [name, q] of queries) {
      const m = await measure(q);
      console.log(
        `${name.padEnd(22)}${`${m.median.toFixed(2)} ms`.padStart(10)}${`${m.p99.toFixed(2)} ms`.padStart(10)}${String(m.dbHits).padStart(12)}${String(m.rows).padStart(8)}`,
      );
    }
    console.log(
      `\nanchor estimates: ${JSON.stringify(resolved.anchorCosts ?? null)}; speaker route: ${resolved.speakerRoute ?? "-"}`,
    );
    console.log(
      `load at the end (1/5/15 min): ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")}`,
    );
    if (process.argv.includes("--show-cypher")) {
      console.log(`\n${page1.query}\n${JSON.stringify(page1.params)}`);
      const session = getDriver().session({ defaultAccessMode: neo4j.session.READ });
      const profiled = await session.run(`PROFILE ${page1.query}`, page1.params);
      await session.close();
      const show = (plan: PlanNode, depth: number): void => {
        const details = String(plan.arguments?.Details ?? "").slice(0, 110);
        console.log(`${"  ".repeat(depth)}${plan.operatorType} ${plan.dbHits} ${details}`);
        for (const c of plan.children) show(c, depth + 1);
      };
      show(profiled.summary.profile as unknown as PlanNode, 0);
    }
  } finally {
    await close();
  }
}

await main();
