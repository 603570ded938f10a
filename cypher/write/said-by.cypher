// (Statement)-[:SAID_BY]->(Person|Organization) with the speaker mention as provenance. The speaker's
// label comes from a fixed set of static branches.
// @param rows: [{"statementId":"art-0123456789abcdef:10-40","label":"Person","id":"kirill-dmitrijew","articleId":"art-0123456789abcdef","start":0,"end":5,"mentionText":"er","rule":"direct","confidence":0.9}]
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
CALL (row) {
  MATCH (x:Person {id: row.id}) WHERE row.label = 'Person'
  RETURN x
  UNION
  MATCH (x:Organization {id: row.id}) WHERE row.label = 'Organization'
  RETURN x
}
MERGE (s)-[r:SAID_BY]->(x)
SET r.articleId = row.articleId,
  r.start = row.start,
  r.end = row.end,
  r.mentionText = row.mentionText,
  r.rule = row.rule,
  r.confidence = row.confidence
