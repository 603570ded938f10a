// (Meeting)-[:HELD_IN]->(Place); a country is also a Place.
// @param rows: [{"meetingId":"meeting-miami-2025-12","placeId":"miami"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (m:Meeting {id: row.meetingId})
MATCH (p:Place {id: row.placeId})
MERGE (m)-[:HELD_IN]->(p)
