// What a client sees of an error: its own GraphQLErrors (with a code) as they are, argument checks
// as BAD_USER_INPUT, driver errors mapped by code (src/schema/errors.ts), everything else masked and
// logged.
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError } from "graphql-yoga";
import { clientErrorFromNeo4j } from "../schema/errors.ts";
import { markDatabaseDown } from "./database-gate.ts";

export function errorMasker(logError: (error: unknown) => void) {
  return function maskError(error: unknown, message: string): Error {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof GraphQLError && original.extensions?.code) return error as Error;
    // GraphQLErrors without a code come from argument checks in the schema plugins (an invalid
    // global id): the client's mistake, and their messages carry nothing internal.
    if (original instanceof GraphQLError && error instanceof GraphQLError) {
      return new GraphQLError(original.message, {
        nodes: error.nodes,
        path: error.path,
        extensions: { ...original.extensions, code: "BAD_USER_INPUT" },
      });
    }
    const mapped = clientErrorFromNeo4j(original);
    if (mapped?.extensions.code === "SERVICE_UNAVAILABLE") markDatabaseDown();
    if (mapped) {
      logError(original);
      return new GraphQLError(mapped.message, {
        ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
        extensions: mapped.extensions,
      });
    }
    if (!(error instanceof GraphQLError) || error.originalError) logError(original ?? error);
    return yogaMaskError(error, message, false);
  };
}
