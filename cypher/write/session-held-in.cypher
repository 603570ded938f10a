// (MeetingSession)-[:HELD_IN]->(Place): a venue of its own inside the meeting's place ("Golfclub Shell Bay").
// @param rows: [{"sessionId":"meeting-miami-2025-12-session-russland-usa","placeId":"shell-bay"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:MeetingSession {id: row.sessionId})
MATCH (p:Place {id: row.placeId})
MERGE (s)-[:HELD_IN]->(p)
