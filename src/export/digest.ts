// A fingerprint of a graph's content: counts plus a multiset hash — the sum (mod 2^256) of the sha256 of
// every node (key, labels, typed properties) and relationship (type, endpoints, typed properties). A
// sum does not depend on the order elements are read in (a whole-graph and a subgraph source read in
// different orders) and needs no sorting in memory; unlike XOR it still counts duplicates. Two
// databases with the same digest hold the same graph, down to INTEGER vs FLOAT.
import { createHash } from "node:crypto";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import { nodeKey, type Props, sortedEntries } from "./model.ts";
import { type GraphSource, PAGE_TIMEOUT, wholeGraph } from "./source.ts";

export interface GraphDigest {
  nodes: number;
  relationships: number;
  sha256: string;
}

export interface DigestOptions {
  /**
   * Leave out empty-list properties: `neo4j-admin database import` cannot write an empty array (an
   * empty field is "no property"), so a CSV copy made with it differs from the source only there.
   */
  dropEmptyLists?: boolean;
}

export async function graphDigest(
  source: GraphSource = wholeGraph(),
  opts: DigestOptions = {},
): Promise<GraphDigest> {
  const entries = (props: Props) =>
    sortedEntries(props)
      .filter(([, v]) => !(opts.dropEmptyLists && v.type === "empty[]"))
      .map(([k, v]) => [k, v.type, v.value]);
  const MOD = 1n << 256n;
  let sum = 0n;
  const add = (line: string) => {
    sum = (sum + BigInt(`0x${createHash("sha256").update(line).digest("hex")}`)) % MOD;
  };
  let nodes = 0;
  let relationships = 0;
  for await (const page of source.nodes()) {
    for (const n of page) {
      add(`N ${JSON.stringify([n.key, n.labels, entries(n.props)])}`);
      nodes++;
    }
  }
  for await (const page of source.relationships()) {
    for (const r of page) {
      const props = entries(r.props);
      add(
        `R ${JSON.stringify([r.type, nodeKey(r.startLabel, r.startId), nodeKey(r.endLabel, r.endId), props])}`,
      );
      relationships++;
    }
  }
  const sha256 = createHash("sha256")
    .update(`${nodes} ${relationships} ${sum.toString(16)}`)
    .digest("hex");
  return { nodes, relationships, sha256 };
}

/** Totals straight from the database, to catch nodes or relationships an export would not see. */
export async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await read<{ nodes: number; relationships: number }>(
    cypher("export/counts"),
    {},
    PAGE_TIMEOUT,
  );
  return row ?? { nodes: 0, relationships: 0 };
}
