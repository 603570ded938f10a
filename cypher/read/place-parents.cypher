// The place each place lies in (Miami → Florida).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Place {id: id})-[r:LOCATED_IN]->(p:Place)
RETURN id AS key, p AS node, labels(p) AS labels, r AS rel
