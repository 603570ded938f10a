// (Statement)-[:SAID_BY]->(Person|Organization) with the speaker mention as provenance. The rows come
// as one list per speaker label (stepParams in src/ingest/write/rounds.ts), each written by a branch
// with a static label.
// @param persons: [{"statementId":"art-0123456789abcdef:10-40","label":"Person","id":"kirill-dmitrijew","articleId":"art-0123456789abcdef","start":0,"end":5,"mentionText":"er","rule":"direct","confidence":0.9}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Person {id: row.id})
  MERGE (s)-[r:SAID_BY]->(x)
  SET r.articleId = row.articleId,
    r.start = row.start,
    r.end = row.end,
    r.mentionText = row.mentionText,
    r.rule = row.rule,
    r.confidence = row.confidence
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Organization {id: row.id})
  MERGE (s)-[r:SAID_BY]->(x)
  SET r.articleId = row.articleId,
    r.start = row.start,
    r.end = row.end,
    r.mentionText = row.mentionText,
    r.rule = row.rule,
    r.confidence = row.confidence
}
