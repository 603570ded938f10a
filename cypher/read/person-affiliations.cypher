// Each person's affiliations with the organization, newest first.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:AFFILIATED_WITH]->(o:Organization)
RETURN id AS key, o AS node, labels(o) AS labels, r AS rel
ORDER BY key, r.lastSeen DESC, o.id, r.roleKind
