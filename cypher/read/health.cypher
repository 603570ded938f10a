// The server's kernel version and edition plus the database we are connected to, for `health`.
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
WITH versions[0] AS version, edition
CALL db.info() YIELD name
RETURN version, edition, name AS database
