// The command line of `newsgraph export`.
import { describe, expect, it } from "vitest";
import { parseExportArgs } from "../../../src/commands/export.ts";

describe("parseExportArgs", () => {
  it("reads --flag value and --flag=value, with --where as JSON", () => {
    expect(parseExportArgs(["--format", "csv", "--out=dir", "--where", '{"kind":["DIRECT"]}'])).toEqual({
      format: "csv",
      out: "dir",
      where: { kind: ["DIRECT"] },
      pageSize: 1000,
    });
  });

  it.each([
    [[], /--format is required/],
    [["--format", "pdf"], /--format pdf: expected one of cypher, csv, graphml, json/],
    [["--format", "json", "--where", "{nope"], /--where: not valid JSON/],
    [["--format", "json", "--page-size", "0"], /--page-size must be a whole number/],
    [["--format", "json", "--bogus"], /unknown option --bogus/],
    [["--format"], /--format needs a value/],
  ])("rejects %j", (args, message) => {
    expect(() => parseExportArgs(args as string[])).toThrow(message);
  });
});
