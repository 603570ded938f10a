// The GraphQL HTTP handler. It never listens (src/server.ts does; tests call `yoga.fetch`), so one
// factory serves `npm start`, the integration tests and the benchmark alike.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";
import { createYoga, type Plugin, type YogaServerInstance, maskError as yogaMaskError } from "graphql-yoga";
import { type Config, config as loadedConfig } from "./config.ts";
import { bearerToken } from "./schema/auth.ts";
import type { Context } from "./schema/builder.ts";
import { checkDatabase, databaseUp, markDatabaseDown } from "./schema/database-gate.ts";
import { clientErrorFromNeo4j, databaseUnavailable } from "./schema/errors.ts";
import { exampleOperations } from "./schema/examples.ts";
import { schema } from "./schema/index.ts";

export interface NewsgraphYogaOptions {
  /** Defaults to `config()` (the environment). */
  config?: Config;
  /** Largest accepted request body; larger ones get 413 before anything is parsed. */
  maxBodyBytes?: number;
  /** Where masked errors are logged (the client only sees "Unexpected error."). */
  logError?: (error: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Limits the armor enforces; the client is told that a limit was hit, never the limit itself. */
export const LIMITS = { depth: 10, aliases: 20, tokens: 4000, cost: 50_000, directives: 20 } as const;

function jsonError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

/** Reads at most `max` bytes of the body: a missing or lying Content-Length must not let a huge body through. */
async function readLimited(request: Request, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== "POST" || !requestParser) return;
      const length = request.headers.get("content-length");
      // Only one non-negative integer is a Content-Length (a comma-joined pair smells of request smuggling).
      if (length !== null && !/^\d+$/.test(length)) {
        setRequestParser(() => jsonError(400, "BAD_REQUEST", "The Content-Length header is invalid."));
        return;
      }
      const declared = length === null ? Number.NaN : Number(length);
      if (Number.isFinite(declared)) {
        // Node's HTTP parser never delivers more than Content-Length, so the header alone decides.
        if (declared > maxBytes) setRequestParser(() => tooLarge());
        return;
      }
      // Chunked (or a fetch() without a length): count while reading.
      setRequestParser(async (req) => {
        const body = await readLimited(req, maxBytes);
        if (body === null) return tooLarge();
        return requestParser(new Request(req.url, { method: req.method, headers: req.headers, body }));
      });
    },
  };
}

function tooLarge(): Response {
  const res = jsonError(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
  // The unread rest of the body is still on the socket; a client must not send its next request there.
  res.headers.set("connection", "close");
  return res;
}

const LIMIT_MESSAGES = [
  "The query is nested too deeply for this server.",
  "The query uses too many aliases for this server.",
  "The query is too long for this server.",
  "The query asks for too much at once for this server; split it up.",
  "The query uses too many directives for this server.",
];

/**
 * The armor reports some limits as parse errors ("Syntax Error: …") and none with a code; clients get
 * the plain sentence and code QUERY_LIMIT_EXCEEDED instead, still without the limit's value.
 */
function useLimitErrorCodes(): Plugin {
  const fix = (error: unknown) => {
    if (!(error instanceof GraphQLError)) return error;
    const message = LIMIT_MESSAGES.find((m) => error.message.endsWith(m));
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

/** Fields that answer without Neo4j (health reports UNAVAILABLE itself). */
const OFFLINE_FIELDS = new Set(["health", "__typename", "__schema", "__type"]);

/** While Neo4j is down, fail at once instead of letting every resolver wait out the driver's retries. */
function useDatabaseGate(): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = (args.document as DocumentNode).definitions.find(
        (d): d is OperationDefinitionNode =>
          d.kind === Kind.OPERATION_DEFINITION &&
          (!args.operationName || d.name?.value === args.operationName),
      );
      const needsDatabase = operation?.selectionSet.selections.some(
        (sel: SelectionNode) => sel.kind !== Kind.FIELD || !OFFLINE_FIELDS.has(sel.name.value),
      );
      if (!needsDatabase || (await databaseUp())) return;
      setResultAndStopExecution({ errors: [databaseUnavailable()], data: null });
    },
  };
}

/**
 * `/readyz`. Yoga's useReadinessCheck tests a URLPattern against every request that is not the
 * endpoint (~1.5 % of a GraphQL request's CPU); a plain substring test lets those pass for free.
 */
function useReadyz(): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (!request.url.includes("/readyz") || url.pathname !== "/readyz") return;
      const up = await Promise.resolve()
        .then(checkDatabase)
        .catch(() => false);
      endResponse(
        up
          ? new Response(null, { status: 200 })
          : jsonError(503, "SERVICE_UNAVAILABLE", "Neo4j is not reachable."),
      );
    },
  };
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export type NewsgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createNewsgraphYoga(options: NewsgraphYogaOptions = {}): NewsgraphYoga {
  const cfg = options.config ?? loadedConfig();
  const logError =
    options.logError ?? ((err: unknown) => console.error("[newsgraph api] masked error:", err));
  const plugins: Plugin[] = [
    useBodyLimit(options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES),
    EnvelopArmorPlugin({
      maxDepth: {
        n: LIMITS.depth,
        exposeLimits: false,
        ignoreIntrospection: true,
        errorMessage: "The query is nested too deeply for this server.",
      },
      maxAliases: {
        n: LIMITS.aliases,
        exposeLimits: false,
        errorMessage: "The query uses too many aliases for this server.",
      },
      maxTokens: {
        n: LIMITS.tokens,
        exposeLimits: false,
        errorMessage: "The query is too long for this server.",
      },
      costLimit: {
        maxCost: LIMITS.cost,
        exposeLimits: false,
        ignoreIntrospection: true,
        errorMessage: "The query asks for too much at once for this server; split it up.",
      },
      maxDirectives: {
        n: LIMITS.directives,
        exposeLimits: false,
        errorMessage: "The query uses too many directives for this server.",
      },
      blockFieldSuggestion: { enabled: cfg.production },
    }) as Plugin,
    useLimitErrorCodes(),
    useDatabaseGate(),
    useReadyz(),
  ];
  if (!cfg.introspection) plugins.push(useNoIntrospection());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/healthz",
    landingPage: false,
    batching: false,
    // useBodyLimit enforces the (smaller) limit; yoga's own would pipe every body through a
    // TransformStream just to count bytes that Content-Length already declares (~2.5 % of a request).
    maxRequestBodySize: false,
    graphiql: cfg.graphiql
      ? { title: "newsgraph", defaultQuery: exampleOperations, shouldPersistHeaders: false }
      : false,
    context: ({ request }) => ({
      request,
      bearerToken: bearerToken(request),
      apiToken: cfg.apiToken,
      maxPageSize: cfg.maxPageSize,
    }),
    plugins,
    maskedErrors: {
      // isDev would attach the original message and stack — which can hold Cypher or the bolt URL.
      isDev: false,
      maskError(error, message) {
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
      },
    },
    logging: "warn",
  });
}
