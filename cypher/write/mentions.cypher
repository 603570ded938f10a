// (Article)-[:MENTIONS {count, offsets}]->(entity or meeting): offsets is the flat list
// [s0,e0,s1,e1,…] into the article text. The target's label comes from a fixed set of static branches.
// Each row names its article, so that one statement writes the mentions of a whole batch of articles.
// @param rows: [{"articleId":"art-0123456789abcdef","label":"Person","id":"kirill-dmitrijew","count":1,"offsets":[10,26]}]
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
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
MERGE (a)-[m:MENTIONS]->(x)
SET m.count = row.count,
  m.offsets = row.offsets
