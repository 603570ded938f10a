// Near misses for a name that did not resolve ("Mami" → Miami), so the error can say what exists.
// $query is a Lucene fuzzy query built from the escaped words of the name.
// @param query: "mami~"
// @param labels: ["Place"]
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: 50}) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN node.name AS name, score
ORDER BY score DESC, name
LIMIT 5
