// Upserts the article nodes of a batch (the batch writer's write/article). Every property comes from the
// extraction, so a retried transaction writes the same values.
// @param rows: [{"id":"art-0123456789abcdef","title":"t","source":"dpa","sources":["dpa"],"publishedAt":"2025-12-21","url":null,"file":"a.txt","text":"x","contentHash":"h"}]
// @param ingestedAt: "2025-12-21T10:00:00.000Z"
// @param writerVersion: 3
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row,
  a.ingestedAt = $ingestedAt,
  a.writerVersion = $writerVersion
