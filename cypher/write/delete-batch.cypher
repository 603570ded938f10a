// Deletes up to $limit nodes with their relationships and returns how many went; called in a loop to
// empty a database (tests, benchmarks) without holding a large graph's transaction state in the heap.
// @param limit: 5000
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS n
