// The e2e tests drive the explorer as built from the sources in this tree, never a stale build:
// this global setup runs the same Vite build as `npm run build:explorer` before any test file.
import { fileURLToPath } from "node:url";
import { build } from "vite";

export default async function buildExplorer(): Promise<void> {
  await build({
    configFile: fileURLToPath(new URL("../../explorer/vite.config.ts", import.meta.url)),
    logLevel: "warn",
  });
}
