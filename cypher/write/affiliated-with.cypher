// (Person)-[:AFFILIATED_WITH]->(Organization), one edge per (person, organization, roleKind, role),
// shared by every article that states it: articleIds gathers them, firstSeen/lastSeen span their
// publication dates, and start/end/rule are the evidence in articleIds[0] (re-supplied by the next
// article when that one is updated away, see article-detach.cypher).
// @param rows: [{"personId":"kirill-dmitrijew","organizationId":"russland","role":"Unterhändler","roleKind":"NEGOTIATOR","articleId":"art-0123456789abcdef","seen":"2025-12-21","start":1,"end":20,"rule":"role+name"}]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
MERGE (p)-[r:AFFILIATED_WITH {roleKind: row.roleKind, role: row.role}]->(o)
WITH r, row, coalesce(r.articleIds, []) AS ids, r.start IS NULL AND r.rule IS NULL AS fresh
WITH r, row, ids, fresh OR (r.start IS NULL AND NOT row.articleId IN ids) AS adopt
SET r.articleIds = CASE
    WHEN row.articleId IN ids THEN ids
    WHEN adopt THEN [row.articleId] + ids
    ELSE ids + row.articleId
  END,
  r.start = CASE WHEN adopt THEN row.start ELSE r.start END,
  r.end = CASE WHEN adopt THEN row.end ELSE r.end END,
  r.rule = CASE WHEN adopt THEN row.rule ELSE r.rule END,
  r.firstSeen = CASE
    WHEN r.firstSeen IS NULL OR (row.seen IS NOT NULL AND row.seen < r.firstSeen) THEN row.seen
    ELSE r.firstSeen
  END,
  r.lastSeen = CASE
    WHEN r.lastSeen IS NULL OR (row.seen IS NOT NULL AND row.seen > r.lastSeen) THEN row.seen
    ELSE r.lastSeen
  END
