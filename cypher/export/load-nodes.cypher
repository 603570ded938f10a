// Loads exported nodes of primary label $label (CSV/JSON loader): MERGE on id, then the exact
// property set and any extra labels (countries are Organization:Country:Place). Idempotent.
// @param label: "Organization"
// @param rows: [{"id": "russland", "props": {"id": "russland", "name": "Russland"}, "extra": ["Country", "Place"]}]
UNWIND $rows AS row
MERGE (n:$($label) {id: row.id})
SET n = row.props
SET n:$(row.extra)
