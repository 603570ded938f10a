// Place nodes by id, for the Place loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Place {id: id})
RETURN n, labels(n) AS labels
