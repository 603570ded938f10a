// The outgoing relationships of one page of start nodes (primary label $label, see nodes-page), so a
// page always holds ALL relationships of its start nodes and the export can sort them canonically.
// @param label: "Statement"
// @param exclude: ["Article"]
// @param after: ""
// @param limit: 500
MATCH (a:$($label))
WHERE a.id > $after AND none(l IN labels(a) WHERE l IN $exclude)
WITH a
ORDER BY a.id
LIMIT toInteger($limit)
OPTIONAL MATCH (a)-[r]->(b)
RETURN a.id AS startId,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {
         type: type(r), endLabels: labels(b), endId: b.id, props: properties(r),
         types: [k IN keys(r) | [k, valueType(r[k])]]
       } END) AS rels
ORDER BY startId
