// `newsgraph cypher` without a database: how a script is split, how parameters are read, how values print.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { parseCypherArgs } from "../../../src/commands/cypher.ts";
import { cypherLiteral, formatCsv, formatJson, formatTable } from "../../../src/commands/cypher-output.ts";
import { paramExpression, splitScript } from "../../../src/commands/cypher-script.ts";

describe("splitScript", () => {
  it.each([
    ["one statement without ;", "RETURN 1", [["statement", "RETURN 1"]]],
    [
      "two statements",
      "RETURN 1;\nRETURN 2;",
      [
        ["statement", "RETURN 1"],
        ["statement", "RETURN 2"],
      ],
    ],
    [
      "; inside strings and backticks",
      "RETURN 'a;b' AS `x;y`, \"c;d\";",
      [["statement", "RETURN 'a;b' AS `x;y`, \"c;d\""]],
    ],
    ["an escaped quote", "RETURN 'it\\'s; fine';", [["statement", "RETURN 'it\\'s; fine'"]]],
    ["; in comments", "// a; b\nRETURN 1 /* c; d */;", [["statement", "// a; b\nRETURN 1 /* c; d */"]]],
    ["a file of comments only", "// Question: …\n// Params: none\n", []],
    [
      ":param lines",
      ":param {a: 1}\n:param b => 'x;y'\nRETURN $a, $b;",
      [
        ["command", "param", "{a: 1}"],
        ["command", "param", "b => 'x;y'"],
        ["statement", "RETURN $a, $b"],
      ],
    ],
    [
      "a header comment, then the query (the saved analyst files)",
      "// Example:\n//   :param {x: 1}\nMATCH (n) RETURN n",
      [["statement", "// Example:\n//   :param {x: 1}\nMATCH (n) RETURN n"]],
    ],
  ])("%s", (_name, script, expected) => {
    const parts = splitScript(script).map((p) =>
      p.kind === "statement" ? [p.kind, p.text] : [p.kind, p.name, p.arg],
    );
    expect(parts).toEqual(expected);
  });
});

describe("paramExpression: parameter definitions as cypher-shell takes them", () => {
  it.each([
    ["{speaker: 'Dmitriev', minSimilarity: 0.3}", "{speaker: 'Dmitriev', minSimilarity: 0.3}"],
    ["speaker => 'Dmitriev'", "{`speaker`: 'Dmitriev'}"],
    ["speaker='Dmitriev'", "{`speaker`: 'Dmitriev'}"],
    ["since = date('2025-12-01')", "{`since`: date('2025-12-01')}"],
    ["`odd name` => 1", "{`odd name`: 1}"],
  ])("%s", (definition, expr) => {
    expect(paramExpression(definition)).toBe(expr);
  });

  it("says what it expected", () => {
    expect(() => paramExpression("just text")).toThrow(/expected a map \{name: value, …\} or name => value/);
  });
});

describe("parseCypherArgs", () => {
  it("reads a file, parameters, the format and --write", () => {
    const args = parseCypherArgs([
      "-f",
      "cypher/analyst/02-speaker-statements-over-time.cypher",
      "-P",
      "{speaker: 'Dmitriev'}",
      "--param=since=date('2025-12-01')",
      "--format",
      "csv",
      "--write",
    ]);
    expect(args).toMatchObject({
      source: "cypher/analyst/02-speaker-statements-over-time.cypher",
      params: ["{speaker: 'Dmitriev'}", "since=date('2025-12-01')"],
      format: "csv",
      write: true,
    });
    expect(args.script).toContain("MATCH (s:Statement)-[:SAID_BY]->(sp)");
  });

  it("is read-only and a table by default; a QUERY or standard input is the script", () => {
    expect(parseCypherArgs(["RETURN 1"])).toEqual({
      script: "RETURN 1",
      source: "QUERY",
      params: [],
      format: "table",
      write: false,
    });
    expect(parseCypherArgs(["-"], () => "RETURN 2").script).toBe("RETURN 2");
  });

  it.each([
    [["-f", "a.cypher", "RETURN 1"], "either -f FILE or a QUERY"],
    [["RETURN 1", "RETURN 2"], "one QUERY only"],
    [["--format", "xml", "RETURN 1"], "--format xml: expected one of table, csv, json"],
    [["--nope", "RETURN 1"], "unknown option --nope"],
    [["-P"], "-P needs a value"],
    [["-f", "/no/such/file.cypher"], "-f /no/such/file.cypher: ENOENT"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCypherArgs(argv)).toThrow(message);
  });
});

describe("printing values", () => {
  it.each([
    [neo4j.int(27), "27"],
    [1, "1.0"],
    [0.29, "0.29"],
    [null, "null"],
    [true, "true"],
    ["Kirill Dmitrijew", '"Kirill Dmitrijew"'],
    [["a", neo4j.int(1), 2.5], '["a", 1, 2.5]'],
    [{ name: "Miami", "odd key": null }, '{name: "Miami", `odd key`: null}'],
    [new neo4j.types.Date(2025, 12, 20), "2025-12-20"],
  ])("%s as a Cypher literal: %s", (value, literal) => {
    expect(cypherLiteral(value)).toBe(literal);
  });

  const record = (keys: string[], values: unknown[]) => new neo4j.types.Record(keys, values);
  const rows = [
    record(["name", "n", "text"], ["Peskow", neo4j.int(2), 'sagte, "nein"\nund ging']),
    record(["name", "n", "text"], ["Witkoff", 1.0, null]),
  ];

  it("table: a header, one line per row, INTEGER and FLOAT apart, newlines shown as \\n", () => {
    expect(formatTable(["name", "n", "text"], rows)).toBe(
      [
        "+---------+-----+-------------------------+",
        "| name    | n   | text                    |",
        "+---------+-----+-------------------------+",
        '| Peskow  | 2   | sagte, "nein"\\nund ging |',
        "| Witkoff | 1.0 | null                    |",
        "+---------+-----+-------------------------+",
        "",
      ].join("\n"),
    );
  });

  it("table: long cells are cut with …", () => {
    const out = formatTable(["t"], [record(["t"], ["x".repeat(200)])]);
    expect(out).toContain(`| ${"x".repeat(79)}… |`);
  });

  it("csv: RFC 4180 quoting, null as an empty field", () => {
    expect(formatCsv(["name", "n", "text"], rows)).toBe(
      'name,n,text\r\nPeskow,2,"sagte, ""nein""\nund ging"\r\nWitkoff,1.0,\r\n',
    );
  });

  it("json: an array of plain rows", () => {
    expect(JSON.parse(formatJson(rows))).toEqual([
      { name: "Peskow", n: 2, text: 'sagte, "nein"\nund ging' },
      { name: "Witkoff", n: 1, text: null },
    ]);
    expect(formatJson([])).toBe("[]\n");
  });
});
