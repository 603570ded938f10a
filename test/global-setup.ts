// One Neo4j for the whole integration run: our own on a temporary store and free ports (so it never
// meets a running `npm start`), unless NEO4J_URI names one. The schema is applied once here; test
// files reset data, not schema (test/integration/support.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { config } from "../src/config.ts";
import { closeDriver, serverVersion, useNeo4j } from "../src/neo4j/driver.ts";
import { type LocalNeo4j, runningServer, startLocalNeo4j } from "../src/neo4j/local-server.ts";
import { migrate } from "../src/neo4j/migrate.ts";
import { freePorts } from "../src/neo4j/ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    /** The version of the server the tests run against. */
    neo4jVersion: string;
    /** True when the global setup started the server (so its version is the pinned one). */
    neo4jStartedByTests: boolean;
  }
}

const TEMP_PREFIX = "newsgraph-test-";

/** Stores left by a run that was killed before its teardown: no live server and older than an hour. */
function removeAbandonedStores(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(TEMP_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (fs.statSync(dir).mtimeMs < hourAgo && !runningServer(path.join(dir, "neo4j"))) {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } catch {
      // another run removed it meanwhile
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const c = config();
  let local: LocalNeo4j | null = null;
  let tempDir: string | null = null;
  let uri = c.neo4jUri;
  if (!uri) {
    removeAbandonedStores();
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), TEMP_PREFIX));
    const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
    try {
      local = await startLocalNeo4j({
        home: path.join(tempDir, "neo4j"),
        boltPort,
        httpPort,
        password: c.neo4jPassword,
        heap: c.neo4jHeap,
        pageCache: "256m",
        attached: true,
        owner: "npm test",
      });
    } catch (err) {
      fs.rmSync(tempDir, { recursive: true, force: true });
      throw err;
    }
    uri = local.uri;
  }

  const teardown = async () => {
    await closeDriver();
    await local?.stop();
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  };
  try {
    await useNeo4j(uri, c.neo4jUser, c.neo4jPassword);
    await migrate();
    const version = await serverVersion();
    await closeDriver();
    // Workers read config() from the environment; `inject` carries the same values for tests that ask.
    process.env.NEO4J_URI = uri;
    process.env.NEO4J_USER = c.neo4jUser;
    process.env.NEO4J_PASSWORD = c.neo4jPassword;
    project.provide("neo4jUri", uri);
    project.provide("neo4jUser", c.neo4jUser);
    project.provide("neo4jPassword", c.neo4jPassword);
    project.provide("neo4jVersion", version);
    project.provide("neo4jStartedByTests", local !== null);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
