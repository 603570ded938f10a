// What each statement is about, with how the link was made (TEXT or CONTEXT).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:ABOUT]->(x)
RETURN id AS key, x AS node, labels(x) AS labels, r AS rel
ORDER BY key, r.via DESC, x.id
