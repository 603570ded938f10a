// Upserts an article's statements with their REPORTED_IN edge. Statement ids are
// `${articleId}:${start}-${end}`, so a retried transaction finds the same nodes.
// @param rows: [{"id":"art-0123456789abcdef:10-40","articleId":"art-0123456789abcdef","kind":"DIRECT","text":"t","start":10,"end":40,"cueText":null,"cueStart":null,"cueEnd":null,"confidence":0.9,"rule":"direct","saidOn":null,"publishedAt":"2025-12-21","speakerMentionText":null,"speakerMentionStart":null,"speakerMentionEnd":null,"speakerId":"kirill-dmitrijew"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (s:Statement {id: row.id})
SET s += row
MERGE (s)-[r:REPORTED_IN]->(a)
SET r.start = row.start,
  r.end = row.end
