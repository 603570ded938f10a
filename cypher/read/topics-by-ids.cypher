// Topic nodes by id, for the Topic loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Topic {id: id})
RETURN n, labels(n) AS labels
