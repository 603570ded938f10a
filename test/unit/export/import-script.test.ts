// The CSV export's import.sh, run by sh as a user runs it (issue 13: "neo4j-admin: not found"): it takes
// neo4j-admin from PATH, else from a newsgraph checkout's bin/, and says what to do when there is neither.
// A stand-in neo4j-admin records its arguments; the real tool's import is the round-trip test's.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CsvManifest, importScript } from "../../../src/export/csv-format.ts";
import { tempDir } from "../../temp-dir.ts";

const MANIFEST: CsvManifest = {
  format: "newsgraph-csv",
  version: 1,
  arrayDelimiter: ";",
  nodes: [{ file: "nodes-Person.csv", label: "Person" }],
  relationships: [
    {
      file: "rels-PART_OF-Organization-Organization.csv",
      type: "PART_OF",
      startLabel: "Organization",
      endLabel: "Organization",
    },
  ],
};

/** A folder with an executable `neo4j-admin` that prints its arguments, one a line. */
function fakeAdmin(root: string, name: string): string {
  const bin = path.join(root, name);
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, "neo4j-admin"),
    `#!/bin/sh\necho "${name}"\nfor a in "$@"; do echo "$a"; done\n`,
  );
  fs.chmodSync(path.join(bin, "neo4j-admin"), 0o755);
  return bin;
}

function runScript(dir: string, env: Record<string, string>, args: string[] = []) {
  const script = path.join(dir, "import.sh");
  fs.writeFileSync(script, importScript(MANIFEST));
  // Only the folders sh needs (dirname, echo): none of them holds a neo4j-admin.
  const PATH = ["/usr/bin", "/bin"].filter((d) => !fs.existsSync(path.join(d, "neo4j-admin"))).join(":");
  return spawnSync("sh", [script, ...args], { env: { PATH, ...env }, encoding: "utf8" });
}

describe("import.sh", () => {
  it("runs neo4j-admin from PATH when there is one, with the files of the export", () => {
    const root = tempDir("newsgraph-import-sh-");
    const onPath = fakeAdmin(root, "on-path");
    const out = runScript(
      root,
      { PATH: `${onPath}:/usr/bin:/bin`, NEWSGRAPH_BIN: fakeAdmin(root, "checkout") },
      ["copy"],
    );
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.split("\n").slice(0, 6)).toEqual([
      "on-path",
      "database",
      "import",
      "full",
      "copy",
      "--overwrite-destination=true",
    ]);
    expect(out.stdout).toContain(`--nodes=${root}/nodes-Person.csv`);
    expect(out.stdout).toContain(`--relationships=${root}/rels-PART_OF-Organization-Organization.csv`);
    expect(out.stdout).toContain("--array-delimiter=;");
  });

  it("without one on PATH, uses the newsgraph checkout in NEWSGRAPH_BIN (bin/neo4j-admin)", () => {
    const root = tempDir("newsgraph-import-sh-");
    const out = runScript(root, { NEWSGRAPH_BIN: fakeAdmin(root, "checkout") });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.split("\n").slice(0, 5)).toEqual(["checkout", "database", "import", "full", "neo4j"]);
  });

  it("without either, stops with a message that says what is missing and what to do", () => {
    const root = tempDir("newsgraph-import-sh-");
    const out = runScript(root, { NEWSGRAPH_BIN: path.join(root, "no-such-checkout") });
    expect(out.status).toBe(127);
    expect(out.stderr).toContain(
      `no neo4j-admin on PATH, and no newsgraph checkout at ${root}/no-such-checkout`,
    );
    expect(out.stderr).toContain("set NEWSGRAPH_BIN");
  });

  it("falls back to the bin folder of the checkout that wrote it", () => {
    expect(importScript(MANIFEST)).toContain(`FALLBACK='${path.resolve("bin")}'`);
    expect(fs.existsSync(path.resolve("bin/neo4j-admin"))).toBe(true);
  });
});
