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
          // The browser tests (test/e2e) belong here: they need the same Neo4j, and they must not run
          // while another file resets it.
          include: [
            "test/integration/**/*.int.test.ts",
            "test/hostile/**/*.int.test.ts",
            "test/e2e/**/*.e2e.test.ts",
          ],
          // One Neo4j for the whole run, started by the global setup (unless NEO4J_URI is given), and
          // the explorer built from this tree for the browser tests.
          globalSetup: ["test/global-setup.ts", "test/e2e/build-explorer.ts"],
          // Files share that database and reset it (test/integration/support.ts), so they run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
