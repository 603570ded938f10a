// Which Neo4j `connect` picks, without a JVM: a "running server" is a state file whose pid is a stand-in
// process with the launcher's command line. Starting a real server is covered by the commands' runs.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import type { ServerState } from "../../../src/neo4j/local-server.ts";
import { tempDir } from "../../temp-dir.ts";

/** Fresh modules under the given environment: config() reads it once per module instance. */
async function load(env: Record<string, string>) {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  vi.resetModules();
  const { connect } = await import("../../../src/neo4j/connect.ts");
  const { neo4jTarget } = await import("../../../src/neo4j/driver.ts");
  return { connect, neo4jTarget };
}

/** A live process that local-server.ts takes for the launcher of `home`, and its state file. */
async function fakeRunningServer(home: string, state: Partial<ServerState>): Promise<ServerState> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["-e", "setInterval(() => {}, 1e6)", "Launcher.java", home],
    {
      stdio: "ignore",
    },
  );
  onTestFinished(() => {
    child.kill("SIGKILL");
  });
  await new Promise((resolve) => child.once("spawn", resolve));
  const full: ServerState = {
    pid: child.pid as number,
    ownerPid: null,
    owner: "newsgraph db start",
    version: "5.26.30",
    boltPort: 17999,
    httpPort: 17998,
    uri: "bolt://127.0.0.1:17999",
    home,
    startedAt: new Date().toISOString(),
    ...state,
  };
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(path.join(home, "newsgraph-server.json"), JSON.stringify(full));
  return full;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("connect", () => {
  it("uses NEO4J_URI when it is set, whatever runs locally, and has nothing to release", async () => {
    const home = tempDir("newsgraph-connect-");
    await fakeRunningServer(path.join(home, "neo4j"), {});
    const { connect, neo4jTarget } = await load({
      NEWSGRAPH_HOME: home,
      NEO4J_URI: "bolt://db.example:7687",
    });
    const log = vi.fn();
    const neo4j = await connect({ startAs: "newsgraph ingest", shareAttached: true, log });
    expect(neo4j).toMatchObject({ via: "NEO4J_URI", uri: "bolt://db.example:7687" });
    expect(neo4jTarget().uri).toBe("bolt://db.example:7687");
    await neo4j.release();
    expect(log).not.toHaveBeenCalled();
  });

  it("uses a server of `newsgraph db start` for every command", async () => {
    const home = tempDir("newsgraph-connect-");
    const state = await fakeRunningServer(path.join(home, "neo4j"), {});
    const { connect, neo4jTarget } = await load({ NEWSGRAPH_HOME: home, NEO4J_URI: "" });
    for (const shareAttached of [false, true]) {
      const neo4j = await connect({ startAs: "npm start", shareAttached, log: vi.fn() });
      expect(neo4j).toMatchObject({ via: "running", uri: state.uri, server: { pid: state.pid } });
      expect(neo4jTarget().uri).toBe(state.uri);
    }
  });

  it("shares a server another process owns only when asked; otherwise its own start is refused", async () => {
    const home = tempDir("newsgraph-connect-");
    const state = await fakeRunningServer(path.join(home, "neo4j"), { owner: "npm start", ownerPid: 1 });
    const { connect } = await load({ NEWSGRAPH_HOME: home, NEO4J_URI: "" });
    const shared = await connect({ startAs: "newsgraph ingest", shareAttached: true });
    expect(shared).toMatchObject({ via: "running", uri: state.uri, server: { owner: "npm start" } });

    const log = vi.fn();
    await expect(connect({ startAs: "npm start", shareAttached: false, log })).rejects.toThrow(
      `already running (pid ${state.pid}, started by npm start in process 1`,
    );
    expect(log.mock.calls).toEqual([
      [`Neo4j: starting the local server (data in ${path.join(home, "neo4j")}) …`],
    ]);
  });

  it("without a server and without startAs, starts nothing and points at the configured Bolt port", async () => {
    const home = tempDir("newsgraph-connect-");
    const { connect, neo4jTarget } = await load({
      NEWSGRAPH_HOME: home,
      NEO4J_URI: "",
      NEO4J_BOLT_PORT: "17111",
    });
    const neo4j = await connect({ startAs: null, shareAttached: true });
    expect(neo4j).toMatchObject({ via: "configured port", uri: "bolt://127.0.0.1:17111" });
    expect(neo4jTarget().uri).toBe("bolt://127.0.0.1:17111");
    expect(fs.existsSync(path.join(home, "neo4j"))).toBe(false);
  });
});
