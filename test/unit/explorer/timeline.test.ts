import { describe, expect, it } from "vitest";
import { MAX_DAYS, statementDay, timelineRows } from "../../../explorer/src/timeline.ts";

describe("the timeline of an entity's statements", () => {
  it("dates a statement as its card does: said on, else its article's day, else its own", () => {
    expect(statementDay({ saidOn: "2025-12-19", publishedAt: "2025-12-21T21:54" })).toBe("2025-12-19");
    expect(statementDay({ article: { publishedAt: "2025-12-20T07:13" }, publishedAt: "2025-12-21" })).toBe(
      "2025-12-20",
    );
    expect(statementDay({ publishedAt: "2025-12-21T21:54" })).toBe("2025-12-21");
    expect(statementDay({})).toBeNull();
  });

  it("counts statements per day in date order, undated last", () => {
    expect(
      timelineRows([
        { publishedAt: "2025-12-21T21:54" },
        { publishedAt: null },
        { saidOn: "2025-12-19" },
        { publishedAt: "2025-12-21" },
      ]),
    ).toEqual([
      { label: "2025-12-19", count: 1 },
      { label: "2025-12-21", count: 2 },
      { label: "undated", count: 1 },
    ]);
    expect(timelineRows([])).toEqual([]);
  });

  it("counts per month when there are more days than fit on a screen", () => {
    const days = Array.from({ length: MAX_DAYS + 1 }, (_, i) => ({
      saidOn: new Date(Date.UTC(2025, 10, 15 + i)).toISOString().slice(0, 10),
    }));
    expect(timelineRows(days)).toEqual([
      { label: "2025-11", count: 16 },
      { label: "2025-12", count: 16 },
    ]);
  });
});
