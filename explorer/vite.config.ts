// The explorer's build: plain TypeScript modules and one stylesheet, bundled by Vite into dist/, which
// src/http/explorer.ts serves at `/`. `npm run dev:explorer` serves the sources with hot reload and sends
// /graphql to a running `npm start`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The polyfill would be an inline script, which the page's Content-Security-Policy forbids;
    // every browser that runs ES2022 supports modulepreload anyway.
    modulePreload: { polyfill: false },
    // No data: URLs: every asset is a file of ours, as the CSP expects.
    assetsInlineLimit: 0,
  },
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
