import { databaseUp, markDatabaseDown } from "../../http/database-gate.ts";
import { cypher } from "../../neo4j/registry.ts";
import { read } from "../../neo4j/run.ts";
import { builder } from "../builder.ts";

interface HealthShape {
  status: "OK" | "UNAVAILABLE";
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  database: string | null;
}

const HealthStatus = builder.enumType("HealthStatus", {
  values: {
    OK: { description: "Neo4j answered." },
    UNAVAILABLE: { description: "Neo4j did not answer; the API serves errors until it is back." },
  } as const,
});

const Health = builder.objectRef<HealthShape>("Health").implement({
  description: "Whether the API can reach its Neo4j, and which one.",
  fields: (t) => ({
    status: t.field({ type: HealthStatus, resolve: (h) => h.status }),
    neo4jVersion: t.exposeString("neo4jVersion", { nullable: true }),
    neo4jEdition: t.exposeString("neo4jEdition", { nullable: true }),
    database: t.exposeString("database", { nullable: true }),
  }),
});

builder.queryField("health", (t) =>
  t.field({
    type: Health,
    description: "Never fails: reports UNAVAILABLE instead of an error while Neo4j is down.",
    resolve: async () => {
      if (!(await databaseUp())) {
        return { status: "UNAVAILABLE" as const, neo4jVersion: null, neo4jEdition: null, database: null };
      }
      try {
        const [row] = await read<{ version: string; edition: string; database: string }>(
          cypher("read/health"),
          {},
          { timeoutMs: 5_000 },
        );
        return {
          status: "OK" as const,
          neo4jVersion: row?.version ?? null,
          neo4jEdition: row?.edition ?? null,
          database: row?.database ?? null,
        };
      } catch {
        markDatabaseDown();
        return { status: "UNAVAILABLE" as const, neo4jVersion: null, neo4jEdition: null, database: null };
      }
    },
  }),
);
