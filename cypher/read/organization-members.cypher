// People affiliated with each organization, with their role.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Organization {id: id})<-[r:AFFILIATED_WITH]-(p:Person)
RETURN id AS key, p AS node, labels(p) AS labels, r AS rel
ORDER BY key, p.name, r.roleKind
