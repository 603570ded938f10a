// What a client sees of an error: its own GraphQLErrors (with a code) as they are, argument checks
// as BAD_USER_INPUT, driver errors mapped by code (src/schema/errors.ts), everything else masked and
// logged. The request id (request-scope.ts) stays on every error and starts the log line, so a client's
// report finds the raw error in the log.
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import { RequestOverError } from "../neo4j/request-scope.ts";
import { clientError, clientErrorFromNeo4j } from "../schema/errors.ts";
import { markDatabaseDown } from "./database-gate.ts";

export type ErrorLogger = (error: unknown, requestId?: string) => void;

function requestOver(err: RequestOverError): GraphQLError {
  return err.reason === "deadline"
    ? clientError(
        "QUERY_TIMEOUT",
        "The query took too long and was stopped; narrow the filter or ask for fewer items.",
      )
    : clientError("QUERY_TIMEOUT", "The request was cancelled.");
}

export function errorMasker(logError: ErrorLogger) {
  return function maskError(error: unknown, message: string): Error {
    // Our own coded errors made outside a resolver (the response estimate, the database gate).
    if (error instanceof GraphQLError && !error.originalError && error.extensions?.code) return error;
    const original = error instanceof GraphQLError ? error.originalError : error;
    const requestId =
      error instanceof GraphQLError && typeof error.extensions?.requestId === "string"
        ? error.extensions.requestId
        : undefined;
    const idExt = requestId ? { requestId } : {};
    const located = error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
    // Our own errors pass as they are (request-scope.ts already gave them the request id); a new
    // object here would make yoga log every client mistake as a server error.
    if (original instanceof GraphQLError && original.extensions?.code) return error as Error;
    // GraphQLErrors without a code come from argument checks in the schema plugins (an invalid
    // global id): the client's mistake, and their messages carry nothing internal.
    if (original instanceof GraphQLError && error instanceof GraphQLError) {
      return new GraphQLError(original.message, {
        ...located,
        extensions: { ...original.extensions, ...idExt, code: "BAD_USER_INPUT" },
      });
    }
    const mapped =
      original instanceof RequestOverError ? requestOver(original) : clientErrorFromNeo4j(original);
    if (mapped?.extensions.code === "SERVICE_UNAVAILABLE") markDatabaseDown();
    if (mapped) {
      logError(original, requestId);
      return new GraphQLError(mapped.message, { ...located, extensions: { ...mapped.extensions, ...idExt } });
    }
    if (!(error instanceof GraphQLError) || error.originalError) logError(original ?? error, requestId);
    const masked = yogaMaskError(error, message, false);
    if (!requestId || !(masked instanceof GraphQLError)) return masked;
    return new GraphQLError(masked.message, { ...located, extensions: { ...masked.extensions, ...idExt } });
  };
}
