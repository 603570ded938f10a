// The batch writer's form of write/statements for an article that holds nothing of its own in the graph
// yet: a new article, or an updated one after write/article-detach removed its statements and mentions.
// CREATE instead of MERGE: no look for an edge or node that cannot be there (src/ingest/write/batch.ts).
// Statement ids are unique (constraint), so a statement written meanwhile by another process fails the
// batch rather than doubling.
// @param rows: [{"id":"art-0123456789abcdef:10-40","articleId":"art-0123456789abcdef","kind":"DIRECT","text":"t","start":10,"end":40,"cueText":null,"cueStart":null,"cueEnd":null,"confidence":0.9,"rule":"direct","saidOn":null,"publishedAt":"2025-12-21","speakerMentionText":null,"speakerMentionStart":null,"speakerMentionEnd":null,"speakerId":"kirill-dmitrijew"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (s:Statement)
SET s = row
CREATE (s)-[:REPORTED_IN {start: row.start, end: row.end}]->(a)
