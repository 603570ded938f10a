// Meeting nodes by id, for the Meeting loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Meeting {id: id})
RETURN n, labels(n) AS labels
