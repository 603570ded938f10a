/** A Cypher query with its parameters, ready for `read(query, params)` or for an analyst's cypher-shell. */
export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
}

/**
 * Conditions for `expr` between two partial ISO dates ("2025", "2025-12", "2025-12-21T21:54"): the upper
 * bound is inclusive at its own precision, so `to: "2025-12-21"` keeps "2025-12-21T21:54". Dates are
 * stored as strings (docs/graph-model.md), so this is plain string comparison.
 */
export function addDateRange(
  conditions: string[],
  params: Record<string, unknown>,
  expr: string,
  from: [key: string, value: string | null | undefined],
  to: [key: string, value: string | null | undefined],
): void {
  const [fromKey, fromValue] = from;
  const [toKey, toValue] = to;
  if (fromValue) {
    conditions.push(`${expr} >= $${fromKey}`);
    params[fromKey] = fromValue;
  }
  if (toValue) {
    conditions.push(`left(${expr}, size($${toKey})) <= $${toKey}`);
    params[toKey] = toValue;
  }
}
