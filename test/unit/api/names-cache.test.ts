// Resolved names are kept for the graph version (names.ts, graph-version.ts): never re-read on a timer,
// re-read once a version read finds that the graph changed. The database is a stand-in for `read`.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const db = vi.hoisted(() => ({ version: "1@t1", miami: ["miami"], names: 0, versions: 0 }));

vi.mock("../../../src/neo4j/run.ts", () => ({
  read: async (query: string, params: Record<string, unknown>) => {
    if (query.includes("AS version")) {
      db.versions++;
      return [{ version: db.version }];
    }
    if (params.lookups) {
      db.names++;
      return (params.lookups as { key: string }[]).map((l) => ({ key: l.key, ids: db.miami }));
    }
    throw new Error(`unexpected query ${query}`);
  },
}));

const { resolveNames } = await import("../../../src/filters/names.ts");
const { MAX_UNCONFIRMED_MS, resetGraphVersion } = await import("../../../src/filters/graph-version.ts");

const MIAMI = [{ key: "where.about.place", kind: "place" as const, name: "Miami" }];
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  Object.assign(db, { version: "1@t1", miami: ["miami"], names: 0, versions: 0 });
  resetGraphVersion();
});
afterEach(() => vi.restoreAllMocks());

describe("resolved names", () => {
  it("are kept while the graph version stands, however old, with the version read in the background", async () => {
    const now = Date.now();
    await resolveNames(MIAMI);
    await settle();
    await resolveNames(MIAMI); // the first version read dropped what was read before it
    const clock = vi.spyOn(Date, "now");
    for (const later of [2_000, 5_000, 12_000, 30_000, 31_500]) {
      clock.mockReturnValue(now + later);
      expect((await resolveNames(MIAMI)).get("where.about.place")).toEqual(["miami"]);
      await settle();
    }
    expect(db.names).toBe(2);
    expect(db.versions).toBeGreaterThanOrEqual(4);
  });

  it("are resolved again once a version read finds a new graph", async () => {
    await resolveNames(MIAMI);
    await settle();
    await resolveNames(MIAMI);
    const now = Date.now();
    const clock = vi.spyOn(Date, "now");
    // Another process ingests an article that makes 'Miami' also name a second place.
    db.version = "2@t2";
    db.miami = ["miami", "miami-beach"];
    clock.mockReturnValue(now + 1_500);
    // This request is answered from the cache (the version read it started has not answered yet) …
    expect((await resolveNames(MIAMI)).get("where.about.place")).toEqual(["miami"]);
    await settle();
    // … the next one finds the change.
    expect((await resolveNames(MIAMI)).get("where.about.place")).toEqual(["miami", "miami-beach"]);
  });

  it("after a pause longer than MAX_UNCONFIRMED_MS wait for the version read, so a change is never missed", async () => {
    await resolveNames(MIAMI);
    await settle();
    await resolveNames(MIAMI);
    const now = Date.now();
    db.version = "2@t2";
    db.miami = ["miami", "miami-beach"];
    vi.spyOn(Date, "now").mockReturnValue(now + MAX_UNCONFIRMED_MS + 1);
    expect((await resolveNames(MIAMI)).get("where.about.place")).toEqual(["miami", "miami-beach"]);
  });
});
