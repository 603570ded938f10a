import neo4j from "neo4j-driver";
import { cypher } from "./registry.ts";
import { write } from "./run.ts";

/** Deletes every node and relationship in batches; constraints and indexes stay. */
export async function deleteAllData(batchSize = 5000): Promise<void> {
  for (;;) {
    // LIMIT takes an INTEGER; a JS number would travel as a FLOAT.
    const [row] = await write<{ n: number }>(cypher("write/delete-batch"), { limit: neo4j.int(batchSize) });
    if (!row || row.n === 0) return;
  }
}
