// Entities each article mentions, most mentioned first.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Article {id: id})-[r:MENTIONS]->(e)
RETURN id AS key, e AS node, labels(e) AS labels, {count: r.count} AS rel
ORDER BY key, r.count DESC, e.id
