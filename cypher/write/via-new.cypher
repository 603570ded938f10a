// The batch writer's form of write/via for an article that holds nothing of its own in the graph
// yet: a new article, or an updated one after write/article-detach removed its statements and mentions.
// CREATE instead of MERGE: no look for an edge or node that cannot be there (src/ingest/write/batch.ts).
// @param rows: [{"statementId":"art-0123456789abcdef:10-40","organizationId":"tass","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (o:Organization {id: row.organizationId})
CREATE (s)-[:VIA {articleId: row.articleId}]->(o)
