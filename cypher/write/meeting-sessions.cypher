// Upserts the sessions of meetings (parts of talks: who sat together) and their HAS_SESSION edge.
// A session's id is its meeting's id and its sides, so articles that tell of the same constellation
// share it; dates merge by the rule of cypher/write/meetings.cypher; articleIds and sources
// ("<articleId> <start>-<end>" of each sentence that tells of it) gather every article.
// @param rows: [{"id":"meeting-miami-2025-12-session-russland-usa","meetingId":"meeting-miami-2025-12","name":"Gespräche in Miami: Russland, USA","sides":["russland","usa"],"start":"2025-12-20","end":"2025-12-21","articleId":"art-0123456789abcdef","sources":["art-0123456789abcdef 10-90"],"parts":[{"id":"meeting-miami-2025-12-session-russland-usa","meetingId":"meeting-miami-2025-12","name":"Gespräche in Miami: Russland, USA","sides":["russland","usa"],"start":"2025-12-20","end":"2025-12-21","articleId":"art-0123456789abcdef","sources":["art-0123456789abcdef 10-90"]}]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
// The rows come folded by key (stepParams in src/ingest/write/rounds.ts): one row per session, whose
// `parts` are the rows of every article of the batch for it in article order; reduce applies them one
// after another, as separate statements would.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:MeetingSession {id: row.id})
MERGE (m)-[:HAS_SESSION]->(s)
WITH s, row, row.parts[-1] AS last
SET s.name = coalesce(s.name, head([p IN row.parts WHERE p.name IS NOT NULL | p.name])),
  s.meetingId = last.meetingId,
  s.sides = last.sides,
  s.start = reduce(t = s.start, p IN row.parts | CASE
    WHEN t IS NULL THEN p.start
    WHEN p.start IS NULL THEN t
    WHEN p.start STARTS WITH t THEN p.start
    WHEN t STARTS WITH p.start THEN t
    WHEN p.start < t THEN p.start
    ELSE t
  END),
  s.end = reduce(t = s.end, p IN row.parts | CASE
    WHEN t IS NULL THEN p.end
    WHEN p.end IS NULL THEN t
    WHEN p.end STARTS WITH t THEN p.end
    WHEN t STARTS WITH p.end THEN t
    WHEN p.end > t THEN p.end
    ELSE t
  END),
  s.articleIds = reduce(ids = coalesce(s.articleIds, []), p IN row.parts |
    CASE WHEN p.articleId IN ids THEN ids ELSE ids + p.articleId END),
  s.sources = reduce(acc = coalesce(s.sources, []), p IN row.parts | acc + [x IN p.sources WHERE NOT x IN acc])
