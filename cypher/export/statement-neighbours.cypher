// What a subgraph export carries along with each statement: its speaker, article, ABOUT targets and
// the channel it came through (VIA), as [labels, id] pairs — and, for a meeting among them, its
// sessions (HAS_SESSION): who sat with whom at talks held in parts is told only there (03-who-met-whom).
// @param ids: ["art-0000000000000000:0-10"]
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:SAID_BY|REPORTED_IN|ABOUT|VIA]->(x)
WITH DISTINCT x
CALL (x) {
  RETURN x AS n
  UNION
  MATCH (x:Meeting)-[:HAS_SESSION]->(n:MeetingSession)
  RETURN n
}
RETURN DISTINCT labels(n) AS labels, n.id AS id
