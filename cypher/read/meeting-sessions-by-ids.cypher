// MeetingSession nodes by id, for the MeetingSession loader and node(id). Missing ids simply have no row.
// @param ids: ["x"]
UNWIND $ids AS id
MATCH (n:MeetingSession {id: id})
RETURN n, labels(n) AS labels
