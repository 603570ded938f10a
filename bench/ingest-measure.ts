// Measurements for the ingest benchmark: a content hash of the whole graph (to prove two runs wrote
// the same), and the CPU time of the throw-away Neo4j server (to say what an article costs it).
import { createHash } from "node:crypto";
import fs from "node:fs";
import { read as readWithTimeout } from "../src/neo4j/run.ts";

// Reading a whole 10,000-article graph takes longer than the API's read timeout on a loaded machine.
const read = <T>(query: string) => readWithTimeout<T>(query, {}, { timeoutMs: 1_800_000 });

/** Counts per label and relationship type, from the count store (cheap at any size). */
export async function graphCounts(): Promise<{
  labels: Map<string, number>;
  types: Map<string, number>;
  summary: string;
}> {
  const labelNames = await read<{ label: string }>(
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
  );
  const typeNames = await read<{ type: string }>(
    "CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type ORDER BY type",
  );
  const labels = new Map<string, number>();
  const types = new Map<string, number>();
  for (const { label } of labelNames) {
    const [row] = await read<{ n: number }>(`MATCH (n:\`${label}\`) RETURN count(n) AS n`);
    labels.set(label, Number(row?.n ?? 0));
  }
  for (const { type } of typeNames) {
    const [row] = await read<{ n: number }>(`MATCH ()-[r:\`${type}\`]->() RETURN count(r) AS n`);
    types.set(type, Number(row?.n ?? 0));
  }
  const total = (m: Map<string, number>) => [...m].map(([k, n]) => `${k} ${n}`).join(", ");
  const [nodes] = await read<{ n: number }>("MATCH (n) RETURN count(n) AS n");
  const [rels] = await read<{ n: number }>("MATCH ()-[r]->() RETURN count(r) AS n");
  return {
    labels,
    types,
    summary: `${nodes?.n} nodes (${total(labels)}), ${rels?.n} relationships (${total(types)})`,
  };
}

/** Counts per label and relationship type, and a SHA-256 over every node and relationship (ingestedAt aside). */
export async function graphFingerprint(): Promise<{ summary: string; hash: string }> {
  const hash = createHash("sha256");
  const stable = (p: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(p)
        .filter((k) => k !== "ingestedAt")
        .sort()
        .map((k) => [k, p[k]]),
    );
  const nodes = (
    await read<{ l: string[]; p: Record<string, unknown> }>("MATCH (n) RETURN labels(n) AS l, n {.*} AS p")
  )
    .map((n) => `${[...n.l].sort().join(":")} ${stable(n.p)}`)
    .sort();
  for (const line of nodes) hash.update(`${line}\n`);
  const rels = (
    await read<{ a: string; t: string; b: string; p: Record<string, unknown> }>(
      "MATCH (x)-[r]->(y) RETURN x.id AS a, type(r) AS t, y.id AS b, r {.*} AS p",
    )
  )
    .map((r) => `${r.a} -${r.t}-> ${r.b} ${stable(r.p)}`)
    .sort();
  for (const line of rels) hash.update(`${line}\n`);
  const labels = await read<{ label: string; n: number }>(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const types = await read<{ type: string; n: number }>(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
  );
  const summary =
    `${nodes.length} nodes (${labels.map((l) => `${l.label} ${l.n}`).join(", ")}), ` +
    `${rels.length} relationships (${types.map((t) => `${t.type} ${t.n}`).join(", ")})`;
  return { summary, hash: hash.digest("hex") };
}

/**
 * CPU seconds (user + system) used so far by the processes of the bench's throw-away Neo4j (their
 * command line names its temporary home), or of the local server whose command line contains `marker`
 * (its home, for a server started with `newsgraph db start`); null when there is none or no /proc.
 */
export function neo4jCpuSeconds(marker = "newsgraph-bench:ingest-"): number | null {
  let ticks = 0;
  let found = false;
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  for (const pid of pids) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes(marker) || !cmd.includes("java")) continue;
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      found = true;
    } catch {
      // The process ended meanwhile.
    }
  }
  return found ? ticks / 100 : null;
}

/** Thread groups of a Neo4j JVM whose CPU the bench reports apart from the query work. */
export interface Neo4jCpuSplit {
  /** The JIT's compiler threads (C1, C2): warm-up, not work per article. */
  jit: number;
  /** Garbage collection threads (G1's workers and concurrent threads, the VM thread). */
  gc: number;
}

/**
 * CPU seconds so far of the JIT compiler and GC threads of the Neo4j processes matching `marker` (as
 * neo4jCpuSeconds), from /proc/<pid>/task (thread names as the JVM sets them); null without /proc. The
 * rest of neo4jCpuSeconds is the query work: Bolt workers, Lucene merges, checkpoints (threads that
 * ended are in the process total but no longer in a task, so they count as the rest).
 */
export function neo4jCpuSplit(marker = "newsgraph-bench:ingest-"): Neo4jCpuSplit | null {
  let pids: string[];
  try {
    pids = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const out: Neo4jCpuSplit = { jit: 0, gc: 0 };
  let found = false;
  for (const pid of pids) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmd.includes(marker) || !cmd.includes("java")) continue;
      found = true;
      for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
        const stat = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, "utf8");
        const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
        if (/^C\d CompilerThre/.test(name)) out.jit += seconds;
        else if (/^(GC Thread|G1 |VM Thread)/.test(name)) out.gc += seconds;
      }
    } catch {
      // The process or thread ended meanwhile.
    }
  }
  return found ? out : null;
}
