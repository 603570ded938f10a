import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
        },
      },
      {
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
