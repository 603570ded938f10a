import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";

describe("loadConfig", () => {
  it("defaults: start our own Neo4j on 7687/7474 with password newsgraph, GraphQL on 127.0.0.1:4000", () => {
    const c = loadConfig({ HOME: os.homedir() });
    expect(c).toMatchObject({
      neo4jUri: null,
      neo4jUser: "neo4j",
      neo4jPassword: "newsgraph",
      boltPort: 7687,
      httpPort: 7474,
      neo4jHeap: "1g",
      neo4jPageCache: "512m",
      port: 4000,
      host: "127.0.0.1",
      production: false,
      graphiql: true,
    });
    expect(c.home).toBe(path.resolve(".newsgraph"));
    expect(c.cacheDir).toBe(path.join(os.homedir(), ".cache", "newsgraph"));
  });

  it("uses NEO4J_URI and friends when given, and the cache under XDG_CACHE_HOME or NEWSGRAPH_CACHE", () => {
    const c = loadConfig({
      NEO4J_URI: "bolt://db:7687",
      NEO4J_USER: "u",
      NEO4J_PASSWORD: "p",
      XDG_CACHE_HOME: "/xdg",
      NEWSGRAPH_HOME: "/state",
      PORT: "8080",
      NODE_ENV: "production",
    });
    expect(c).toMatchObject({ neo4jUri: "bolt://db:7687", neo4jUser: "u", neo4jPassword: "p", port: 8080 });
    expect(c.cacheDir).toBe("/xdg/newsgraph");
    expect(c.home).toBe("/state");
    expect(c.graphiql).toBe(false);
    expect(loadConfig({ NEWSGRAPH_CACHE: "/c" }).cacheDir).toBe("/c");
  });

  it("rejects bad values naming the variable", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow("PORT=http");
    expect(() => loadConfig({ NEO4J_BOLT_PORT: "-1" })).toThrow("NEO4J_BOLT_PORT=-1");
    expect(() => loadConfig({ NEO4J_HEAP: "lots" })).toThrow("NEO4J_HEAP=lots must look like 512m or 2g");
    expect(() => loadConfig({ NEWSGRAPH_GRAPHIQL: "maybe" })).toThrow(
      "NEWSGRAPH_GRAPHIQL=maybe must be true or false",
    );
  });
});
