// Upserts the sessions of meetings (parts of talks: who sat together) and their HAS_SESSION edge.
// A session's id is its meeting's id and its sides, so articles that tell of the same constellation
// share it; dates merge by the rule of cypher/write/meetings.cypher; articleIds and sources
// ("<articleId> <start>-<end>" of each sentence that tells of it) gather every article.
// @param rows: [{"id":"meeting-miami-2025-12-session-russland-usa","meetingId":"meeting-miami-2025-12","name":"Gespräche in Miami: Russland, USA","sides":["russland","usa"],"start":"2025-12-20","end":"2025-12-21","articleId":"art-0123456789abcdef","sources":["art-0123456789abcdef 10-90"]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:MeetingSession {id: row.id})
MERGE (m)-[:HAS_SESSION]->(s)
WITH s, row, coalesce(s.articleIds, []) AS ids, coalesce(s.sources, []) AS sources
SET s.name = coalesce(s.name, row.name),
  s.meetingId = row.meetingId,
  s.sides = row.sides,
  s.start = CASE
    WHEN s.start IS NULL THEN row.start
    WHEN row.start IS NULL THEN s.start
    WHEN row.start STARTS WITH s.start THEN row.start
    WHEN s.start STARTS WITH row.start THEN s.start
    WHEN row.start < s.start THEN row.start
    ELSE s.start
  END,
  s.end = CASE
    WHEN s.end IS NULL THEN row.end
    WHEN row.end IS NULL THEN s.end
    WHEN row.end STARTS WITH s.end THEN row.end
    WHEN s.end STARTS WITH row.end THEN s.end
    WHEN row.end > s.end THEN row.end
    ELSE s.end
  END,
  s.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END,
  s.sources = sources + [x IN row.sources WHERE NOT x IN sources]
