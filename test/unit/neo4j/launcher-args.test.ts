import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NEO4J_VERSION } from "../../../src/config.ts";
import {
  findJava,
  javaMajorOf,
  type LocalServerOptions,
  launcherArgs,
  NEO4J_JVM_FLAGS,
  NEO4J_LTS_VERSION,
  neo4jVersionForJava,
  runningServer,
  stateFile,
} from "../../../src/neo4j/local-server.ts";

const base: LocalServerOptions = {
  home: "/data/ng/neo4j",
  boltPort: 17687,
  httpPort: 17474,
  password: "newsgraph",
  heap: "1g",
  pageCache: "512m",
  attached: true,
  owner: "npm start",
};

describe("launcherArgs", () => {
  it("puts heap and Neo4j's JVM flags before the classpath and the launcher's own options after it", () => {
    const args = launcherArgs(base, "/cache/neo4j-2026.08.1/lib", "/repo/neo4j/Launcher.java");
    expect(args.slice(0, 2)).toEqual(["-Xmx1g", "-Xms1g"]);
    expect(args).toEqual(expect.arrayContaining(NEO4J_JVM_FLAGS));
    const cp = args.indexOf("-cp");
    expect(args[cp + 1]).toBe(path.join("/cache/neo4j-2026.08.1/lib", "*"));
    expect(args[cp + 2]).toBe("/repo/neo4j/Launcher.java");
    expect(args.slice(cp + 3)).toEqual([
      "--home",
      "/data/ng/neo4j",
      "--bolt-port",
      "17687",
      "--http-port",
      "17474",
      "--pagecache",
      "512m",
      "--password",
      "newsgraph",
      "--watch-stdin",
    ]);
  });

  it("opens the JDK internals Neo4j needs (the flags from its neo4j.conf)", () => {
    expect(NEO4J_JVM_FLAGS).toEqual(
      expect.arrayContaining([
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--enable-native-access=ALL-UNNAMED",
      ]),
    );
  });

  it("disables auth with a null password and does not watch stdin when detached (db start)", () => {
    const args = launcherArgs({ ...base, password: null, attached: false, heap: "512m" }, "/lib");
    expect(args[0]).toBe("-Xmx512m");
    expect(args).toContain("--no-auth");
    expect(args).not.toContain("--password");
    expect(args).not.toContain("--watch-stdin");
  });
});

describe("neo4jVersionForJava", () => {
  it("runs the pinned 2026 line on Java 21+, the 5.26 LTS on 17–20, nothing older", () => {
    expect(neo4jVersionForJava(25)).toBe(NEO4J_VERSION);
    expect(neo4jVersionForJava(21)).toBe(NEO4J_VERSION);
    expect(neo4jVersionForJava(17)).toBe(NEO4J_LTS_VERSION);
    expect(neo4jVersionForJava(11)).toBeNull();
  });
});

describe("findJava", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  function fakeJdk(version: string): string {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "ng-fake-jdk-"));
    made.push(home);
    fs.mkdirSync(path.join(home, "bin"));
    fs.writeFileSync(path.join(home, "bin", "java"), "");
    fs.writeFileSync(path.join(home, "release"), `IMPLEMENTOR="Test"\nJAVA_VERSION="${version}"\n`);
    return home;
  }

  it("prefers JAVA_HOME when it can run the pinned version", () => {
    const home = fakeJdk("21.0.2");
    expect(findJava({ JAVA_HOME: home, PATH: "" })).toMatchObject({ home, major: 21 });
  });

  it("reads the major version from the JDK's release file, also the old 1.8 form", () => {
    expect(javaMajorOf(fakeJdk("25.0.3"))).toBe(25);
    expect(javaMajorOf(fakeJdk("17"))).toBe(17);
    expect(javaMajorOf(fakeJdk("1.8.0_392"))).toBe(8);
    expect(javaMajorOf("/nonexistent")).toBeNull();
  });
});

describe("runningServer", () => {
  it("treats a state file whose process is gone as stopped and removes it", () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "ng-state-"));
    try {
      fs.writeFileSync(
        stateFile(home),
        JSON.stringify({ pid: 2 ** 22 + 12345, home, uri: "bolt://127.0.0.1:1", owner: "npm start" }),
      );
      expect(runningServer(home)).toBeNull();
      expect(fs.existsSync(stateFile(home))).toBe(false);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
