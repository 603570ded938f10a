// The response budget at the HTTP edge. Before a query runs, its answer is estimated
// (response-estimate.ts) and a query that would exceed the budget is refused with RESPONSE_TOO_LARGE
// before anything is fetched. While it runs, what fields return is counted (src/schema/response-budget.ts);
// a request that runs out answers with that one error and no data, since the partial data is what the
// budget is there to keep from being sent.
import { type DocumentNode, GraphQLError, type GraphQLSchema } from "graphql";
import type { Plugin } from "graphql-yoga";
import { currentRequestScope } from "../neo4j/request-scope.ts";
import { estimateTooLarge, RESPONSE_TOO_LARGE } from "../schema/response-budget.ts";
import { busyResult, LARGE_ANSWER_BYTES, MAX_LARGE_AT_ONCE, type Slots, slots } from "./large-answers.ts";
import { estimateResponse } from "./response-estimate.ts";

/** `large`: the slots that requests with a large estimated answer wait for (large-answers.ts). */
export function useResponseBudget(large: Slots = slots(MAX_LARGE_AT_ONCE)): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const max = (args.contextValue as { maxResponseBytes?: number }).maxResponseBytes;
      if (max) {
        const estimate = estimateOf(args);
        if (estimate > max) {
          setResultAndStopExecution({ data: null, errors: [estimateTooLarge(estimate, max)] });
          return;
        }
        if (estimate >= LARGE_ANSWER_BYTES) {
          setExecuteFn(async (execArgs) => {
            // The request scope (request-scope.ts) runs inside this wrapper; it left its deadline on the context.
            const release = await large.acquire(requestDeadline(execArgs.contextValue));
            if (!release) return busyResult();
            try {
              return await executeFn(execArgs);
            } finally {
              release();
            }
          });
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

/**
 * The estimate depends on the schema, the document, the operation and the variables only. yoga's parse
 * cache hands the same DocumentNode for the same query text, so an operation without variables (the
 * common dashboard request) is walked once, not per request; with variables it is walked each time.
 */
const estimates = new WeakMap<object, Map<string, number>>();

function estimateOf(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
}): number {
  const variables = args.variableValues as Record<string, unknown> | undefined;
  const cacheable = !variables || Object.keys(variables).length === 0;
  const key = args.operationName ?? "";
  const byOperation = cacheable ? estimates.get(args.document) : undefined;
  const known = byOperation?.get(key);
  if (known !== undefined) return known;
  const estimate = estimateResponse(args.schema, args.document, args.operationName, variables);
  if (cacheable) {
    // Keyed by document alone: each yoga has its own parse cache, so a document never meets another schema.
    const map = estimates.get(args.document) ?? new Map<string, number>();
    map.set(key, estimate);
    estimates.set(args.document, map);
  }
  return estimate;
}

/** When the request's time is up: its scope's deadline, else 30 s from now. */
function requestDeadline(context: unknown): number {
  const scope = (context as { requestScope?: { deadline: number } }).requestScope ?? currentRequestScope();
  return scope?.deadline ?? Date.now() + 30_000;
}
