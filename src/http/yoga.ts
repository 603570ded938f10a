// The GraphQL HTTP handler. It never listens (src/server.ts does; tests call `yoga.fetch`), so one
// factory serves `npm start`, the integration tests and the benchmark alike. Each plugin is a file of
// this folder; the order below is the order they see a request in.
import { createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { type Config, config as loadedConfig } from "../config.ts";
import type { Context } from "../schema/builder.ts";
import { schema } from "../schema/index.ts";
import { useArmor } from "./armor.ts";
import { bearerToken } from "./auth.ts";
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_INGEST_BODY_BYTES, useBodyLimit } from "./body-limit.ts";
import { useCompiledQueries } from "./compiled-queries.ts";
import { corsOptions } from "./cors.ts";
import { useDatabaseGate } from "./database-gate.ts";
import { useErrorHygiene } from "./error-hygiene.ts";
import { exampleTabs } from "./examples.ts";
import { useExplorer } from "./explorer.ts";
import { useLimitErrorCodes } from "./limit-errors.ts";
import { type ErrorLogger, errorMasker } from "./mask-error.ts";
import { useNoIntrospection } from "./no-introspection.ts";
import { useReadyz } from "./readyz.ts";
import { useRequestScope } from "./request-scope.ts";
import { useResponseBudget } from "./response-budget.ts";
import { type ResponseCacheOptions, useResponseCache } from "./response-cache.ts";

export interface NewsgraphYogaOptions {
  /** Defaults to `config()` (the environment). */
  config?: Config;
  /** Largest accepted request body; larger ones get 413 before anything is parsed. */
  maxBodyBytes?: number;
  /** The built explorer (explorer/dist by default); `false` serves no explorer. */
  explorerDir?: string | false;
  /** Where masked errors are logged (the client only sees "Unexpected error."). */
  logError?: ErrorLogger;
  /** Results cached per graph version (response-cache.ts); on unless `false`. */
  responseCache?: ResponseCacheOptions | false;
}

export type NewsgraphYoga = YogaServerInstance<Record<string, unknown>, Context>;

export function createNewsgraphYoga(options: NewsgraphYogaOptions = {}): NewsgraphYoga {
  const cfg = options.config ?? loadedConfig();
  const logError =
    options.logError ??
    ((err: unknown, requestId?: string) =>
      console.error(`[newsgraph api] request ${requestId ?? "-"}: masked error:`, err));
  const plugins: Plugin[] = [
    useBodyLimit({
      maxBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      ingest: { apiToken: cfg.apiToken, maxBytes: DEFAULT_MAX_INGEST_BODY_BYTES },
    }),
    useArmor(cfg.production),
    // Before every plugin that wraps execution: they wrap the compiled executor it sets.
    useCompiledQueries(),
    useLimitErrorCodes(),
    useDatabaseGate(),
    useReadyz(),
    useRequestScope({ queryMs: cfg.requestTimeoutMs, mutationMs: cfg.mutationTimeoutMs }),
    useResponseBudget(),
    useErrorHygiene(cfg.production),
  ];
  if (options.responseCache !== false) plugins.push(useResponseCache(options.responseCache));
  if (options.explorerDir !== false) plugins.push(useExplorer(options.explorerDir));
  if (!cfg.introspection) plugins.push(useNoIntrospection());

  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/healthz",
    landingPage: false,
    batching: false,
    cors: corsOptions(cfg.corsOrigins, cfg.production),
    // useBodyLimit enforces the (smaller) limit; yoga's own would pipe every body through a
    // TransformStream just to count bytes that Content-Length already declares (~2.5 % of a request).
    maxRequestBodySize: false,
    graphiql: cfg.graphiql
      ? { title: "newsgraph", defaultTabs: exampleTabs, shouldPersistHeaders: false }
      : false,
    // yoga's default page loads GraphiQL from a CDN (blank offline); this package carries the same
    // GraphiQL build inside itself, so the page works with no network beyond our server. Imported on
    // the first page asked for: the build is ~80 MB of server RSS (measured), which an API that never
    // serves the page (production, tests, benchmarks) should not hold.
    renderGraphiQL: async (opts) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(opts),
    context: ({ request }) => ({
      request,
      bearerToken: bearerToken(request),
      apiToken: cfg.apiToken,
      maxPageSize: cfg.maxPageSize,
      maxResponseBytes: cfg.maxResponseBytes,
    }),
    plugins,
    // isDev would attach the original message and stack — which can hold Cypher or the bolt URL.
    maskedErrors: { isDev: false, maskError: errorMasker(logError) },
    logging: "warn",
  });
}
