import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LIMIT_MESSAGES } from "./armor.ts";

const MESSAGES = Object.values(LIMIT_MESSAGES);

/**
 * The armor reports some limits as parse errors ("Syntax Error: …") and none with a code; clients get
 * the plain sentence and code QUERY_LIMIT_EXCEEDED instead, still without the limit's value.
 */
export function useLimitErrorCodes(): Plugin {
  const fix = (error: unknown) => {
    if (!(error instanceof GraphQLError)) return error;
    const message = MESSAGES.find((m) => error.message.endsWith(m));
    if (!message) return error;
    return new GraphQLError(message, {
      nodes: error.nodes,
      extensions: { ...error.extensions, code: "QUERY_LIMIT_EXCEEDED" },
    });
  };
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
      const single = result as { errors?: readonly unknown[] };
      if (single.errors?.length)
        setResult({ ...(result as object), errors: single.errors.map(fix) } as never);
    },
  };
}
