// src/http/explorer.ts on its own, in a yoga with a one-field schema: what `/` and the assets answer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSchema, createYoga } from "graphql-yoga";
import { afterAll, describe, expect, it } from "vitest";
import { EXPLORER_CSP, useExplorer } from "../../../src/http/explorer.ts";

const dirs: string[] = [];
function yogaServing(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-explorer-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return createYoga({
    schema: createSchema({
      typeDefs: "type Query { ok: Boolean }",
      resolvers: { Query: { ok: () => true } },
    }),
    plugins: [useExplorer(dir)],
    landingPage: false,
    logging: false,
  });
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the explorer's files", () => {
  const yoga = yogaServing({
    "index.html": "<!doctype html><title>x</title>",
    "assets/index-abc123.js": "console.log(1)",
  });

  it("serves index.html at / with the CSP, never cached", async () => {
    const res = await yoga.fetch("http://localhost/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toBe(EXPLORER_CSP);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await res.text()).toContain("<title>x</title>");
  });

  it("serves hashed assets as immutable, with their type", async () => {
    const res = await yoga.fetch("http://localhost/assets/index-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("the CSP allows no inline script, no other origin, no framing", () => {
    expect(EXPLORER_CSP).toContain("script-src 'self'");
    expect(EXPLORER_CSP).not.toContain("unsafe");
    expect(EXPLORER_CSP).toContain("frame-ancestors 'none'");
  });

  it("leaves /graphql and unknown paths to yoga, and never leaves the build folder", async () => {
    const gql = await yoga.fetch("http://localhost/graphql?query=%7Bok%7D");
    expect(await gql.json()).toEqual({ data: { ok: true } });
    expect((await yoga.fetch("http://localhost/nope.js")).status).toBe(404);
    expect((await yoga.fetch("http://localhost/assets/../../etc/passwd")).status).toBe(404);
  });
});

describe("without a build", () => {
  it("/ says how to build it (503) instead of a blank page", async () => {
    const res = await yogaServing({}).fetch("http://localhost/");
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("npm run build:explorer");
  });
});
