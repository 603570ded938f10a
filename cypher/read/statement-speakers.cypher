// Who said each statement (a Person or an Organization), one row per statement that has a speaker.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:SAID_BY]->(sp)
RETURN id AS key, sp AS node, labels(sp) AS labels, r AS rel
