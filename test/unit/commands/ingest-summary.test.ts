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

  it("lists each update with the file it came from, and articles kept apart because they share a headline", () => {
    const text = formatSummary(
      {
        articles: { new: 1, unchanged: 0, updated: 2, failed: 0 },
        failures: [],
        written: { statements: 3, people: 1, organizations: 1, places: 0, meetings: 0 },
        ingested: [
          {
            file: "neu/b.txt",
            articleId: "art-b",
            outcome: "updated",
            replaced: [{ articleId: "art-b", file: "alt/b.txt" }],
            sameHeadline: [],
          },
          {
            file: "a.txt",
            articleId: "art-a",
            outcome: "updated",
            replaced: [{ articleId: "art-a", file: "a.txt" }],
            sameHeadline: [],
          },
          {
            file: "c.txt",
            articleId: "art-c2",
            outcome: "new",
            replaced: [],
            sameHeadline: [{ articleId: "art-c", file: "c-agentur.txt" }],
          },
        ],
      },
      1,
    );
    expect(text.split("\n").slice(2)).toEqual([
      "Updated:",
      "  art-b from neu/b.txt (was alt/b.txt)",
      "  art-a from a.txt (same file)",
      "Kept apart (same title, source and date, another text):",
      "  art-c2 from c.txt; also art-c from c-agentur.txt",
    ]);
  });
  it("says how many articles and failures a bounded report left out", () => {
    const text = formatSummary(
      {
        articles: { new: 2500, unchanged: 0, updated: 0, failed: 1002 },
        failures: [
          { file: "in/1.txt", reason: "empty file" },
          { file: "in/2.txt", reason: "empty file" },
        ],
        written: { statements: 30000, people: 900, organizations: 30, places: 50, meetings: 700 },
        ingested: [],
        omitted: { ingested: 1500, failures: 1000 },
      },
      100,
    );
    expect(text.split("\n")).toEqual([
      "Articles: 2500 new, 0 unchanged, 0 updated, 1002 failed — 3502 in 100.0 s (35.0 articles/s)",
      "Written: 30000 statements, 900 people, 30 organizations, 50 places, 700 meetings",
      "(1500 more articles not listed; the counts above cover them)",
      "Failed:",
      "  in/1.txt: empty file",
      "  in/2.txt: empty file",
      "  … and 1000 more (1002 failed in all)",
    ]);
  });
});
