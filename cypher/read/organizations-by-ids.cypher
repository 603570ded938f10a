// Organization nodes by id, for the Organization loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Organization {id: id})
RETURN n, labels(n) AS labels
