import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// One graphql instance: dependencies (Pothos, yoga) load its CommonJS build, so our sources must too —
// with two copies, `instanceof GraphQLError`/schema checks fail across them.
const graphqlAlias = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
        },
      },
      {
        resolve: { alias: graphqlAlias },
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          // One Neo4j for the whole run, started by the global setup (unless NEO4J_URI is given).
          globalSetup: ["test/global-setup.ts"],
          // Files share that database and reset it (test/integration/support.ts), so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
