// Where each meeting was held.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Meeting {id: id})-[r:HELD_IN]->(p:Place)
RETURN id AS key, p AS node, labels(p) AS labels, r AS rel
