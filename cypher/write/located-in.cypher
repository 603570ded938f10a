// (Place)-[:LOCATED_IN]->(Place): Miami → Florida → USA (a country is also a Place).
// Both ends must exist (written by this article or an earlier one); a missing end writes nothing.
// @param rows: [{"from":"miami","to":"florida"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Place {id: row.from})
MATCH (q:Place {id: row.to})
MERGE (p)-[:LOCATED_IN]->(q)
