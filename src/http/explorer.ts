// The explorer at `/`: the files Vite built into explorer/dist (by `npm install`'s prepare step, or
// `npm run build:explorer`), read once at start-up and served from memory with a strict
// Content-Security-Policy. The explorer only calls the public /graphql API, so this plugin knows
// nothing of the graph.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "graphql-yoga";

export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL("../../explorer/dist", import.meta.url));

/**
 * Scripts, styles, images and API calls from this origin only; no inline script or style, no
 * plugins, no framing. The built page has neither inline script nor inline style (vite.config.ts).
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".map": "application/json",
};

interface Asset {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  /** Vite puts a content hash in every name under assets/: those never change. */
  immutable: boolean;
}

/** Every file of the build by its URL path; "/" is index.html. Empty when nothing is built. */
export function readExplorerAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!fs.existsSync(path.join(dir, "index.html"))) return assets;
  for (const relative of fs.readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const file = path.join(dir, relative);
    if (!fs.statSync(file).isFile()) continue;
    const urlPath = `/${relative.split(path.sep).join("/")}`;
    assets.set(urlPath, {
      body: new Uint8Array(fs.readFileSync(file)),
      type: TYPES[path.extname(file)] ?? "application/octet-stream",
      immutable: urlPath.startsWith("/assets/"),
    });
  }
  const index = assets.get("/index.html");
  if (index) assets.set("/", index);
  return assets;
}

function securityHeaders(type: string): Record<string, string> {
  return {
    "content-type": type,
    "content-security-policy": EXPLORER_CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}

const NOT_BUILT = `The explorer is not built. Run \`npm run build:explorer\` (npm install does it), then restart.
GraphiQL is at /graphql.
`;

export function useExplorer(dir: string = DEFAULT_EXPLORER_DIR): Plugin {
  const assets = readExplorerAssets(dir);
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      const { pathname } = url;
      if (pathname === "/graphql") return;
      const asset = assets.get(pathname);
      if (!asset) {
        if (pathname === "/") {
          endResponse(new Response(NOT_BUILT, { status: 503, headers: securityHeaders("text/plain") }));
        }
        return;
      }
      const headers = securityHeaders(asset.type);
      headers["cache-control"] = asset.immutable ? "public, max-age=31536000, immutable" : "no-cache";
      endResponse(new Response(request.method === "HEAD" ? null : asset.body, { status: 200, headers }));
    },
  };
}
