// Exactly-once in effect: a `newsgraph ingest` killed (SIGKILL, no chance to clean up) after some of
// its batches committed, then run again, leaves the graph one clean run leaves — the same node and
// relationship counts and the same content hash over every node's and relationship's properties
// (ingestedAt aside, the one value that records when). Each batch is one transaction, the re-run finds
// the committed articles unchanged by their content hash, and where a batch ends never shows in the
// graph (src/ingest/write/batch.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { generateCorpus } from "../../bench/ingest-corpus.ts";
import { ingestPaths } from "../../src/ingest/ingest.ts";
import { read } from "../../src/neo4j/run.ts";
import { resetDatabase } from "./support.ts";

const ARTICLES = 120;
const BATCH_ROWS = 120;

let dir = "";

beforeAll(async () => {
  dir = await generateCorpus(fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-resume-")), ARTICLES);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Node and relationship counts plus a SHA-256 over every node and relationship, in a stable order. */
async function fingerprint(): Promise<{ nodes: number; rels: number; hash: string }> {
  const nodes = await read<{ labels: string[]; props: Record<string, unknown> }>(
    "MATCH (n) RETURN labels(n) AS labels, n {.*} AS props",
  );
  const rels = await read<{ from: string; type: string; to: string; props: Record<string, unknown> }>(
    "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS props",
  );
  const stable = (props: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(props)
        .filter((k) => k !== "ingestedAt")
        .sort()
        .map((k) => [k, props[k]]),
    );
  const lines = [
    ...nodes.map((n) => `${[...n.labels].sort().join(":")} ${stable(n.props)}`),
    ...rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${stable(r.props)}`),
  ].sort();
  const hash = createHash("sha256").update(lines.join("\n")).digest("hex");
  return { nodes: nodes.length, rels: rels.length, hash };
}

async function articleCount(): Promise<number> {
  const [row] = await read<{ n: number }>("MATCH (a:Article) RETURN count(a) AS n");
  return row?.n ?? 0;
}

function ingestChild(): ChildProcess {
  return spawn("node", ["bin/newsgraph.js", "ingest", "--quiet", dir], {
    env: {
      ...process.env,
      NEO4J_URI: inject("neo4jUri"),
      NEO4J_USER: inject("neo4jUser"),
      NEO4J_PASSWORD: inject("neo4jPassword"),
      NEWSGRAPH_INGEST_BATCH_ROWS: String(BATCH_ROWS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null; err: string }> {
  let err = "";
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  child.stdout?.resume();
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, err })));
}

describe("ingest: killed and run again", () => {
  it("gives the graph of one clean run (counts and content hash)", async () => {
    await resetDatabase();
    const clean = await ingestPaths([dir], { batchRows: BATCH_ROWS });
    expect(clean.articles).toEqual({ new: ARTICLES, unchanged: 0, updated: 0, failed: 0 });
    expect(clean.timings?.batches).toBeGreaterThan(3);
    const expected = await fingerprint();
    expect(expected.nodes).toBeGreaterThan(ARTICLES);

    await resetDatabase();
    const child = ingestChild();
    const done = exited(child);
    // Kill it as soon as its first batches are in the graph, well before the last.
    let seen = 0;
    while (seen === 0 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 25));
      seen = await articleCount();
    }
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");
    const partial = await articleCount();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);

    const again = await exited(ingestChild());
    expect(again.err).toBe("");
    expect(again.code).toBe(0);
    expect(await fingerprint()).toEqual(expected);

    // And once more: every article unchanged, nothing written.
    const third = await ingestPaths([dir], { batchRows: BATCH_ROWS });
    expect(third.articles).toEqual({ new: 0, unchanged: ARTICLES, updated: 0, failed: 0 });
    expect(await fingerprint()).toEqual(expected);
  }, 600_000);
});
