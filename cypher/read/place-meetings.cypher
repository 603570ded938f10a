// Meetings held in each place or a place inside it.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (m:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..4]->(:Place {id: id})
RETURN DISTINCT id AS key, m AS node, labels(m) AS labels, null AS rel
ORDER BY key, m.start, m.id
