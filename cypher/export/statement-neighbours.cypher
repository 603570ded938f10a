// What a subgraph export carries along with each statement: its speaker, article, ABOUT targets and
// the channel it came through (VIA), as [labels, id] pairs.
// @param ids: ["art-0000000000000000:0-10"]
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:SAID_BY|REPORTED_IN|ABOUT|VIA]->(x)
RETURN DISTINCT labels(x) AS labels, x.id AS id
