// Upserts the Person nodes of one article. MERGE on id; a lexicon row's name wins over a discovered one
// (the replaced name is kept as an alias); aliases only ever grow (the entityNames
// full-text index reads the list). merges records, and only ever grows by, the reasons another article's
// name of the person was given this id (src/ingest/link/people-across.ts).
// @param rows: [{"id":"kirill-dmitrijew","name":"Kirill Dmitrijew","aliases":["Dmitriev"],"kind":null,"origin":"lexicon","merges":["kirill-dmitriev → kirill-dmitrijew: same-name-transliterated: …"]}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
WITH n, row, n.name IS NULL OR (row.origin = 'lexicon' AND coalesce(n.origin, '') <> 'lexicon') AS adopt
WITH n, row, adopt,
  reduce(acc = coalesce(n.aliases, []), a IN row.aliases +
      CASE WHEN adopt AND n.name IS NOT NULL AND n.name <> row.name THEN [n.name] ELSE [] END |
    CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET n.name = CASE WHEN adopt THEN row.name ELSE n.name END,
  n.origin = CASE WHEN adopt THEN row.origin ELSE n.origin END,
  n.aliases = aliases,
  n.merges = CASE WHEN size(coalesce(row.merges, [])) = 0 THEN n.merges
    ELSE reduce(acc = coalesce(n.merges, []), m IN row.merges | CASE WHEN m IN acc THEN acc ELSE acc + m END) END
