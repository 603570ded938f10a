// (Statement)-[:ABOUT {via: TEXT|CONTEXT}]->(Place|Meeting|Person|Organization|Topic). The target's
// label comes from a fixed set of static branches.
// @param rows: [{"statementId":"art-0123456789abcdef:10-40","label":"Place","id":"miami","via":"TEXT","articleId":"art-0123456789abcdef"}]
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
CALL (row) {
  MATCH (x:Person {id: row.id}) WHERE row.label = 'Person'
  RETURN x
  UNION
  MATCH (x:Organization {id: row.id}) WHERE row.label = 'Organization'
  RETURN x
  UNION
  MATCH (x:Place {id: row.id}) WHERE row.label = 'Place'
  RETURN x
  UNION
  MATCH (x:Topic {id: row.id}) WHERE row.label = 'Topic'
  RETURN x
  UNION
  MATCH (x:Meeting {id: row.id}) WHERE row.label = 'Meeting'
  RETURN x
}
MERGE (s)-[r:ABOUT]->(x)
SET r.via = row.via,
  r.articleId = row.articleId
