// People whose name or an alias is like one of the surnames in $query (Lucene, fuzzy), with the bodies and
// countries they serve: the candidates src/ingest/link/people-across.ts decides between when an article's
// discovered person may be one the graph already holds under another spelling ("Dmitriev", "Dmitrijew").
// @param query: "dmitriev~"
// @param limit: 100
CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
WITH node, score WHERE node:Person
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
OPTIONAL MATCH (node)-[:AFFILIATED_WITH]->(o:Organization)
OPTIONAL MATCH (o)-[:PART_OF]->(c:Organization)
WITH node, collect(DISTINCT o.id) + collect(DISTINCT c.id) AS bodies
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases, bodies
ORDER BY id
