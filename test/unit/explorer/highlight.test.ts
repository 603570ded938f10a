import { describe, expect, it } from "vitest";
import { runs } from "../../../explorer/src/highlight.ts";

const TEXT = "Dmitrijew sagte, die Gespräche seien konstruktiv gewesen.";

describe("runs", () => {
  it("cuts the text at every mark edge and keeps every character once", () => {
    const out = runs(TEXT, [
      { start: 17, end: 56, kind: "statement" },
      { start: 10, end: 15, kind: "cue" },
      { start: 0, end: 9, kind: "speaker" },
    ]);
    expect(out.map((r) => r.text).join("")).toBe(TEXT);
    expect(out.filter((r) => r.kinds.includes("statement")).map((r) => r.text)).toEqual([
      "die Gespräche seien konstruktiv gewesen",
    ]);
    expect(out.find((r) => r.kinds.includes("cue"))).toEqual({ text: "sagte", start: 10, kinds: ["cue"] });
    expect(out[0]).toEqual({ text: "Dmitrijew", start: 0, kinds: ["speaker"] });
  });

  it("overlapping marks give runs with both kinds", () => {
    const out = runs("abcdef", [
      { start: 1, end: 4, kind: "statement" },
      { start: 3, end: 5, kind: "cue" },
    ]);
    expect(out).toEqual([
      { text: "a", start: 0, kinds: [] },
      { text: "bc", start: 1, kinds: ["statement"] },
      { text: "d", start: 3, kinds: ["statement", "cue"] },
      { text: "e", start: 4, kinds: ["cue"] },
      { text: "f", start: 5, kinds: [] },
    ]);
  });

  it("ignores marks outside the text or empty, instead of inventing characters", () => {
    expect(
      runs("abc", [
        { start: 2, end: 9, kind: "statement" },
        { start: 1, end: 1, kind: "cue" },
      ]),
    ).toEqual([{ text: "abc", start: 0, kinds: [] }]);
  });
});
