// The errors a client may see. Everything not built here is masked (src/http/mask-error.ts) and logged.
import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { neo4jErrorKind } from "../neo4j/run.ts";

export type ClientErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "SERVICE_UNAVAILABLE"
  | "QUERY_TIMEOUT"
  | "RESPONSE_TOO_LARGE";

export function clientError(code: ClientErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export function badInput(message: string, field?: string): GraphQLError {
  return clientError("BAD_USER_INPUT", message, field ? { field } : {});
}

/**
 * Driver failures a client can act on get a fixed, safe message (mapped by error code, never by text);
 * returns null for everything else, which stays masked. The driver's own message can carry the bolt
 * URL or the Cypher, so it is never passed on.
 */
export function clientErrorFromNeo4j(err: unknown): GraphQLError | null {
  // The only procedure a request feeds with user input is the full-text index (where.text, search).
  if (err instanceof Neo4jError && err.code === "Neo.ClientError.Procedure.ProcedureCallFailed") {
    return badInput(
      'The full-text query could not be parsed (Lucene syntax): balance quotes and parentheses or escape special characters such as " ( ) : with a backslash.',
      "text",
    );
  }
  switch (neo4jErrorKind(err)) {
    case "unavailable":
    case "transient":
      return databaseUnavailable();
    case "timeout":
      return clientError(
        "QUERY_TIMEOUT",
        "The query took too long and was stopped; narrow the filter or ask for fewer items.",
      );
    default:
      return null;
  }
}

export function databaseUnavailable(): GraphQLError {
  return clientError(
    "SERVICE_UNAVAILABLE",
    "The graph database is not reachable right now; try again in a moment.",
  );
}
