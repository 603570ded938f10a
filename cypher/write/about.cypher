// (Statement)-[:ABOUT {via: TEXT|CONTEXT}]->(Place|Meeting|Person|Organization|Topic). The rows come
// as one list per target label (stepParams in src/ingest/write/rounds.ts), each written by a branch
// with a static label: one index seek a row.
// @param persons: [{"statementId":"art-0123456789abcdef:10-40","label":"Person","id":"kirill-dmitrijew","via":"TEXT","articleId":"art-0123456789abcdef"}]
// @param places: [{"statementId":"art-0123456789abcdef:10-40","label":"Place","id":"miami","via":"TEXT","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Person {id: row.id})
  MERGE (s)-[r:ABOUT]->(x)
  SET r.via = row.via,
    r.articleId = row.articleId
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Organization {id: row.id})
  MERGE (s)-[r:ABOUT]->(x)
  SET r.via = row.via,
    r.articleId = row.articleId
}
CALL () {
  UNWIND $places AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Place {id: row.id})
  MERGE (s)-[r:ABOUT]->(x)
  SET r.via = row.via,
    r.articleId = row.articleId
}
CALL () {
  UNWIND $topics AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Topic {id: row.id})
  MERGE (s)-[r:ABOUT]->(x)
  SET r.via = row.via,
    r.articleId = row.articleId
}
CALL () {
  UNWIND $meetings AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Meeting {id: row.id})
  MERGE (s)-[r:ABOUT]->(x)
  SET r.via = row.via,
    r.articleId = row.articleId
}
