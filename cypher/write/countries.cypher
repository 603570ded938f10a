// Upserts countries: an Organization of kind COUNTRY that is also a Country and a Place (kind COUNTRY),
// so that LOCATED_IN chains end in it and it can be both a speaker and a place. MERGE is on the
// Organization id, the same key a speaker or channel reference uses.
// @param rows: [{"id":"russland","name":"Russland","aliases":["Russia","RU"],"kind":"COUNTRY","origin":"lexicon"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n:Country:Place
WITH n, row, n.name IS NULL OR (row.origin = 'lexicon' AND coalesce(n.origin, '') <> 'lexicon') AS adopt
WITH n, row, adopt,
  reduce(acc = coalesce(n.aliases, []), a IN row.aliases +
      CASE WHEN adopt AND n.name IS NOT NULL AND n.name <> row.name THEN [n.name] ELSE [] END |
    CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET n.name = CASE WHEN adopt THEN row.name ELSE n.name END,
  n.origin = CASE WHEN adopt THEN row.origin ELSE n.origin END,
  n.kind = 'COUNTRY',
  n.aliases = aliases
