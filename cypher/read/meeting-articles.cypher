// Articles that report each meeting (its articleIds, or articles that mention it); without their
// text, as in read/articles-by-ids.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
MATCH (a:Article)
WHERE a.id IN coalesce(m.articleIds, []) OR (a)-[:MENTIONS]->(m)
RETURN id AS key, a {.*, text: null, textLength: size(a.text)} AS node, labels(a) AS labels, null AS rel
ORDER BY key, a.publishedAt, a.id
