import { describe, expect, it } from "vitest";
import type { ReadResult } from "../../../../src/ingest/read/parse.ts";
import { inShard, parseShard, shardKey, stableHash } from "../../../../src/ingest/workers/shard.ts";

const article = (file: string, url?: string): ReadResult => ({
  file,
  format: "ndjson",
  meta: url ? { url } : {},
  text: "Der Rat tagte.",
  warnings: [],
});

describe("--shard i/n", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 4/4 ", { index: 4, count: 4 }],
  ])("parses %j", (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(["0/2", "3/2", "1/0", "1", "a/b", "1/2/3", ""])("refuses %j, saying what it needs", (text) => {
    expect(parseShard(text)).toEqual({ error: expect.stringContaining("--shard needs i/n") });
  });

  it("puts every article in exactly one of n shards, and spreads them", () => {
    const items = Array.from({ length: 400 }, (_, i) => article(`feed.ndjson#${i + 1}`));
    for (const count of [2, 3, 5]) {
      const sizes = Array.from(
        { length: count },
        (_, k) => items.filter((x) => inShard(x, { index: k + 1, count })).length,
      );
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(items.length);
      for (const n of sizes) expect(n).toBeGreaterThan(items.length / count / 2);
      for (const x of items) {
        expect(
          Array.from({ length: count }, (_, k) => inShard(x, { index: k + 1, count })).filter(Boolean),
        ).toHaveLength(1);
      }
    }
  });

  it("keys an article by its url (the same url in two files goes to one shard), else by file and line", () => {
    expect(shardKey(article("a.json", "https://x.example/1"))).toBe("url:https://x.example/1");
    expect(shardKey(article("a.ndjson#3"))).toBe("file:a.ndjson#3");
    expect(shardKey({ file: "a.ndjson:4", reason: "invalid JSON line" })).toBe("file:a.ndjson:4");
  });

  it("hashes the same on every machine (FNV-1a reference values)", () => {
    expect(stableHash("")).toBe(0x811c9dc5);
    expect(stableHash("a")).toBe(0xe40c292c);
    expect(stableHash("foobar")).toBe(0xbf9cf968);
  });
});
