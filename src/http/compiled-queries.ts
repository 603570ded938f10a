// Compiled execution for queries the server sees again: graphql-jit turns an operation into one JS
// function (its selections, argument reads and result shaping unrolled), which the next requests with
// the same document run instead of graphql-js's interpreter. yoga's parse cache hands the same
// DocumentNode for the same query text, so a dashboard's repeated query compiles once. Measured on the
// headline page (10k graph, response cache off, load 9–12, alternated with the code before): in process
// (yoga.fetch) 2.38 → 1.92 ms of Node CPU per request, through HTTP (bench:api) 3.70 → 3.13 ms.
//
// Bounded (COMPILE_DEFAULTS): an operation is compiled from its fifth use on, only when short, and at
// most so many a minute (a stream of new queries never makes the server compile without end);
// mutations and subscriptions keep graphql-js, and an operation graphql-jit cannot compile keeps it too. The compiled query runs wherever graphql-js's execute ran, so the plugins that wrap
// execution (request scope, response budget, response cache) and yoga's error masking see it as before.
// graphql-jit's errors are GraphQLErrors by prototype but carry no AST nodes; they are rebuilt as
// graphql-js errors on the nodes they name, so the plugins that copy an error (nodes, path, extensions)
// keep its locations.
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  GraphQLError,
  type GraphQLSchema,
  getLocation,
  getOperationAST,
  visit,
} from "graphql";
import { getVariableValues } from "graphql/execution/values.js";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";

interface Entry {
  uses: number;
  /** null: graphql-jit could not compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

/** The fields of `document` by "line:column", to give graphql-jit's located errors their nodes back. */
function fieldsByLocation(document: DocumentNode): Map<string, FieldNode> {
  const out = new Map<string, FieldNode>();
  const source = document.loc?.source;
  if (!source) return out;
  visit(document, {
    Field(node) {
      if (!node.loc) return;
      const { line, column } = getLocation(source, node.loc.start);
      out.set(`${line}:${column}`, node);
    },
  });
  return out;
}

function asGraphQLJsError(error: GraphQLError, document: DocumentNode): GraphQLError {
  if (error.nodes) return error;
  const byLocation = error.locations?.length ? fieldsByLocation(document) : null;
  const nodes = (error.locations ?? [])
    .map((l) => byLocation?.get(`${l.line}:${l.column}`))
    .filter((n): n is FieldNode => n !== undefined);
  return new GraphQLError(error.message, {
    ...(nodes.length > 0 ? { nodes } : {}),
    path: error.path ?? undefined,
    originalError: error.originalError ?? undefined,
    extensions:
      error.extensions ??
      (error.originalError as { extensions?: GraphQLError["extensions"] } | undefined)?.extensions,
  });
}

function normalized(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.length) return result;
  return { ...result, errors: result.errors.map((e) => asGraphQLJsError(e, document)) };
}

function run(compiled: CompiledQuery, args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> {
  const result = compiled.query(args.rootValue, args.contextValue, args.variableValues ?? {});
  if (typeof (result as PromiseLike<unknown>).then === "function")
    return (result as Promise<ExecutionResult>).then((r) => normalized(r, args.document));
  return normalized(result as ExecutionResult, args.document);
}

/**
 * graphql-jit words some variable errors its own way ("Expected type Int; …"); a request whose variables
 * graphql-js would refuse runs interpreted, so the client reads graphql-js's message as before.
 */
function variablesValid(args: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: unknown;
}): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation?.variableDefinitions?.length) return true;
  const inputs = (args.variableValues ?? {}) as Record<string, unknown>;
  return !getVariableValues(args.schema, operation.variableDefinitions, inputs, { maxErrors: 1 }).errors;
}

export interface CompiledQueryStats {
  /** Executions run by a compiled query. */
  compiledRuns: number;
  /** Operations compiled so far (each once). */
  compilations: number;
}

export interface CompiledQueryOptions {
  /** Executions of an operation before it is compiled. */
  compileOnUse?: number;
  /** Query texts longer than this are never compiled. */
  maxSourceChars?: number;
  /** Compilations allowed per minute, all operations together. */
  compilesPerMinute?: number;
}

/**
 * A compile costs what tens of executions cost (the headline page: 1–55 ms under load; 2,800 characters
 * of query: 130–230 ms; a query at armor's token limit: 0.7–2.4 s, all measured), and it blocks the
 * event loop. So only operations that repeat are compiled, only short ones, and only so many a minute:
 * a client sending new documents can make the server compile at most COMPILES_PER_MINUTE short ones.
 */
export const COMPILE_DEFAULTS: Required<CompiledQueryOptions> = {
  compileOnUse: 5,
  maxSourceChars: 2_000,
  compilesPerMinute: 20,
};

export function useCompiledQueries(
  options: CompiledQueryOptions = {},
): Plugin & { stats: () => CompiledQueryStats } {
  const opts = { ...COMPILE_DEFAULTS, ...options };
  const entries = new WeakMap<DocumentNode, Map<string, Entry>>();
  const stats: CompiledQueryStats = { compiledRuns: 0, compilations: 0 };
  const window = { start: 0, used: 0 };
  const mayCompile = (): boolean => {
    const now = Date.now();
    if (now - window.start >= 60_000) {
      window.start = now;
      window.used = 0;
    }
    if (window.used >= opts.compilesPerMinute) return false;
    window.used++;
    return true;
  };
  const entryFor = (document: DocumentNode, operationName: string): Entry => {
    let byName = entries.get(document);
    if (!byName) {
      byName = new Map();
      entries.set(document, byName);
    }
    let entry = byName.get(operationName);
    if (!entry) {
      entry = { uses: 0 };
      byName.set(operationName, entry);
    }
    return entry;
  };
  const compile = (entry: Entry, args: ExecutionArgs): CompiledQuery | null | undefined => {
    if (entry.compiled !== undefined || !mayCompile()) return entry.compiled;
    // An error's stack is its original error's (a resolver's throw); graphql-jit's own need none.
    const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined, {
      disablingCapturingStackErrors: true,
    });
    entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    if (entry.compiled) stats.compilations++;
    return entry.compiled;
  };
  return {
    stats: () => ({ ...stats }),
    onExecute({ args, executeFn, setExecuteFn }) {
      const entry = entryFor(args.document, args.operationName ?? "");
      entry.uses++;
      if (entry.compiled === null) return;
      if (entry.compiled === undefined) {
        if (entry.uses < opts.compileOnUse) return;
        const long =
          (args.document.loc?.source.body.length ?? Number.POSITIVE_INFINITY) > opts.maxSourceChars;
        if (long || getOperationAST(args.document, args.operationName)?.operation !== "query") {
          entry.compiled = null;
          return;
        }
      }
      if (!variablesValid(args)) return;
      // Compiled when it is executed, i.e. only once the checks before execution (limits, the response
      // estimate, the response cache) have let the request through.
      setExecuteFn((execArgs) => {
        const compiled = compile(entry, execArgs as ExecutionArgs);
        if (!compiled) return executeFn(execArgs);
        stats.compiledRuns++;
        return run(compiled, execArgs as ExecutionArgs);
      });
    },
  };
}
