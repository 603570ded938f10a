// Statement nodes by id, for the Statement loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Statement {id: id})
RETURN n, labels(n) AS labels
