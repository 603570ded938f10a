// Upserts meetings. Articles reporting the same talks share the id (meeting-<place>-<yyyy-mm>), so the
// date range is merged: a more precise date of the same period wins ("2025-12-19" over "2025-12"),
// otherwise the earlier start and the later end (the same rule as earlierDate/laterDate in
// src/ingest/write/rows.ts). articleIds lists every article that reports the meeting.
// The rows come folded by key (stepParams in src/ingest/write/rounds.ts): one row per meeting, whose
// `parts` are the rows of every article of the batch for it in article order; reduce applies them one
// after another, as separate statements would.
// @param rows: [{"id":"meeting-miami-2025-12","parts":[{"id":"meeting-miami-2025-12","name":"Gespräche in Miami","start":"2025-12-19","end":"2025-12-21","articleId":"art-0123456789abcdef"}]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
SET m.name = coalesce(m.name, head([p IN row.parts WHERE p.name IS NOT NULL | p.name])),
  m.start = reduce(s = m.start, p IN row.parts | CASE
    WHEN s IS NULL THEN p.start
    WHEN p.start IS NULL THEN s
    WHEN p.start STARTS WITH s THEN p.start
    WHEN s STARTS WITH p.start THEN s
    WHEN p.start < s THEN p.start
    ELSE s
  END),
  m.end = reduce(e = m.end, p IN row.parts | CASE
    WHEN e IS NULL THEN p.end
    WHEN p.end IS NULL THEN e
    WHEN p.end STARTS WITH e THEN p.end
    WHEN e STARTS WITH p.end THEN e
    WHEN p.end > e THEN p.end
    ELSE e
  END),
  m.articleIds = reduce(ids = coalesce(m.articleIds, []), p IN row.parts |
    CASE WHEN p.articleId IN ids THEN ids ELSE ids + p.articleId END)
