// `npm start` fills an empty database with the sample corpus so that the API has something to answer
// from the first request; a database that already holds articles is left alone (the user's data, or a
// previous start).
import { fileURLToPath } from "node:url";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";
import { type IngestOptions, type IngestReport, ingestPaths } from "./ingest.ts";

export const SAMPLE_CORPUS_DIR = fileURLToPath(new URL("../../data/articles/", import.meta.url));

export function ingestSampleCorpus(opts: IngestOptions = {}): Promise<IngestReport> {
  return ingestPaths([SAMPLE_CORPUS_DIR], opts);
}

/** Ingests data/articles when the database has no Article; returns null when it already had some. */
export async function ingestSampleCorpusIfEmpty(opts: IngestOptions = {}): Promise<IngestReport | null> {
  const [row] = await read<{ any: boolean }>(cypher("write/has-articles"));
  if (row?.any) return null;
  return ingestSampleCorpus(opts);
}
