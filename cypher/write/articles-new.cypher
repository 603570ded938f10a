// The batch writer's form of write/articles for articles the batch found absent: CREATE, so that
// another ingest process that wrote one of them meanwhile (overlapping shards) makes the batch fail on
// the Article id constraint instead of both writing its statements and mentions; the batch is then
// retried article by article, which finds it unchanged (src/ingest/write/batch.ts).
// @param rows: [{"id":"art-0123456789abcdef","title":"t","source":"dpa","sources":["dpa"],"publishedAt":"2025-12-21","url":null,"file":"a.txt","text":"x","contentHash":"h"}]
// @param ingestedAt: "2025-12-21T10:00:00.000Z"
// @param writerVersion: 3
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
CREATE (a:Article)
SET a = row,
  a.ingestedAt = $ingestedAt,
  a.writerVersion = $writerVersion
