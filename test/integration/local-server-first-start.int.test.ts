// The first start of a fresh store, as `npm start` does it: no login before the launcher has set the
// password (so Neo4j logs no failed login and locks no account), and Neo4j Browser on the HTTP port.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  LAUNCHER_READY,
  type LocalNeo4j,
  startLocalNeo4j,
  stopServer,
} from "../../src/neo4j/local-server.ts";
import { freePorts } from "../../src/neo4j/ports.ts";

// Neo4j Community logs a refused login in debug.log (security.log stays empty on Community).
const FAILED_LOGIN = /authentication failure|failed to log in|unauthorized/i;

function logText(home: string): string {
  const dir = path.join(home, "logs");
  return ["debug.log", "neo4j.log", "security.log"]
    .map((f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), "utf8") : ""))
    .join("\n");
}

// Needs Java and the jars, which exist when the global setup started its own server.
describe.runIf(inject("neo4jStartedByTests"))("first start of a fresh store", () => {
  let tempDir = "";
  let home = "";
  let server: LocalNeo4j;
  let httpPort = 0;

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-first-start-"));
    home = path.join(tempDir, "neo4j");
    const [boltPort, http] = (await freePorts(2)) as [number, number];
    httpPort = http;
    server = await startLocalNeo4j({
      home,
      boltPort,
      httpPort,
      password: "first-start-pw",
      heap: "512m",
      pageCache: "64m",
      attached: true,
      owner: "first start test",
    });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await stopServer(home);
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it("logs in only after the launcher set the password: no failed login in the Neo4j log", async () => {
    expect(fs.readFileSync(path.join(home, "logs", "console.log"), "utf8")).toContain(LAUNCHER_READY);
    expect(logText(home)).toContain("Started");
    expect(logText(home)).not.toMatch(FAILED_LOGIN);

    // The check can see a failed login: one with a wrong password is logged.
    const wrong = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", "not-the-password"));
    try {
      await expect(wrong.verifyConnectivity()).rejects.toThrow();
    } finally {
      await wrong.close();
    }
    await expect.poll(() => logText(home), { timeout: 10_000 }).toMatch(FAILED_LOGIN);
  });

  it("serves Neo4j Browser at /browser/", async () => {
    const res = await fetch(`http://127.0.0.1:${httpPort}/browser/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Neo4j Browser</title>");
  });
});
