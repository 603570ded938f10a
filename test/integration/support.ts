// Shared by the integration test files. They run one at a time against the one database the global
// setup provides, and each file starts from an empty graph with resetDatabase().
import { inject } from "vitest";
import type { IngestReport } from "../../src/ingest/ingest.ts";
import { ingestSampleCorpus as ingestSampleCorpusFromData } from "../../src/ingest/sample-corpus.ts";
import { useNeo4j } from "../../src/neo4j/driver.ts";
import { deleteAllData } from "../../src/neo4j/wipe.ts";

// Point this worker at the test database even if its environment was fixed before the setup ran.
await useNeo4j(inject("neo4jUri"), inject("neo4jUser"), inject("neo4jPassword"));

/** Deletes every node and relationship; constraints and indexes stay (the global setup applied them). */
export function resetDatabase(): Promise<void> {
  return deleteAllData();
}

// --- ingest helpers (writer engineer) --------------------------------------------------------------

/** Ingests data/articles through the real pipeline (reader → … → writer). */
export function ingestSampleCorpus(): Promise<IngestReport> {
  return ingestSampleCorpusFromData();
}
