// The stored state of a batch of articles in one query (write/article-state for many ids): a re-run
// learns which articles are unchanged with one index seek each and one round trip per batch. Ids that
// are not stored return no row.
// @param ids: ["art-0123456789abcdef"]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash, a.writerVersion AS writerVersion, a.file AS file
