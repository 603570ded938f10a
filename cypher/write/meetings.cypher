// Upserts meetings. Articles reporting the same talks share the id (meeting-<place>-<yyyy-mm>), so the
// date range is merged: a more precise date of the same period wins ("2025-12-19" over "2025-12"),
// otherwise the earlier start and the later end (the same rule as earlierDate/laterDate in
// src/ingest/write/rows.ts). articleIds lists every article that reports the meeting.
// @param rows: [{"id":"meeting-miami-2025-12","name":"Gespräche in Miami","start":"2025-12-19","end":"2025-12-21","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
WITH m, row, coalesce(m.articleIds, []) AS ids
SET m.name = coalesce(m.name, row.name),
  m.start = CASE
    WHEN m.start IS NULL THEN row.start
    WHEN row.start IS NULL THEN m.start
    WHEN row.start STARTS WITH m.start THEN row.start
    WHEN m.start STARTS WITH row.start THEN m.start
    WHEN row.start < m.start THEN row.start
    ELSE m.start
  END,
  m.end = CASE
    WHEN m.end IS NULL THEN row.end
    WHEN row.end IS NULL THEN m.end
    WHEN row.end STARTS WITH m.end THEN row.end
    WHEN m.end STARTS WITH row.end THEN m.end
    WHEN row.end > m.end THEN row.end
    ELSE m.end
  END,
  m.articleIds = CASE WHEN row.articleId IN ids THEN ids ELSE ids + row.articleId END
