// Article nodes by id, for the Article loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:Article {id: id})
RETURN n, labels(n) AS labels
