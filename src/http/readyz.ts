import type { Plugin } from "graphql-yoga";
import { checkDatabase } from "./database-gate.ts";
import { jsonError } from "./json-error.ts";

/**
 * `/readyz`: 200 when Neo4j answers, else 503. Yoga's useReadinessCheck tests a URLPattern against
 * every request that is not the endpoint (~1.5 % of a GraphQL request's CPU); a plain substring test
 * lets those pass for free.
 */
export function useReadyz(): Plugin {
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
