// The response budget at the HTTP edge. Before a query runs, its answer is estimated
// (response-estimate.ts) and a query that would exceed the budget is refused with RESPONSE_TOO_LARGE
// before anything is fetched. While it runs, what fields return is counted (src/schema/response-budget.ts);
// a request that runs out answers with that one error and no data, since the partial data is what the
// budget is there to keep from being sent.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { estimateTooLarge, RESPONSE_TOO_LARGE } from "../schema/response-budget.ts";
import { estimateResponse } from "./response-estimate.ts";

export function useResponseBudget(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const max = (args.contextValue as { maxResponseBytes?: number }).maxResponseBytes;
      if (max) {
        const estimate = estimateResponse(
          args.schema,
          args.document,
          args.operationName,
          args.variableValues as Record<string, unknown> | undefined,
        );
        if (estimate > max) {
          setResultAndStopExecution({ data: null, errors: [estimateTooLarge(estimate, max)] });
          return;
        }
      }
      return {
        onExecuteDone({ result, setResult }) {
          if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
          const errors = (result as { errors?: readonly GraphQLError[] }).errors ?? [];
          const over = errors.find((e) => e.extensions?.code === RESPONSE_TOO_LARGE);
          if (!over) return;
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
