// Upserts the article node itself. Every property comes from the extraction, so a retried
// transaction writes the same values.
// @param article: {"id":"art-0123456789abcdef","title":"t","source":"dpa","sources":["dpa"],"publishedAt":"2025-12-21","url":null,"file":"a.txt","text":"x","contentHash":"h"}
// @param ingestedAt: "2025-12-21T10:00:00.000Z"
// @param writerVersion: 2
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
MERGE (a:Article {id: $article.id})
SET a += $article,
  a.ingestedAt = $ingestedAt,
  a.writerVersion = $writerVersion
