// (Person|Organization)-[:ATTENDED]->(MeetingSession): who the text puts in a part of the talks. The
// same edge type as for the whole meeting, since it means the same (was there); articleIds gathers the
// articles that say so. The rows come as one list per participant label (stepParams in
// src/ingest/write/rounds.ts), each written by a branch with a static label.
// @param persons: [{"label":"Person","id":"kirill-dmitrijew","sessionId":"meeting-miami-2025-12-session-russland-usa","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:MeetingSession {id: row.sessionId})
  MATCH (x:Person {id: row.id})
  MERGE (x)-[r:ATTENDED]->(s)
  WITH r, row, coalesce(r.articleIds, []) AS ids
  SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:MeetingSession {id: row.sessionId})
  MATCH (x:Organization {id: row.id})
  MERGE (x)-[r:ATTENDED]->(s)
  WITH r, row, coalesce(r.articleIds, []) AS ids
  SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
}
