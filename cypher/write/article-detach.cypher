// Removes what an updated article wrote before, and nothing else: its statements (with their SAID_BY,
// REPORTED_IN, VIA and ABOUT edges), its MENTIONS, and its id from the edges, meetings and meeting
// sessions other articles share. Shared edges, meetings and sessions no article reports any more go
// too; entity nodes stay, since other articles may reach them. Returns how many statements went, and
// whether the stored version was written at or after $since (the ingest run's start, so that the run's
// statement count takes back what its own earlier write of this article counted; null: never).
// @param id: "art-0123456789abcdef"
// @param since: "2025-12-21T10:00:00.000Z"
MATCH (a:Article {id: $id})
CALL (a) {
  MATCH (s:Statement {articleId: a.id})
  DETACH DELETE s
  RETURN count(s) AS statements
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
CALL (a) {
  MATCH ()-[r:AFFILIATED_WITH]->()
  WHERE a.id IN r.articleIds
  WITH r, [x IN r.articleIds WHERE x <> a.id] AS rest, r.articleIds[0] = a.id AS wasEvidence,
    [s IN r.roleSources WHERE NOT s STARTS WITH a.id + ' '] AS sources
  // The spellings only this article used go with it (edges of writers before version 2 have none).
  WITH r, rest, wasEvidence, sources,
    reduce(acc = [], s IN sources |
      CASE WHEN substring(s, size(split(s, ' ')[0]) + 1) IN acc THEN acc
      ELSE acc + substring(s, size(split(s, ' ')[0]) + 1) END) AS roles
  SET r.articleIds = rest,
    r.roleSources = sources,
    r.roles = CASE WHEN sources IS NULL THEN r.roles ELSE roles END,
    r.role = CASE WHEN sources IS NULL OR r.role IN roles THEN r.role ELSE roles[0] END,
    // The evidence span pointed into this article's old text; the next article to confirm the edge
    // supplies a new one.
    r.start = CASE WHEN wasEvidence THEN null ELSE r.start END,
    r.end = CASE WHEN wasEvidence THEN null ELSE r.end END
  WITH r, rest
  WHERE size(rest) = 0
  DELETE r
}
CALL (a) {
  MATCH ()-[r:ATTENDED]->()
  WHERE a.id IN r.articleIds
  WITH r, [x IN r.articleIds WHERE x <> a.id] AS rest
  SET r.articleIds = rest
  WITH r, rest
  WHERE size(rest) = 0
  DELETE r
}
CALL (a) {
  MATCH (s:MeetingSession)
  WHERE a.id IN s.articleIds
  WITH s, [x IN s.articleIds WHERE x <> a.id] AS rest
  SET s.articleIds = rest,
    s.sources = [x IN coalesce(s.sources, []) WHERE NOT x STARTS WITH a.id + ' ']
  WITH s, rest
  WHERE size(rest) = 0
  DETACH DELETE s
}
CALL (a) {
  MATCH (m:Meeting)
  WHERE a.id IN m.articleIds
  WITH m, [x IN m.articleIds WHERE x <> a.id] AS rest
  SET m.articleIds = rest,
    m.partsArticleIds = [x IN coalesce(m.partsArticleIds, []) WHERE x <> a.id]
  WITH m, rest
  WHERE size(rest) = 0
  DETACH DELETE m
}
RETURN a.id AS id, statements, coalesce(a.ingestedAt >= $since, false) AS sinceRun
