// The Neo4j a benchmark runs against: NEO4J_URI if set (it must hold no article when the bench writes),
// else a throw-away local server on free ports and a temporary store, removed again by close().
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { config } from "../src/config.ts";
import { closeDriver, useNeo4j } from "../src/neo4j/driver.ts";
import { type LocalNeo4j, startLocalNeo4j } from "../src/neo4j/local-server.ts";
import { freePorts } from "../src/neo4j/ports.ts";
import { cypher } from "../src/neo4j/registry.ts";
import { read } from "../src/neo4j/run.ts";

export interface BenchNeo4j {
  uri: string;
  /** Closes the driver, stops the throw-away server and removes its store. */
  close(): Promise<void>;
}

export async function benchNeo4j(name: string, opts: { requireEmpty: boolean }): Promise<BenchNeo4j> {
  const c = config();
  let local: LocalNeo4j | null = null;
  let home: string | null = null;
  let uri = c.neo4jUri;
  if (!uri) {
    home = fs.mkdtempSync(path.join(os.tmpdir(), `newsgraph-${name}-`));
    console.log("starting a throw-away local Neo4j …");
    const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
    local = await startLocalNeo4j({
      home,
      boltPort,
      httpPort,
      password: c.neo4jPassword,
      heap: c.neo4jHeap,
      pageCache: c.neo4jPageCache,
      attached: true,
      owner: `npm run ${name}`,
    });
    uri = local.uri;
  }
  await useNeo4j(uri, c.neo4jUser, c.neo4jPassword);
  const close = async () => {
    await closeDriver();
    await local?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
  if (opts.requireEmpty && !local) {
    const [row] = await read<{ any: boolean }>(cypher("write/has-articles"));
    if (row?.any) {
      await close();
      throw new Error(
        `${uri} already holds articles; ${name} needs an empty database (it wipes what it wrote)`,
      );
    }
  }
  return { uri, close };
}
