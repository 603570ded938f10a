// Whether the graph has statements with a speaker but without `speakerId` (written before the writers
// set it, or imported from an old export): one row `{ missing }`. Looks at the oldest and newest dated
// statements through the publishedAt index (a few hundred index entries, not a scan of every statement),
// which is where a graph written before the change, or an import, shows; the filter stays correct for
// any statement the probe misses (it tests the edge when the property is absent), only slower.
CALL () {
  MATCH (s:Statement) WHERE s.publishedAt > ''
  WITH s ORDER BY s.publishedAt ASC LIMIT 200
  RETURN s
  UNION
  MATCH (s:Statement) WHERE s.publishedAt > ''
  WITH s ORDER BY s.publishedAt DESC LIMIT 200
  RETURN s
}
WITH s WHERE s.speakerId IS NULL AND EXISTS { (s)-[:SAID_BY]->() }
RETURN count(s) > 0 AS missing
