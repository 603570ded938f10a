// Resolves names the API and export accept ("Russland", "Russia", "miami", "Dmitriev") to node ids:
// case-insensitive on id, name and every alias, restricted to the labels the filter field allows
// (from the allowlist in src/filters/names.ts, labels of src/graph-model.ts, never from user input).
// One row per lookup, in lookup order; `ids` is empty when nothing matched.
// @param lookups: [{"key": "about.place", "labels": ["Place"], "name": "Miami", "ids": ["miami"]}]
UNWIND range(0, size($lookups) - 1) AS i
WITH i, $lookups[i] AS lookup
CALL (lookup) {
  MATCH (n:$any(lookup.labels))
  WHERE n.id IN lookup.ids
     OR toLower(n.name) = toLower(lookup.name)
     OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower(lookup.name))
  RETURN collect(DISTINCT n.id) AS ids
}
RETURN lookup.key AS key, ids
ORDER BY i
