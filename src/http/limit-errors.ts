import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { LIMIT_MESSAGES } from "./armor.ts";

const MESSAGES = Object.entries(LIMIT_MESSAGES);

/**
 * The armor reports some limits as parse errors ("Syntax Error: …") and none with a code; clients get
 * the plain sentence, code QUERY_LIMIT_EXCEEDED and the limit's kind instead, still without its value.
 */
export function useLimitErrorCodes(): Plugin {
  const fix = (error: unknown) => {
    if (!(error instanceof GraphQLError)) return error;
    const hit = MESSAGES.find(([, m]) => error.message.endsWith(m));
    if (!hit) return error;
    const [limit, message] = hit;
    return new GraphQLError(message, {
      nodes: error.nodes,
      // Which kind of limit (depth, aliases, tokens, cost, directives), so a client can say what to change.
      extensions: { ...error.extensions, code: "QUERY_LIMIT_EXCEEDED", limit },
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
