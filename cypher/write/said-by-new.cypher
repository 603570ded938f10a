// The batch writer's form of write/said-by for an article that holds nothing of its own in the graph
// yet: a new article, or an updated one after write/article-detach removed its statements and mentions.
// CREATE instead of MERGE: no look for an edge or node that cannot be there (src/ingest/write/batch.ts).
// @param persons: [{"statementId":"art-0123456789abcdef:10-40","label":"Person","id":"kirill-dmitrijew","articleId":"art-0123456789abcdef","start":0,"end":5,"mentionText":"er","rule":"direct","confidence":0.9}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
CALL () {
  UNWIND $persons AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Person {id: row.id})
  CREATE (s)-[:SAID_BY {
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    mentionText: row.mentionText,
    rule: row.rule,
    confidence: row.confidence
  }]->(x)
}
CALL () {
  UNWIND $organizations AS row
  MATCH (s:Statement {id: row.statementId})
  MATCH (x:Organization {id: row.id})
  CREATE (s)-[:SAID_BY {
    articleId: row.articleId,
    start: row.start,
    end: row.end,
    mentionText: row.mentionText,
    rule: row.rule,
    confidence: row.confidence
  }]->(x)
}
