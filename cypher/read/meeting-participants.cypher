// Who attended each meeting (people and organizations).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Meeting {id: id})<-[r:ATTENDED]-(x)
RETURN id AS key, x AS node, labels(x) AS labels, r AS rel
ORDER BY key, x.name
