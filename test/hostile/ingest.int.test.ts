// `newsgraph ingest` tells the truth about what reading repaired or ignored: a Latin-1 file and a date
// that is none are ingested, and the summary (and --json) name each file with its warning.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { resetDatabase } from "../integration/support.ts";
import { tempDir } from "../temp-dir.ts";
import { expectNeo4jIdle } from "./hostile-support.ts";

const run = promisify(execFile);
const BIN = path.join(import.meta.dirname, "../../bin/newsgraph.js");
const SAMPLE = path.join(import.meta.dirname, "../../data/articles");

beforeAll(async () => {
  await resetDatabase();
});

function env() {
  return {
    ...process.env,
    NEO4J_URI: inject("neo4jUri"),
    NEO4J_USER: inject("neo4jUser"),
    NEO4J_PASSWORD: inject("neo4jPassword"),
  };
}

function cli(args: string[], extraEnv: Record<string, string> = {}) {
  return run(process.execPath, [BIN, "ingest", ...args], {
    env: { ...env(), ...extraEnv },
    maxBuffer: 10_000_000,
  });
}

describe("ingest warnings", () => {
  it("a Latin-1 file and a publishedAt that is no date are reported as warnings, in the summary and in --json", async () => {
    const dir = tempDir("hostile-ingest-");
    const latin1 = path.join(dir, "latin1.txt");
    fs.writeFileSync(
      latin1,
      Buffer.from(
        "Berlin (dpa) - Der Minister sagte, die Gespräche über Änderungen seien schwierig.\n",
        "latin1",
      ),
    );
    const feed = path.join(dir, "feed.json");
    fs.writeFileSync(
      feed,
      JSON.stringify({
        title: "Gespräche",
        publishedAt: "gestern",
        text: "Moskau (dpa) - Der Kreml erklärte, man sei zu Gesprächen bereit.",
      }),
    );
    const text = await cli(["--quiet", latin1, feed]);
    expect(text.stdout).toMatch(/Warnings:\n {2}\S*latin1\.txt: not valid UTF-8; decoded as windows-1252/);
    expect(text.stdout).toMatch(/\S*feed\.json: field 'publishedAt' \("gestern"\) is not a date; ignored/);

    const json = JSON.parse((await cli(["--json", latin1, feed])).stdout) as {
      articles: { unchanged: number };
      warnings: { file: string; warnings: string[] }[];
    };
    expect(json.articles.unchanged).toBe(2);
    expect(json.warnings.map((w) => path.basename(w.file))).toEqual(["latin1.txt", "feed.json"]);
    expect(json.warnings[0]!.warnings.join(" ")).toMatch(/windows-1252/);
    await expectNeo4jIdle();
  });

  it("an article over the size limit is refused with its size and the limit before extraction; the run goes on", async () => {
    const dir = tempDir("hostile-size-");
    const big = path.join(dir, "big.txt");
    // The limit is lowered so that the test needs no 50 MB file; the mechanism is the same.
    fs.writeFileSync(big, "Berlin (dpa) - Der Minister sagte, man sei bereit. ".repeat(2_000));
    const small = path.join(dir, "small.txt");
    fs.writeFileSync(small, "Moskau (dpa) - Der Kreml erklärte, man sei zu Gesprächen bereit.\n");
    const failed = await cli(["--quiet", big, small], { NEWSGRAPH_MAX_ARTICLE_CHARS: "50000" }).catch(
      (e: { code: number; stdout: string }) => e,
    );
    expect((failed as { code?: number }).code).toBe(1);
    expect(failed.stdout).toMatch(/Articles: 1 new, 0 unchanged, 0 updated, 1 failed/);
    expect(failed.stdout).toMatch(
      /Failed:\n {2}\S*big\.txt: the article has 102,000 characters of text, more than the 50,000 an article may have \(NEWSGRAPH_MAX_ARTICLE_CHARS\)/,
    );
    await expectNeo4jIdle();
  });

  it("Ctrl-C during a run prints what was committed and what was not, and leaves nothing running", async () => {
    await resetDatabase();
    // One article a batch, so that a signal after the first commit finds articles not yet written.
    const proc = spawn(process.execPath, [BIN, "ingest", "--batch-rows", "1", SAMPLE], {
      env: env(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => {
      stdout += String(d);
    });
    const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
    // The signal comes once the first article is reported done (progress lines go to stderr:
    // "ingest: 1/5 articles | …").
    await new Promise<void>((resolve) => {
      proc.stderr.on("data", (d) => {
        stderr += String(d);
        if (/^ingest: [1-9]\d*(\/\d+)? articles/m.test(stderr)) resolve();
      });
      void exited.then(() => resolve());
    });
    proc.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stdout).toMatch(
      /^Interrupted by SIGINT after [1-9]\d* articles: [1-9]\d* new, .* \(committed\), 0 failed; \d+ not written\./m,
    );
    await expectNeo4jIdle();
  });
});
