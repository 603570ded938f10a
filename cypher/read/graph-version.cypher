// The graph's version as the response cache sees it (src/http/response-cache.ts): every ingest that
// writes sets its articles' ingestedAt, and every delete changes the article count, so the pair changes
// whenever what the API can answer does — with no extra write and no extra node. Both parts are O(1):
// the count store answers the count, and the article_ingested_at index's last entry the maximum.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () {
  MATCH (a:Article) WHERE a.ingestedAt IS NOT NULL
  RETURN a.ingestedAt AS lastIngest ORDER BY a.ingestedAt DESC LIMIT 1
  UNION ALL
  RETURN null AS lastIngest
}
WITH articles, collect(lastIngest)[0] AS lastIngest
RETURN toString(articles) + '@' + coalesce(toString(lastIngest), '-') AS version
