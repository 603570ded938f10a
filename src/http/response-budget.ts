// A request that ran out of response budget (src/schema/response-budget.ts) answers with that one
// error and no data: the partial data is what the budget is there to keep from being sent.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { RESPONSE_TOO_LARGE } from "../schema/response-budget.ts";

export function useResponseBudget(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
          const errors = (result as { errors?: readonly GraphQLError[] }).errors ?? [];
          const over = errors.find((e) => e.extensions?.code === RESPONSE_TOO_LARGE);
          if (over)
            setResult({
              data: null,
              // The original kept: the masker then passes our own error through as it is.
              errors: [
                new GraphQLError(over.message, {
                  extensions: over.extensions,
                  ...(over.originalError ? { originalError: over.originalError } : {}),
                }),
              ],
            });
        },
      };
    },
  };
}
