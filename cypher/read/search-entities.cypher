// Full-text search over entity names and aliases (index entityNames), restricted to $labels, best first.
// @param query: "dmitriev"
// @param labels: ["Person"]
// @param limit: 10
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN node, labels(node) AS labels, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
