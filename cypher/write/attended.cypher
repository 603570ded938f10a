// (Person|Organization)-[:ATTENDED]->(Meeting), shared by the articles that name the participant;
// articleIds gathers them. The participant's label comes from a fixed set of static branches.
// @param rows: [{"label":"Person","id":"kirill-dmitrijew","meetingId":"meeting-miami-2025-12","articleId":"art-0123456789abcdef"}]
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
CALL (row) {
  MATCH (x:Person {id: row.id}) WHERE row.label = 'Person'
  RETURN x
  UNION
  MATCH (x:Organization {id: row.id}) WHERE row.label = 'Organization'
  RETURN x
}
MERGE (x)-[r:ATTENDED]->(m)
WITH r, row, coalesce(r.articleIds, []) AS ids
SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
