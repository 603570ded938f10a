// Upserts the (non-country) Organization nodes of one article. MERGE on id; a lexicon row's name and
// kind win over a discovered one (the replaced name is kept as an alias); aliases only ever grow (the
// entityNames full-text index reads the list).
// @param rows: [{"id":"kreml","name":"Kreml","aliases":["Kremlin"],"kind":"GOVERNMENT","origin":"lexicon"}]
// Plan kept while the graph grows (only id seeks; see STEPS in src/ingest/write/write.ts).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
WITH n, row, n.name IS NULL OR (row.origin = 'lexicon' AND coalesce(n.origin, '') <> 'lexicon') AS adopt
WITH n, row, adopt,
  reduce(acc = coalesce(n.aliases, []), a IN row.aliases +
      CASE WHEN adopt AND n.name IS NOT NULL AND n.name <> row.name THEN [n.name] ELSE [] END |
    CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET n.name = CASE WHEN adopt THEN row.name ELSE n.name END,
  n.origin = CASE WHEN adopt THEN row.origin ELSE n.origin END,
  // A country keeps its kind; a placeholder kind (OTHER, from a speaker or channel the recognizer did
  // not list) gives way to a real one.
  n.kind = CASE
    WHEN n:Country THEN 'COUNTRY'
    WHEN adopt OR n.kind IS NULL OR n.kind = 'OTHER' THEN coalesce(row.kind, n.kind)
    ELSE n.kind
  END,
  n.aliases = aliases
