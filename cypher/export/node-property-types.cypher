// Every (label set, property, type) in the graph: CSV headers and GraphML <key>s must be written
// before the first row, so the export learns the columns in one aggregate pass first.
MATCH (n)
UNWIND keys(n) AS key
RETURN labels(n) AS labels, key, collect(DISTINCT valueType(n[key])) AS types
