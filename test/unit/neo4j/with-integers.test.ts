import neo4j, { isInt } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain, withIntegers } from "../../../src/neo4j/run.ts";

const FLOATS = new Set(["confidence"]);

describe("withIntegers", () => {
  it("sends whole numbers as Integer, through lists and maps, and keeps the FLOAT keys as numbers", () => {
    const out = withIntegers(
      { rows: [{ start: 383, offsets: [1, 5], confidence: 1, text: "x", cueStart: null }] },
      FLOATS,
    ) as { rows: Array<Record<string, unknown>> };
    const row = out.rows[0] ?? {};
    expect(isInt(row.start)).toBe(true);
    expect((row.offsets as unknown[]).every(isInt)).toBe(true);
    // A confidence of exactly 1 is still a measurement: FLOAT 1.0, not INTEGER 1.
    expect(row.confidence).toBe(1);
    expect(row.text).toBe("x");
    expect(row.cueStart).toBeNull();
    expect(toPlain(out)).toEqual({
      rows: [{ start: 383, offsets: [1, 5], confidence: 1, text: "x", cueStart: null }],
    });
  });

  it("leaves Integers as they are and refuses a fraction under a whole-number key, naming it", () => {
    expect(withIntegers({ n: neo4j.int(7) }, FLOATS)).toEqual({ n: neo4j.int(7) });
    expect(() => withIntegers({ rows: [{ start: 1.5 }] }, FLOATS)).toThrow(
      /start: 1.5 is not a whole number/,
    );
  });
});
