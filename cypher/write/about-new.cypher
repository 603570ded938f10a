// The batch writer's form of write/about for an article that holds nothing of its own in the graph
// yet: a new article, or an updated one after write/article-detach removed its statements and mentions.
// CREATE instead of MERGE: no look for an edge or node that cannot be there (src/ingest/write/batch.ts).
// @param persons: [{"statementId":"art-0123456789abcdef:10-40","label":"Person","id":"kirill-dmitrijew","via":"TEXT","articleId":"art-0123456789abcdef"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Person {id: row.id})
  CREATE (s)-[:ABOUT {via: row.via, articleId: row.articleId}]->(x)
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Organization {id: row.id})
  CREATE (s)-[:ABOUT {via: row.via, articleId: row.articleId}]->(x)
}
CALL () {
  UNWIND $places AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Place {id: row.id})
  CREATE (s)-[:ABOUT {via: row.via, articleId: row.articleId}]->(x)
}
CALL () {
  UNWIND $topics AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Topic {id: row.id})
  CREATE (s)-[:ABOUT {via: row.via, articleId: row.articleId}]->(x)
}
CALL () {
  UNWIND $meetings AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Meeting {id: row.id})
  CREATE (s)-[:ABOUT {via: row.via, articleId: row.articleId}]->(x)
}
