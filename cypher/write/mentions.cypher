// (Article)-[:MENTIONS {count, offsets}]->(entity or meeting): offsets is the flat list
// [s0,e0,s1,e1,…] into the article text. The rows come as one list per target label (stepParams in
// src/ingest/write/rounds.ts), each written by a branch with a static label: one index seek a row.
// Each row names its article, so that one statement writes the mentions of a whole batch of articles.
// @param persons: [{"articleId":"art-0123456789abcdef","label":"Person","id":"kirill-dmitrijew","count":1,"offsets":[10,26]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Person {id: row.id})
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.count = row.count,
    m.offsets = row.offsets
}
CALL () {
  UNWIND $organizations AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Organization {id: row.id})
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.count = row.count,
    m.offsets = row.offsets
}
CALL () {
  UNWIND $places AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Place {id: row.id})
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.count = row.count,
    m.offsets = row.offsets
}
CALL () {
  UNWIND $topics AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Topic {id: row.id})
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.count = row.count,
    m.offsets = row.offsets
}
CALL () {
  UNWIND $meetings AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Meeting {id: row.id})
  MERGE (a)-[m:MENTIONS]->(x)
  SET m.count = row.count,
    m.offsets = row.offsets
}
