// Person nodes by id, for the Person loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN n, labels(n) AS labels
