import { describe, expect, it } from "vitest";
import { lowerBound } from "../../../../src/ingest/link/context.ts";

describe("lowerBound", () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])("first item starting at or after %i is #%i", (pos, index) => {
    expect(lowerBound(items, pos)).toBe(index);
  });
  it("is 0 for no items", () => {
    expect(lowerBound([], 7)).toBe(0);
  });
});
