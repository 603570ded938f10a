// The Cypher literals the export writes: every value must come back exactly (type included) when
// cypher-shell or the driver runs the script, and every statement must stay on lines the splitter and
// cypher-shell cut correctly.
import { describe, expect, it } from "vitest";
import { cypherLiteral, cypherMap, cypherString } from "../../../src/export/cypher-format.ts";

describe("cypherString", () => {
  it("escapes quotes, backslashes and line breaks so a string never spans lines", () => {
    expect(cypherString('Er sagte: "Nein"\nC:\\pfad')).toBe('"Er sagte: \\"Nein\\"\\nC:\\\\pfad"');
    expect(cypherString("tab\there\rcr")).toBe('"tab\\there\\rcr"');
  });

  it("keeps German and typographic characters as they are, escapes other control characters", () => {
    expect(cypherString("„Größe“ «Bild» – ß")).toBe('"„Größe“ «Bild» – ß"');
    expect(cypherString("a\u0001b")).toBe('"a\\u0001b"');
  });
});

describe("cypherLiteral", () => {
  it("writes integers as integers and floats always with a decimal point", () => {
    expect(cypherLiteral("long", 27, "x")).toBe("27");
    expect(cypherLiteral("long", "9007199254740993", "x")).toBe("9007199254740993");
    expect(cypherLiteral("double", 1, "x")).toBe("1.0");
    expect(cypherLiteral("double", 0.85, "x")).toBe("0.85");
    expect(cypherLiteral("double", 1e21, "x")).toBe("1e21");
    expect(cypherLiteral("double", 1.5e-7, "x")).toBe("1.5e-7");
  });

  it("writes lists, empty lists, booleans and temporals", () => {
    expect(cypherLiteral("long[]", [0, 9, 120], "x")).toBe("[0, 9, 120]");
    expect(cypherLiteral("double[]", [1, 2.5], "x")).toBe("[1.0, 2.5]");
    expect(cypherLiteral("string[]", ["a", 'b"'], "x")).toBe('["a", "b\\""]');
    expect(cypherLiteral("empty[]", [], "x")).toBe("[]");
    expect(cypherLiteral("boolean", false, "x")).toBe("false");
    expect(cypherLiteral("date", "2025-12-21", "x")).toBe('date("2025-12-21")');
  });

  it("refuses a non-integer in an integer property, naming where", () => {
    expect(() => cypherLiteral("long", 1.5, "Statement s1.start")).toThrow(
      /Statement s1.start: 1.5 is not an integer/,
    );
  });
});

describe("cypherMap", () => {
  it("sorts keys so the script is stable", () => {
    const map = cypherMap(
      {
        name: { type: "string", value: "Miami" },
        id: { type: "string", value: "miami" },
        n: { type: "long", value: 2 },
      },
      "x",
    );
    expect(map).toBe('{id: "miami", n: 2, name: "Miami"}');
  });
});
