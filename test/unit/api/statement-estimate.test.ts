// The anchor estimate and the set ids it keeps (statement-filter.ts): shared by requests that arrive
// together, kept for the graph version (graph-version.ts) instead of a time, recomputed off the request
// path when the version changes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_UNCONFIRMED_MS, resetGraphVersion } from "../../../src/filters/graph-version.ts";
import {
  clearStatementEstimates,
  forgetGraphCaches,
  resolveStatementWhere,
} from "../../../src/filters/statement-filter.ts";
import type { StatementWhere } from "../../../src/filters/statement-where.ts";

const HEADLINE: StatementWhere = {
  speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
  about: { place: "Miami" },
};

/** A fake database: names resolve, the version is `db.version`, the route and estimate queries are counted. */
function fakeDb(speakers: string[], estimateMs = 20) {
  const calls = { route: 0, estimate: 0, version: 0 };
  const db = { version: "1@t1", speakers, calls, run: null as unknown as Run };
  db.run = async (query, params) => {
    if (params.lookups) {
      const ids: Record<string, string[]> = {
        "where.speaker.nationality": ["russland"],
        "where.about.place": ["miami"],
      };
      return (params.lookups as { key: string }[]).map((l) => ({ key: l.key, ids: ids[l.key] ?? [] }));
    }
    if (query.includes("AS version")) {
      calls.version++;
      return [{ version: db.version }];
    }
    await new Promise((r) => setTimeout(r, estimateMs));
    if (query.includes("viaRole")) {
      calls.route++;
      return [{ viaRole: 3993, viaBodies: 24_422 }];
    }
    if (query.includes("AS costs")) {
      calls.estimate++;
      return [
        { costs: [21_152, 147_599], total: 1_000_000, ids: [[...db.speakers], ["miami", "meeting-23"]] },
      ];
    }
    throw new Error(`unexpected query ${query}`);
  };
  return db;
}
type Run = (query: string, params: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const settle = () => new Promise((r) => setTimeout(r, 80));

beforeEach(() => {
  resetGraphVersion();
  clearStatementEstimates();
});
afterEach(() => vi.restoreAllMocks());

describe("the anchor estimate and its kept set ids", () => {
  it("requests that arrive together for a new filter share one estimate", async () => {
    const db = fakeDb(["person-17"]);
    const all = await Promise.all([1, 2, 3, 4, 5].map(() => resolveStatementWhere(HEADLINE, db.run)));
    expect(db.calls).toMatchObject({ route: 1, estimate: 1 });
    for (const r of all) {
      expect(r.setIds).toEqual({ affiliations: ["person-17"], places: ["miami", "meeting-23"] });
      expect(r.anchorCosts).toEqual({ affiliations: 21_152, places: 147_599 });
      expect(r.speakerRoute).toBe("ROLE");
    }
  });

  it("keeps the ids for as long as the graph version stands, whatever their age", async () => {
    const db = fakeDb(["person-17"]);
    const now = Date.now();
    await resolveStatementWhere(HEADLINE, db.run);
    const clock = vi.spyOn(Date, "now");
    for (const later of [2_000, 6_000, 11_000, 60_000, 600_000]) {
      clock.mockReturnValue(now + later);
      expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-17"]);
      await settle();
    }
    // The version was read again (in the background, or awaited after a long pause); the estimate never.
    expect(db.calls.estimate).toBe(1);
    expect(db.calls.version).toBeGreaterThanOrEqual(3);
  });

  it("a request never waits for the estimate of a changed graph: costs steer until the new one is read", async () => {
    const db = fakeDb(["person-17"], 300);
    const now = Date.now();
    await resolveStatementWhere(HEADLINE, db.run);
    const clock = vi.spyOn(Date, "now");
    // Another process ingests: the version changes, and a background read 2 s later finds it.
    db.version = "2@t2";
    db.speakers = ["person-17", "person-99"];
    clock.mockReturnValue(now + 2_000);
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-17"]);
    await settle(); // the version read answers: the graph changed
    const t0 = performance.now();
    const during = await resolveStatementWhere(HEADLINE, db.run);
    expect(performance.now() - t0).toBeLessThan(150); // the estimate takes 600 ms: not waited for
    expect(during.setIds).toBeNull(); // the old ids may be wrong now
    expect(during.anchorCosts).toEqual({ affiliations: 21_152, places: 147_599 });
    expect(during.speakerRoute).toBe("ROLE");
    await resolveStatementWhere(HEADLINE, db.run); // no second computation while one runs
    await new Promise((r) => setTimeout(r, 700));
    expect(db.calls.estimate).toBe(2);
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual([
      "person-17",
      "person-99",
    ]);
  });

  it("after a pause longer than MAX_UNCONFIRMED_MS a request waits for the O(1) version read, not the estimate", async () => {
    const db = fakeDb(["person-17"]);
    const now = Date.now();
    await resolveStatementWhere(HEADLINE, db.run);
    const clock = vi.spyOn(Date, "now");
    db.version = "2@t2";
    db.speakers = ["person-42"];
    clock.mockReturnValue(now + MAX_UNCONFIRMED_MS + 1_000);
    // The version read answers before the request goes on, so the old ids are not used.
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds).toBeNull();
    await settle();
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-42"]);
  });

  it("an ingest in this process drops them at once", async () => {
    const db = fakeDb(["person-17"]);
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-17"]);
    db.speakers = ["person-17", "person-99"];
    forgetGraphCaches();
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds).toBeNull();
    await settle();
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual([
      "person-17",
      "person-99",
    ]);
  });
});
