// The organization each body is PART_OF (Kreml → Russland).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Organization {id: id})-[r:PART_OF]->(o:Organization)
RETURN id AS key, o AS node, labels(o) AS labels, r AS rel
