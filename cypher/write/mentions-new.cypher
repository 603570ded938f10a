// The batch writer's form of write/mentions for an article that holds nothing of its own in the graph
// yet: a new article, or an updated one after write/article-detach removed its statements and mentions.
// CREATE instead of MERGE: no look for an edge or node that cannot be there (src/ingest/write/batch.ts).
// @param persons: [{"articleId":"art-0123456789abcdef","label":"Person","id":"kirill-dmitrijew","count":1,"offsets":[10,26]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Person {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(x)
}
CALL () {
  UNWIND $organizations AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Organization {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(x)
}
CALL () {
  UNWIND $places AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Place {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(x)
}
CALL () {
  UNWIND $topics AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Topic {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(x)
}
CALL () {
  UNWIND $meetings AS row
  MATCH (a:Article {id: row.articleId})
  MATCH (x:Meeting {id: row.id})
  CREATE (a)-[:MENTIONS {count: row.count, offsets: row.offsets}]->(x)
}
