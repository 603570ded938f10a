// (Person|Organization)-[:ATTENDED]->(MeetingSession): who the text puts in a part of the talks. The
// same edge type as for the whole meeting, since it means the same (was there); articleIds gathers the
// articles that say so. The participant's label comes from a fixed set of static branches.
// @param rows: [{"label":"Person","id":"kirill-dmitrijew","sessionId":"meeting-miami-2025-12-session-russland-usa","articleId":"art-0123456789abcdef"}]
UNWIND $rows AS row
MATCH (s:MeetingSession {id: row.sessionId})
CALL (row) {
  MATCH (x:Person {id: row.id}) WHERE row.label = 'Person'
  RETURN x
  UNION
  MATCH (x:Organization {id: row.id}) WHERE row.label = 'Organization'
  RETURN x
}
MERGE (x)-[r:ATTENDED]->(s)
WITH r, row, coalesce(r.articleIds, []) AS ids
SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
