import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../src/commands/ingest.ts";

describe("ingest arguments", () => {
  it("reads paths (with '-' for standard input), --workers and --shard in either spelling", () => {
    expect(parseArgs(["a", "-", "--workers", "3", "--shard=2/4", "--json"])).toEqual({
      paths: ["a", "-"],
      json: true,
      quiet: false,
      workers: 3,
      batchRows: 0,
      shard: { index: 2, count: 4 },
    });
    expect(parseArgs(["--quiet", "--workers=1", "b"])).toMatchObject({
      paths: ["b"],
      quiet: true,
      workers: 1,
      shard: null,
    });
    expect(parseArgs(["--batch-rows", "800", "c"])).toMatchObject({ paths: ["c"], batchRows: 800 });
    expect(parseArgs(["--batch-rows=1", "c"])).toMatchObject({ batchRows: 1 });
  });

  it.each([
    [["a", "--workers", "0"], /--workers needs a whole number/],
    [["a", "--workers"], /--workers needs a whole number/],
    [["a", "--batch-rows", "0"], /--batch-rows needs a whole number/],
    [["a", "--batch-rows=2.5"], /--batch-rows needs a whole number/],
    [["a", "--shard", "3/2"], /--shard needs i\/n/],
    [["a", "--fast"], /unknown option --fast/],
    [["--json"], /no files or folders given/],
  ])("refuses %j", (args, message) => {
    expect(parseArgs(args)).toEqual({ error: expect.stringMatching(message) });
  });
});
