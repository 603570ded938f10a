// The channel or agency a statement came through (Tass, X, «Bild am Sonntag»).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Statement {id: id})-[r:VIA]->(o:Organization)
RETURN id AS key, o AS node, labels(o) AS labels, r AS rel
