// The local server manager on its own store and ports: a detached start (what `db start` does) is
// visible to status, a second start for the same store is refused, stop really ends the JVM.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  type LocalServerOptions,
  runningServer,
  startLocalNeo4j,
  stateFile,
  stopServer,
} from "../../src/neo4j/local-server.ts";
import { freePorts } from "../../src/neo4j/ports.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Needs Java and the jars, which exist when the global setup started its own server.
describe.runIf(inject("neo4jStartedByTests"))("local Neo4j lifecycle", () => {
  // Made inside the suite so a skipped suite leaves no folder behind.
  let tempDir = "";
  beforeAll(() => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-lifecycle-"));
  });
  afterAll(async () => {
    await stopServer(path.join(tempDir, "neo4j"));
    fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it("starts detached, reports itself, refuses a second start on the same store, and stops", async () => {
    const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
    const opts: LocalServerOptions = {
      home: path.join(tempDir, "neo4j"),
      boltPort,
      httpPort,
      password: "lifecycle-pw",
      heap: "512m",
      pageCache: "64m",
      attached: false,
      owner: "newsgraph db start",
    };
    const server = await startLocalNeo4j(opts);
    expect(server.uri).toBe(`bolt://127.0.0.1:${boltPort}`);

    const state = runningServer(opts.home);
    expect(state).toMatchObject({
      pid: server.state.pid,
      boltPort,
      httpPort,
      ownerPid: null,
      owner: "newsgraph db start",
    });
    expect(JSON.parse(fs.readFileSync(stateFile(opts.home), "utf8")).pid).toBe(server.state.pid);

    // The configured password is the one that works.
    const driver = neo4j.driver(server.uri, neo4j.auth.basic("neo4j", "lifecycle-pw"));
    try {
      const result = await driver.executeQuery("RETURN 1 + 1 AS two");
      expect(result.records[0]?.get("two").toNumber()).toBe(2);
    } finally {
      await driver.close();
    }
    const http = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(http.status).toBe(200);

    await expect(startLocalNeo4j({ ...opts, owner: "npm start", attached: true })).rejects.toThrow(
      `already running (pid ${server.state.pid}, started by newsgraph db start`,
    );

    const stopped = await stopServer(opts.home);
    expect(stopped?.pid).toBe(server.state.pid);
    expect(alive(server.state.pid)).toBe(false);
    expect(runningServer(opts.home)).toBeNull();
    expect(fs.existsSync(stateFile(opts.home))).toBe(false);
    // The store survives a stop (npm start data outlives restarts).
    expect(fs.existsSync(path.join(opts.home, "data", "databases", "neo4j"))).toBe(true);
    // A second JVM start on a machine shared with other work can take a while; that is not what is tested.
  }, 300_000);
});
