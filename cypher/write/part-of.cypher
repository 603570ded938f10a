// (Organization)-[:PART_OF]->(Country): the Kremlin belongs to Russia, so its people count as Russian.
// Both ends must exist (written by this article or an earlier one); a missing end writes nothing.
// @param rows: [{"from":"kreml","to":"russland"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (o:Organization {id: row.from})
MATCH (c:Organization {id: row.to})
MERGE (o)-[:PART_OF]->(c)
