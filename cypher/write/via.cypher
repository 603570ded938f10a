// (Statement)-[:VIA]->(Organization): the channel or agency a statement was reported through.
// @param rows: [{"statementId":"art-0123456789abcdef:10-40","organizationId":"tass","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Statement {id: row.statementId})
MATCH (o:Organization {id: row.organizationId})
MERGE (s)-[r:VIA]->(o)
SET r.articleId = row.articleId
