// A fingerprint of a graph's content: counts plus sha256 over every node (key, labels, typed
// properties) and relationship (type, endpoints, typed properties) in a canonical order. Two databases
// with the same digest hold the same graph, down to INTEGER vs FLOAT — what the round trip tests compare.
import { createHash } from "node:crypto";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import { nodeKey, sortedEntries } from "./model.ts";
import { type GraphSource, wholeGraph } from "./source.ts";

export interface GraphDigest {
  nodes: number;
  relationships: number;
  sha256: string;
}

export async function graphDigest(source: GraphSource = wholeGraph()): Promise<GraphDigest> {
  const hash = createHash("sha256");
  let nodes = 0;
  let relationships = 0;
  for await (const page of source.nodes()) {
    for (const n of page) {
      hash.update(
        `N ${JSON.stringify([n.key, n.labels, sortedEntries(n.props).map(([k, v]) => [k, v.type, v.value])])}\n`,
      );
      nodes++;
    }
  }
  for await (const page of source.relationships()) {
    for (const r of page) {
      const props = sortedEntries(r.props).map(([k, v]) => [k, v.type, v.value]);
      hash.update(
        `R ${JSON.stringify([r.type, nodeKey(r.startLabel, r.startId), nodeKey(r.endLabel, r.endId), props])}\n`,
      );
      relationships++;
    }
  }
  return { nodes, relationships, sha256: hash.digest("hex") };
}

/** Totals straight from the database, to catch nodes or relationships an export would not see. */
export async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await read<{ nodes: number; relationships: number }>(cypher("export/counts"));
  return row ?? { nodes: 0, relationships: 0 };
}
