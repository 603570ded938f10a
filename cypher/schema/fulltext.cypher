// Full-text search over statements and entity names. German analyzer: stemming and stop words, so
// "Sicherheitsgarantie" finds "Sicherheitsgarantien".
CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
// Aliases (Dmitrijew/Dmitriev) are searchable directly: full-text indexes take LIST<STRING> properties
// (verified on 2026.08.1), so no joined copy of the aliases is needed.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Organization|Place|Topic|Meeting) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
