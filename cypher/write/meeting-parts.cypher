// Records on a meeting the articles that tell of it in parts (delegations met separately, in turns,
// indirectly; "kein direktes Treffen"), even when they name no session: while any does, two
// participants met only if one of its sessions had both (cypher/analyst/03-…).
// The rows come folded by key (stepParams in src/ingest/write/rounds.ts): one row per meeting, whose
// `parts` are the rows of every article of the batch for it in article order; reduce applies them one
// after another, as separate statements would.
// @param rows: [{"meetingId":"meeting-miami-2025-12","parts":[{"meetingId":"meeting-miami-2025-12","articleId":"art-0123456789abcdef"}]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
SET m.partsArticleIds = reduce(ids = coalesce(m.partsArticleIds, []), p IN row.parts |
  CASE WHEN p.articleId IN ids THEN ids ELSE ids + p.articleId END)
