// Entities named inside a statement's own span: the article's MENTIONS whose offsets fall within it.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:REPORTED_IN]->(:Article)-[m:MENTIONS]->(e)
WITH id, s, e, [i IN range(0, size(coalesce(m.offsets, [])) - 2, 2)
  WHERE m.offsets[i] >= s.start AND m.offsets[i + 1] <= s.end] AS inside
WHERE size(inside) > 0
RETURN id AS key, e AS node, labels(e) AS labels, {count: size(inside)} AS rel
ORDER BY key, e.id
