// (Person|Organization)-[:ATTENDED]->(MeetingSession): who the text puts in a part of the talks. The
// same edge type as for the whole meeting, since it means the same (was there); articleIds gathers the
// articles that say so. The rows come as one list per participant label (stepParams in
// src/ingest/write/rounds.ts), each written by a branch with a static label.
// @param persons: [{"label":"Person","id":"kirill-dmitrijew","sessionId":"meeting-miami-2025-12-session-russland-usa","articleId":"art-0123456789abcdef","parts":[{"label":"Person","id":"kirill-dmitrijew","sessionId":"meeting-miami-2025-12-session-russland-usa","articleId":"art-0123456789abcdef"}]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
// The rows come folded by key (stepParams in src/ingest/write/rounds.ts): one row per (participant, session), whose
// `parts` are the rows of every article of the batch for it in article order; reduce applies them one
// after another, as separate statements would.
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:MeetingSession {id: row.sessionId})
  MATCH (x:Person {id: row.id})
  MERGE (x)-[r:ATTENDED]->(s)
  SET r.articleIds = reduce(ids = coalesce(r.articleIds, []), p IN row.parts |
    CASE WHEN p.articleId IN ids THEN ids ELSE ids + p.articleId END)
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:MeetingSession {id: row.sessionId})
  MATCH (x:Organization {id: row.id})
  MERGE (x)-[r:ATTENDED]->(s)
  SET r.articleIds = reduce(ids = coalesce(r.articleIds, []), p IN row.parts |
    CASE WHEN p.articleId IN ids THEN ids ELSE ids + p.articleId END)
}
