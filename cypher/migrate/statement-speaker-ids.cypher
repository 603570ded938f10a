// Backfill: copies each statement's SAID_BY target id onto the statement as `speakerId`, which the
// writers set since session 9 and the statement filter tests instead of expanding the edge
// (src/filters/statement-where.ts, saidByOneOf). Run by src/neo4j/migrate.ts when
// migrate/statement-speaker-ids-probe finds statements without it; idempotent, in batches.
MATCH (s:Statement)-[:SAID_BY]->(x)
WHERE s.speakerId IS NULL
CALL (s, x) {
  SET s.speakerId = x.id
} IN TRANSACTIONS OF 10000 ROWS
