// SIGTERM with requests in flight: the server stops accepting, answers every request it had, then
// closes the driver and exits 0. The server runs in its own process (slow-server.ts), holding each
// request for 1.5 s so that the signal certainly arrives while they run.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resetWithFixture } from "../integration/api/api-support.ts";
import { expectNeo4jIdle } from "./hostile-support.ts";

const SCRIPT = path.join(import.meta.dirname, "slow-server.ts");
let child: ChildProcess | null = null;

beforeAll(async () => {
  await resetWithFixture();
});

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

function startServer(): Promise<{ url: string; output: () => string; exited: Promise<number | null> }> {
  const proc = spawn(
    process.execPath,
    ["--import", "tsx", SCRIPT, inject("neo4jUri"), inject("neo4jUser"), inject("neo4jPassword")],
    { env: { ...process.env, NODE_ENV: "development" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  child = proc;
  let out = "";
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (c) => resolve(c)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /GraphQL: (\S+)/.exec(out);
      if (m) resolve({ url: m[1]!.replace("localhost", "127.0.0.1"), output: () => out, exited });
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    void exited.then(() => reject(new Error(`server exited before listening:\n${out}`)));
  });
}

describe("graceful shutdown", () => {
  it("answers every request in flight when SIGTERM arrives, then closes the driver and exits 0", async () => {
    const server = await startServer();
    const query = JSON.stringify({
      query: "{ statements(first: 5) { totalCount edges { node { text } } } }",
    });
    const N = 12;
    const inFlight = Array.from({ length: N }, () =>
      fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: query })
        .then(async (res) => ({ status: res.status, body: (await res.json()) as { errors?: unknown } }))
        .catch((e: unknown) => ({ status: 0, body: { errors: [String(e)] } })),
    );
    // The requests are held 1.5 s each; the signal comes while all of them wait.
    await new Promise((r) => setTimeout(r, 500));
    child!.kill("SIGTERM");
    const answers = await Promise.all(inFlight);
    const survivors = answers.filter((a) => a.status === 200 && !a.body.errors).length;
    console.log(`SIGTERM survivors: ${survivors}/${N}`);
    expect(answers.map((a) => a.status)).toEqual(Array(N).fill(200));
    expect(survivors).toBe(N);
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM, shutting down[\s\S]*driver closed[\s\S]*exit 0/);
    // After shutdown nothing listens.
    await expect(fetch(server.url, { method: "POST", body: query })).rejects.toThrow();
    await expectNeo4jIdle();
  });
});
