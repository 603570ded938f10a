// Nodes within $depth (1 or 2) hops of one node and the edges among them, for graph views. Nearest
// and best-connected first, at most $limit nodes besides the start. $label comes from the API's
// allowlist of node types, never from the client as text.
// @param label: "Place"
// @param id: "miami"
// @param depth: 1
// @param limit: 50
MATCH (start:$($label) {id: $id})
OPTIONAL MATCH p = (start)-[:SAID_BY|REPORTED_IN|VIA|ABOUT|AFFILIATED_WITH|ATTENDED|HELD_IN|LOCATED_IN|PART_OF|MENTIONS*1..2]-(n)
WHERE length(p) <= $depth AND n <> start
WITH start, n, min(length(p)) AS distance
ORDER BY distance, COUNT { (n)--() } DESC, n.id
WITH start, [x IN collect(n) WHERE x IS NOT NULL][0..toInteger($limit)] AS others
WITH [start] + others AS nodes
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE b IN nodes
  RETURN collect({type: type(r), source: a.id, sourceLabels: labels(a), target: b.id, targetLabels: labels(b), properties: properties(r)}) AS edges
}
// Articles without their text (textLength instead), as in read/articles-by-ids.
RETURN [x IN nodes | {node: CASE WHEN x:Article THEN x {.*, text: null, textLength: size(x.text)} ELSE x END, labels: labels(x)}] AS nodes, edges
