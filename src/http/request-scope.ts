// Each execution runs in a request scope (src/neo4j/request-scope.ts): every transaction it starts is
// tagged with the request id and gets a timeout no longer than the request has left, and when the client
// goes away the request's transactions are terminated in Neo4j instead of running on for nobody. Every
// error of the request carries the id (`extensions.requestId`), and the log line of a masked error names it too.
import { randomUUID } from "node:crypto";
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import { outsideRequestScope, type RequestScope, runInRequestScope } from "../neo4j/request-scope.ts";
import { read, write } from "../neo4j/run.ts";

export interface RequestTimeouts {
  /** A query's whole Neo4j work ends by then (NEWSGRAPH_REQUEST_TIMEOUT_MS). */
  queryMs: number;
  /** A mutation (ingest) has longer (NEWSGRAPH_MUTATION_TIMEOUT_MS). */
  mutationMs: number;
}

/** Terminates whatever the request still runs in Neo4j; a transaction may finish on its own meanwhile. */
export async function terminateRequestTransactions(requestId: string): Promise<number> {
  const rows = await read<{ id: string }>(
    "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.requestId = $requestId RETURN transactionId AS id",
    { requestId },
  );
  if (rows.length === 0) return 0;
  await write("TERMINATE TRANSACTIONS $ids", { ids: rows.map((r) => r.id) });
  return rows.length;
}

/** Runs `work` as a request with this deadline and signal would (the plugin below, and tests). */
export function withRequestScope<T>(scope: RequestScope, work: () => Promise<T>): Promise<T> {
  const onAbort = () => {
    // Shortly after the abort, so that a transaction being opened right now is listed too.
    // Outside the scope: its signal is aborted, so inside it no transaction would start.
    setTimeout(
      () => outsideRequestScope(() => void terminateRequestTransactions(scope.id).catch(() => {})),
      20,
    ).unref();
  };
  scope.signal?.addEventListener("abort", onAbort, { once: true });
  return runInRequestScope(scope, work).finally(() => scope.signal?.removeEventListener("abort", onAbort));
}

function isMutation(document: DocumentNode, operationName: string | null | undefined): boolean {
  const op = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return op?.operation === "mutation";
}

function withRequestId(error: unknown, requestId: string): unknown {
  if (!(error instanceof GraphQLError)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, requestId },
  });
}

export function useRequestScope(timeouts: RequestTimeouts): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const ms = isMutation(args.document, args.operationName) ? timeouts.mutationMs : timeouts.queryMs;
      const scope: RequestScope = {
        id: randomUUID(),
        deadline: Date.now() + ms,
        ...(request?.signal ? { signal: request.signal } : {}),
      };
      // Plugins after this one wrap the execution from outside the scope; they read it from the context.
      (args.contextValue as { requestScope?: RequestScope }).requestScope = scope;
      setExecuteFn((execArgs) => withRequestScope(scope, async () => executeFn(execArgs)));
      return {
        // Runs before yoga's masking (its plugin comes last), which keeps the id (mask-error.ts).
        onExecuteDone({ result, setResult }) {
          if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
          const single = result as { errors?: readonly unknown[] };
          if (!single.errors?.length) return;
          setResult({
            ...(result as object),
            errors: single.errors.map((e) => withRequestId(e, scope.id)),
          } as never);
        },
      };
    },
  };
}
