// Loads exported relationships of one type between two primary labels (CSV/JSON loader). An edge is
// created unless one with the same type and exactly the same properties already joins the two nodes,
// so parallel edges that differ (two AFFILIATED_WITH roles) survive and a second run adds nothing.
// @param label: "Statement"
// @param endLabel: "Person"
// @param type: "SAID_BY"
// @param rows: [{"s": "art-0000000000000000:0-10", "e": "kirill-dmitrijew", "props": {"rule": "x"}}]
UNWIND $rows AS row
MATCH (a:$($label) {id: row.s})
MATCH (b:$($endLabel) {id: row.e})
WITH a, b, row
WHERE NOT EXISTS { MATCH (a)-[x:$($type)]->(b) WHERE properties(x) = row.props }
CREATE (a)-[r:$($type)]->(b)
SET r = row.props
RETURN count(r) AS created
