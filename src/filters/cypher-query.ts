/** A Cypher query with its parameters, ready for `read(query, params)` or for an analyst's cypher-shell. */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}
