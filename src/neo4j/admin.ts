// `neo4j-admin` without a Neo4j distribution: its entry point (org.neo4j.cli.AdminTool) is in the same
// Maven jars the local server runs from, so `newsgraph db admin …` (and bin/neo4j-admin, which the CSV
// export's import.sh falls back to) runs the real tool on the local server's home.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { config } from "../config.ts";
import {
  defaultServerOptions,
  ensureJars,
  findJava,
  NEO4J_JVM_FLAGS,
  Neo4jSetupError,
  neo4jVersionForJava,
} from "./local-server.ts";

export interface AdminInvocation {
  java: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** The Neo4j home the tool works on (its data/ is the store). */
  home: string;
}

/**
 * The Neo4j home: NEO4J_HOME as for the real tool, else the local server's (`<NEWSGRAPH_HOME>/neo4j`).
 * neo4j-admin reads `<home>/conf/neo4j.conf`; the launcher passes its settings in code, so an empty
 * file (the defaults: data/ and logs/ under the home, as the launcher uses them) is made if none exists.
 */
export function adminHome(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.NEO4J_HOME || defaultServerOptions("newsgraph db admin", false).home);
}

export function adminInvocation(toolArgs: string[], env: NodeJS.ProcessEnv = process.env): AdminInvocation {
  const java = findJava(env);
  if (!java) throw new Neo4jSetupError("No Java found (looked at JAVA_HOME, /usr/lib/jvm and PATH).");
  const version = neo4jVersionForJava(java.major);
  if (!version)
    throw new Neo4jSetupError(`Java ${java.major} at ${java.home} is too old for Neo4j (needs 17+).`);
  const lib = ensureJars(version, java.home);
  const home = adminHome(env);
  const conf = env.NEO4J_CONF ? path.resolve(env.NEO4J_CONF) : path.join(home, "conf");
  fs.mkdirSync(conf, { recursive: true });
  const confFile = path.join(conf, "neo4j.conf");
  if (!fs.existsSync(confFile)) fs.writeFileSync(confFile, "");
  return {
    java: java.bin,
    args: [
      `-Xmx${config().neo4jHeap}`,
      ...NEO4J_JVM_FLAGS,
      // The importer reflects into java.lang (neo4j-admin's own launcher script opens it too).
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "-cp",
      path.join(lib, "*"),
      "org.neo4j.cli.AdminTool",
      ...toolArgs,
    ],
    env: { ...env, JAVA_HOME: java.home, NEO4J_HOME: home, NEO4J_CONF: conf },
    home,
  };
}

/** Runs neo4j-admin with the terminal attached; returns its exit code. */
export function runAdmin(toolArgs: string[]): number {
  const inv = adminInvocation(toolArgs);
  const result = spawnSync(inv.java, inv.args, { env: inv.env, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
