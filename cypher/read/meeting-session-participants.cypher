// Who each session had: the people and organizations the text puts in it (ATTENDED the session).
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (:MeetingSession {id: id})<-[r:ATTENDED]-(x)
RETURN id AS key, x AS node, labels(x) AS labels, r AS rel
ORDER BY key, x.name
