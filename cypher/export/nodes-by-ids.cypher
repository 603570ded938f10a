// Nodes of primary label $label by id, for the subgraph export (the neighbours of filtered statements).
// @param label: "Person"
// @param ids: ["kirill-dmitrijew"]
UNWIND $ids AS id
MATCH (n:$($label) {id: id})
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       [k IN keys(n) | [k, valueType(n[k])]] AS types
ORDER BY n.id
