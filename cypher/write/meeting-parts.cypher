// Records on a meeting the articles that tell of it in parts (delegations met separately, in turns,
// indirectly; "kein direktes Treffen"), even when they name no session: while any does, two
// participants met only if one of its sessions had both (cypher/analyst/03-…).
// @param rows: [{"meetingId":"meeting-miami-2025-12","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
WITH m, row, coalesce(m.partsArticleIds, []) AS parts
SET m.partsArticleIds = CASE WHEN row.articleId IN parts THEN parts ELSE parts + row.articleId END
