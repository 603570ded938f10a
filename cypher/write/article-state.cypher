// The stored state of an article, read inside the article's write transaction: the same content hash
// written by the current writer means "unchanged" (nothing is written); another hash, or a graph
// written by an older writer (whole numbers as FLOAT, one affiliation per spelling), means "updated"
// (its old facts are detached first). The file tells the summary where the stored version came from.
// @param id: "art-0123456789abcdef"
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
MATCH (a:Article {id: $id})
RETURN a.contentHash AS contentHash, a.writerVersion AS writerVersion, a.file AS file
