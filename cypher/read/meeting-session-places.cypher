// Where each session was held, when the text names a venue of its own.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:MeetingSession {id: id})-[r:HELD_IN]->(p:Place)
RETURN id AS key, p AS node, labels(p) AS labels, r AS rel
