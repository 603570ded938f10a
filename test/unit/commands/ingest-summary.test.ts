import { describe, expect, it } from "vitest";
import { formatSummary } from "../../../src/commands/ingest.ts";

describe("ingest summary", () => {
  it("names every count the issue asks for and every failed file with its reason", () => {
    const text = formatSummary(
      {
        articles: { new: 3, unchanged: 1, updated: 1, failed: 2 },
        failures: [
          { file: "in/leer.txt", reason: "empty file" },
          { file: "in/feed.ndjson:2", reason: "invalid JSON line" },
        ],
        written: { statements: 40, people: 12, organizations: 9, places: 5, meetings: 2 },
        ingested: [],
      },
      2,
    );
    expect(text.split("\n")).toEqual([
      "Articles: 3 new, 1 unchanged, 1 updated, 2 failed — 7 in 2.0 s (3.5 articles/s)",
      "Written: 40 statements, 12 people, 9 organizations, 5 places, 2 meetings",
      "Failed:",
      "  in/leer.txt: empty file",
      "  in/feed.ndjson:2: invalid JSON line",
    ]);
  });
});
