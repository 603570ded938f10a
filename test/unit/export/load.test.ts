// The parsers of the loaders: Cypher scripts cut into statements while streaming, and CSV records as
// neo4j-admin reads them (quoted fields may hold commas, quotes and newlines; unquoted empty = no value).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvField, csvQuote } from "../../../src/export/csv-format.ts";
import { csvRecords, parseHeader, StatementSplitter, toParam } from "../../../src/export/load.ts";
import { tempDir } from "../../temp-dir.ts";

function splitAll(text: string, chunk: number): string[] {
  const s = new StatementSplitter();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...s.feed(text.slice(i, i + chunk)));
  return [...out, ...s.end()];
}

describe("StatementSplitter", () => {
  const script = [
    "// header; with a semicolon",
    "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;",
    "/* block; comment */ UNWIND [",
    '{id: "x;y", t: "say \\"hi\\"; ok"},',
    "{id: 'it''s', t: `odd;name`}",
    "] AS row MERGE (n:A {id: row.id});",
    "RETURN 1 // trailing",
  ].join("\n");

  it.each([1, 3, 7, 1000])(
    "splits on ; outside strings and comments, fed %i characters at a time",
    (chunk) => {
      expect(splitAll(script, chunk)).toEqual([
        "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
        'UNWIND [\n{id: "x;y", t: "say \\"hi\\"; ok"},\n{id: \'it\'\'s\', t: `odd;name`}\n] AS row MERGE (n:A {id: row.id})',
        "RETURN 1",
      ]);
    },
  );

  it("reports an unterminated string", () => {
    const s = new StatementSplitter();
    s.feed('RETURN "open');
    expect(() => s.end()).toThrow(/unterminated " string/);
  });
});

describe("CSV", () => {
  async function records(text: string) {
    const file = path.join(tempDir("ng-csv-"), "f.csv");
    fs.writeFileSync(file, text);
    const out = [];
    for await (const r of csvRecords(file)) out.push(r.map((f) => (f.quoted ? `"${f.text}"` : f.text)));
    return out;
  }

  it("reads quoted fields with commas, doubled quotes and newlines, and tells quoted empty from empty", async () => {
    const line = ["x", csvQuote('a, "b"\nc'), "", csvQuote(""), "7"].join(",");
    expect(await records(`h1,h2,h3,h4,h5\n${line}\n`)).toEqual([
      ["h1", "h2", "h3", "h4", "h5"],
      ["x", '"a, "b"\nc"', "", '""', "7"],
    ]);
  });

  it("reads a last record without a final newline and CRLF line ends", async () => {
    expect(await records('a,b\r\n"1",2')).toEqual([
      ["a", "b"],
      ['"1"', "2"],
    ]);
  });

  it("writes list columns with ; and refuses an element that contains it", () => {
    expect(csvField("string[]", ["Russia", "RU"], "x")).toBe('"Russia;RU"');
    expect(csvField("long[]", [0, 9], "x")).toBe('"0;9"');
    expect(csvField("string[]", [], "x")).toBe('""');
    expect(csvField("string", null, "x")).toBe("");
    expect(() => csvField("string[]", ["a;b"], "Person p.aliases")).toThrow(
      /Person p.aliases: .*array delimiter/,
    );
  });

  it("parses neo4j-admin headers", () => {
    const cols = parseHeader(
      ["id:ID(Person)", ":LABEL", "aliases:string[]", "count:int", "confidence:double", "name"].map(
        (text) => ({
          text,
          quoted: false,
        }),
      ),
      "h",
    );
    expect(cols.map((c) => c.kind)).toEqual(["ID", "LABEL", "string[]", "long", "double", "string"]);
    expect(() => parseHeader([{ text: "where:point", quoted: false }], "nodes.csv")).toThrow(
      /nodes.csv: column where:point/,
    );
  });
});

describe("toParam", () => {
  it("turns typed values into driver parameters (integers as neo4j Integers)", () => {
    expect(String(toParam("long", "27", "x"))).toBe("27");
    expect(toParam("double", "0.85", "x")).toBe(0.85);
    expect(toParam("boolean", "true", "x")).toBe(true);
    expect(toParam("empty[]", [], "x")).toEqual([]);
    expect(() => toParam("long", "2.5", "Statement s.start")).toThrow(
      /Statement s.start: '2.5' is not an integer/,
    );
  });
});
