// Every (relationship type, property, type) in the graph, for CSV headers and GraphML <key>s.
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS types
