// Meetings each person or organization attended, earliest first.
// @param ids: ["x"]
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Person {id: id}) RETURN x
  UNION
  MATCH (x:Organization {id: id}) RETURN x
}
MATCH (x)-[r:ATTENDED]->(m:Meeting)
RETURN id AS key, m AS node, labels(m) AS labels, r AS rel
ORDER BY key, m.start, m.id
