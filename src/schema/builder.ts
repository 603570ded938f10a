// Configures the one Pothos builder: plugins, scalars and the shapes every type file shares. Types live
// in src/schema/types/*.ts, one file each (ARCHITECTURE §6.1).
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";
import type { CypherQuery } from "../filters/cypher-query.ts";
import "./limits-plugin.ts";

/** Per-request context; yoga creates a fresh one per request, and the dataloader plugin keys its loaders on it. */
export interface Context {
  request: Request;
  /** The bearer token sent with the request, if any (checked by token-protected mutations). */
  bearerToken: string | null;
  /** The token this server accepts for mutations; null disables them. */
  apiToken: string | null;
  /** Largest `first`/`last` a connection accepts (NEWSGRAPH_MAX_PAGE_SIZE). */
  maxPageSize: number;
  /** The request's response budget in characters (NEWSGRAPH_MAX_RESPONSE_BYTES); absent: unlimited. */
  maxResponseBytes?: number;
}

function jsonLiteral(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(jsonLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonLiteral(f.value)]));
    default:
      throw new GraphQLError("JSON cannot hold a variable inside a literal", {
        extensions: { code: "BAD_USER_INPUT" },
      });
  }
}

const JSONScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value (used for Cypher parameters).",
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: jsonLiteral,
});

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
  };
  Connection: {
    /** Counted lazily: only when the client selects `totalCount`. */
    totalCount: () => Promise<number>;
    /** false when totalCount stopped at a cap (statement connections, see TOTAL_COUNT_CAP). */
    totalCountIsExact?: () => Promise<boolean>;
    /** The exact Cypher and parameters that reproduce this page. */
    cypher: () => Promise<CypherQuery>;
  };
  // Fields are non-null unless they say `nullable: true`: absence is then a statement about the data.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin, "limits"],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Our loaders tag every object with __typename, which Node's resolveType reads.
    brandLoadedObjects: true,
  },
});

builder.addScalarType("JSON", JSONScalar);
builder.queryType({});
