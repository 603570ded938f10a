// The outgoing relationships of the given start nodes (primary label $label), for the subgraph export.
// @param label: "Person"
// @param ids: ["kirill-dmitrijew"]
UNWIND $ids AS id
MATCH (a:$($label) {id: id})
OPTIONAL MATCH (a)-[r]->(b)
RETURN a.id AS startId,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {
         type: type(r), endLabels: labels(b), endId: b.id, props: properties(r),
         types: [k IN keys(r) | [k, valueType(r[k])]]
       } END) AS rels
ORDER BY startId
