import { describe, expect, it } from "vitest";
import { formatInterrupted, formatSummary } from "../../../src/commands/ingest.ts";

const empty = {
  articles: { new: 1, unchanged: 0, updated: 0, failed: 0 },
  failures: [],
  written: { statements: 0, people: 0, organizations: 0, places: 0, meetings: 0 },
  ingested: [],
};

describe("ingest warnings and interruptions", () => {
  it("lists what reading repaired, per file, before the failures", () => {
    const text = formatSummary(empty, 1, [
      { file: "alt/latin1.txt", warnings: ["not valid UTF-8; decoded as windows-1252 (Latin-1)"] },
      { file: "feed.json", warnings: ["field 'publishedAt' (\"gestern\") is not a date; ignored"] },
    ]);
    expect(text.split("\n").slice(2)).toEqual([
      "Warnings:",
      "  alt/latin1.txt: not valid UTF-8; decoded as windows-1252 (Latin-1)",
      "  feed.json: field 'publishedAt' (\"gestern\") is not a date; ignored",
    ]);
  });

  it("after a signal, says what was committed and what was not", () => {
    const text = formatInterrupted(
      [
        { done: 1, file: "a.txt", outcome: "new" },
        { done: 2, file: "b.txt", outcome: "unchanged" },
        { done: 3, file: "c.txt", outcome: "failed", reason: "empty file" },
      ],
      10,
      "SIGINT",
    );
    expect(text.split("\n")).toEqual([
      "Interrupted by SIGINT after 3 articles: 1 new, 1 unchanged, 0 updated (committed), 1 failed; 7 not written.",
      "Run the same command again to ingest the rest; committed articles are found unchanged.",
      "Failed:",
      "  c.txt: empty file",
    ]);
  });
});
