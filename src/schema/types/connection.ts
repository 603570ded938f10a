// Fields every connection has: totalCount and the Cypher that reproduces the page.
import { builder } from "../builder.ts";

interface CypherShape {
  query: string;
  params: Record<string, unknown>;
}

export const CypherQueryType = builder.objectRef<CypherShape>("CypherQuery").implement({
  description:
    "The exact parameterised Cypher behind a connection page. Run it in Neo4j Browser (:params, then the query) or cypher-shell to get the same nodes in the same order.",
  fields: (t) => ({
    query: t.exposeString("query", {}),
    parameters: t.field({ type: "JSON", resolve: (c) => c.params }),
  }),
});

builder.globalConnectionFields((t) => ({
  totalCount: t.int({
    description: "All items matching the filter, across pages.",
    resolve: (c) => c.totalCount(),
  }),
  cypher: t.field({
    type: CypherQueryType,
    description: "The Cypher and parameters that return exactly this page.",
    resolve: (c) => c.cypher(),
  }),
}));
