// A real browser for the e2e tests: Debian's Chromium (browser downloads are not possible here; .ci/run
// installs it with apt-get when missing) driven by playwright-core, with a fresh profile and the flags
// that keep it off the network, and with every request to anything but our own server refused.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { createNewsgraphYoga } from "../../src/http/yoga.ts";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      "No Chromium found: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM_PATH.",
    );
  }
  return found;
}

export interface E2eServer {
  origin: string;
  close(): Promise<void>;
}

/** The real handler (createNewsgraphYoga, explorer included) on a free loopback port. */
export async function startServer(): Promise<E2eServer> {
  const yoga = createNewsgraphYoga({ logError: () => {} });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface E2eBrowser {
  context: BrowserContext;
  /** Every URL the page tried to reach outside our server (each one refused). */
  blocked: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(origin: string): Promise<E2eBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) {
      return route.continue();
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  return {
    context,
    blocked,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
