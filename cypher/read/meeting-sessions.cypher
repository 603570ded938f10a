// The sessions (parts) of each meeting, earliest first; none when no article told of parts.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:Meeting {id: id})-[r:HAS_SESSION]->(s:MeetingSession)
RETURN id AS key, s AS node, labels(s) AS labels, r AS rel
ORDER BY key, s.start, s.id
