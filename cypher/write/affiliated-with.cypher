// (Person)-[:AFFILIATED_WITH]->(Organization), one edge per (person, organization, roleKind), shared by
// every article that states it: articleIds gathers them, firstSeen/lastSeen span their publication
// dates, and role/start/end/rule are the evidence in articleIds[0] (re-supplied by the next article
// when that one is updated away, see article-detach.cypher). roleSources holds "<articleId> <spelling>"
// for every spelling of the role noun an article used, so that an update removes exactly its own;
// roles is their distinct spellings in order.
// @param rows: [{"personId":"kirill-dmitrijew","organizationId":"russland","role":"Unterhändler","roles":["Unterhändler","Unterhändlers"],"roleKind":"NEGOTIATOR","articleId":"art-0123456789abcdef","seen":"2025-12-21","start":1,"end":20,"rule":"role+name"}]
// The edge is found by expanding from p to o and filtering the list on roleKind, never through the
// AFFILIATED_WITH roleKind index: any MATCH, MERGE or pattern predicate with the roleKind is planned as a
// seek of that index (every edge of the kind, then filtered on p and o), on an empty graph and a large
// one alike, a cost per row that grows with every affiliation written (20 % of the writer's time at
// 1,500 articles). MERGE is therefore spelt out: p is locked first (a property set to its own value
// takes the node's write lock and changes nothing, as MERGE locks before it creates), so a concurrent
// ingest writing the same edge waits and then finds it; the edge is created only when none is found.
// Plan kept while the graph grows (only id seeks and expansions; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Organization {id: row.organizationId})
SET p.id = p.id
WITH p, o, row
CALL (p, o, row) {
  // Writers before version 2 kept one edge per spelling; the first of them absorbs the others.
  UNWIND [x IN [(p)-[y:AFFILIATED_WITH]->(o) | y] WHERE x.roleKind = row.roleKind] AS x
  WITH x ORDER BY coalesce(x.firstSeen, ''), coalesce(x.role, '')
  WITH collect(x) AS xs
  WHERE size(xs) > 1
  WITH head(xs) AS keep, tail(xs) AS rest, xs
  SET keep.roleSources = reduce(acc = [], y IN xs |
      acc + [s IN coalesce(y.roleSources, [i IN coalesce(y.articleIds, []) | i + ' ' + y.role])
        WHERE NOT s IN acc]),
    keep.articleIds = reduce(acc = [], y IN xs | acc + [i IN coalesce(y.articleIds, []) WHERE NOT i IN acc]),
    keep.firstSeen = reduce(f = null, y IN xs |
      CASE WHEN f IS NULL OR (y.firstSeen IS NOT NULL AND y.firstSeen < f) THEN y.firstSeen ELSE f END),
    keep.lastSeen = reduce(l = null, y IN xs |
      CASE WHEN l IS NULL OR (y.lastSeen IS NOT NULL AND y.lastSeen > l) THEN y.lastSeen ELSE l END)
  FOREACH (y IN rest | DELETE y)
}
WITH p, o, row, [x IN [(p)-[y:AFFILIATED_WITH]->(o) | y] WHERE x.roleKind = row.roleKind] AS found
CALL (p, o, row, found) {
  WITH p, o, row WHERE size(found) = 0
  CREATE (p)-[r:AFFILIATED_WITH {roleKind: row.roleKind}]->(o)
  RETURN r
  UNION ALL
  WITH found WHERE size(found) > 0
  RETURN found[0] AS r
}
WITH r, row, coalesce(r.articleIds, []) AS ids, r.start IS NULL AND r.rule IS NULL AS fresh,
  coalesce(r.roleSources, CASE WHEN r.role IS NULL THEN [] ELSE [i IN coalesce(r.articleIds, []) | i + ' ' + r.role] END)
    AS oldSources
WITH r, row, ids, fresh OR (r.start IS NULL AND NOT row.articleId IN ids) AS adopt,
  [s IN oldSources WHERE NOT s STARTS WITH row.articleId + ' '] + [x IN row.roles | row.articleId + ' ' + x]
    AS sources
WITH r, row, ids, adopt, sources,
  reduce(acc = [], s IN sources |
    CASE WHEN substring(s, size(split(s, ' ')[0]) + 1) IN acc THEN acc
    ELSE acc + substring(s, size(split(s, ' ')[0]) + 1) END) AS roles
SET r.articleIds = CASE
    WHEN row.articleId IN ids THEN ids
    WHEN adopt THEN [row.articleId] + ids
    ELSE ids + row.articleId
  END,
  r.roleSources = sources,
  r.roles = roles,
  r.role = CASE WHEN adopt OR r.role IS NULL OR NOT r.role IN roles THEN row.role ELSE r.role END,
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
