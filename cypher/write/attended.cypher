// (Person|Organization)-[:ATTENDED]->(Meeting), shared by the articles that name the participant;
// articleIds gathers them. The rows come as one list per participant label (stepParams in
// src/ingest/write/rounds.ts), each written by a branch with a static label.
// @param persons: [{"label":"Person","id":"kirill-dmitrijew","meetingId":"meeting-miami-2025-12","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (m:Meeting {id: row.meetingId})
  MATCH (x:Person {id: row.id})
  MERGE (x)-[r:ATTENDED]->(m)
  WITH r, row, coalesce(r.articleIds, []) AS ids
  SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
}
CALL () {
  UNWIND $organizations AS row
  MATCH (m:Meeting {id: row.meetingId})
  MATCH (x:Organization {id: row.id})
  MERGE (x)-[r:ATTENDED]->(m)
  WITH r, row, coalesce(r.articleIds, []) AS ids
  SET r.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
}
