// The anchor estimate and the set ids it keeps (statement-filter.ts): shared by requests that arrive
// together, ids only while young, refreshed in the background, dropped with a new graph version.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearStatementEstimates, resolveStatementWhere } from "../../../src/filters/statement-filter.ts";
import type { StatementWhere } from "../../../src/filters/statement-where.ts";

const HEADLINE: StatementWhere = {
  speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
  about: { place: "Miami" },
};

/** A fake database: names resolve, the route query and the estimate query are counted. */
function fakeDb(speakers: string[]) {
  const calls = { route: 0, estimate: 0 };
  const run = async (query: string, params: Record<string, unknown>) => {
    if (params.lookups) {
      const ids: Record<string, string[]> = {
        "where.speaker.nationality": ["russland"],
        "where.about.place": ["miami"],
      };
      return (params.lookups as { key: string }[]).map((l) => ({ key: l.key, ids: ids[l.key] ?? [] }));
    }
    await new Promise((r) => setTimeout(r, 20));
    if (query.includes("viaRole")) {
      calls.route++;
      return [{ viaRole: 3993, viaBodies: 24_422 }];
    }
    if (query.includes("AS costs")) {
      calls.estimate++;
      return [{ costs: [21_152, 147_599], total: 1_000_000, ids: [[...speakers], ["miami", "meeting-23"]] }];
    }
    throw new Error(`unexpected query ${query}`);
  };
  return { run, calls };
}

beforeEach(() => clearStatementEstimates());
afterEach(() => vi.restoreAllMocks());

describe("the anchor estimate and its kept set ids", () => {
  it("requests that arrive together for a new filter share one estimate", async () => {
    const db = fakeDb(["person-17"]);
    const all = await Promise.all([1, 2, 3, 4, 5].map(() => resolveStatementWhere(HEADLINE, db.run)));
    expect(db.calls).toEqual({ route: 1, estimate: 1 });
    for (const r of all) {
      expect(r.setIds).toEqual({ affiliations: ["person-17"], places: ["miami", "meeting-23"] });
      expect(r.anchorCosts).toEqual({ affiliations: 21_152, places: 147_599 });
      expect(r.speakerRoute).toBe("ROLE");
    }
  });

  it("keeps the ids while young, refreshes from half their age on, and drops them when too old", async () => {
    const db = fakeDb(["person-17"]);
    const now = Date.now();
    await resolveStatementWhere(HEADLINE, db.run);
    const clock = vi.spyOn(Date, "now");
    clock.mockReturnValue(now + 2_000);
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-17"]);
    expect(db.calls.estimate).toBe(1);
    // 6 s: still used, and one refresh starts in the background (the speaker route is kept).
    clock.mockReturnValue(now + 6_000);
    const aging = await resolveStatementWhere(HEADLINE, db.run);
    expect(aging.setIds?.affiliations).toEqual(["person-17"]);
    // 11 s, before the refresh has stored anything: costs still steer, the ids are not used.
    clock.mockReturnValue(now + 11_000);
    const old = await resolveStatementWhere(HEADLINE, db.run);
    expect(old.setIds).toBeNull();
    expect(old.anchorCosts).toEqual({ affiliations: 21_152, places: 147_599 });
    await new Promise((r) => setTimeout(r, 60)); // the background refresh finishes
    expect(db.calls).toEqual({ route: 1, estimate: 2 });
    expect((await resolveStatementWhere(HEADLINE, db.run)).setIds?.affiliations).toEqual(["person-17"]);
  });

  it("a new graph version drops them: the next request reads the set again", async () => {
    const before = fakeDb(["person-17"]);
    expect((await resolveStatementWhere(HEADLINE, before.run)).setIds?.affiliations).toEqual(["person-17"]);
    const after = fakeDb(["person-17", "person-99"]);
    expect((await resolveStatementWhere(HEADLINE, after.run)).setIds?.affiliations).toEqual(["person-17"]);
    clearStatementEstimates();
    expect((await resolveStatementWhere(HEADLINE, after.run)).setIds?.affiliations).toEqual([
      "person-17",
      "person-99",
    ]);
    expect(after.calls.estimate).toBe(1);
  });
});
