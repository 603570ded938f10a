// Full-text search over statements and entity names. German analyzer: stemming and stop words, so
// "Sicherheitsgarantie" finds "Sicherheitsgarantien".
CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
// Aliases (Dmitrijew/Dmitriev) are searchable through `aliasText` = aliases joined by " | ", which the
// writer keeps in step with `aliases`.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Organization|Place|Topic|Meeting) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
