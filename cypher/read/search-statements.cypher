// Full-text search over statement text (index statementText, German analyzer), best first.
// @param query: "konstruktiv"
// @param limit: 10
CALL db.index.fulltext.queryNodes('statementText', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN node, labels(node) AS labels, score
ORDER BY score DESC, node.id
