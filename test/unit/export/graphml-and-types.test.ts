// GraphML escaping and ids, property types and labels, relationship page sizes.
import { describe, expect, it } from "vitest";
import { graphmlId, xmlText } from "../../../src/export/graphml-format.ts";
import { primaryLabel, propType } from "../../../src/export/model.ts";
import { mergeTypes, PageSizer } from "../../../src/export/source.ts";

describe("GraphML text", () => {
  it("escapes markup and replaces characters XML 1.0 cannot hold", () => {
    expect(xmlText('a<b & "c">')).toBe("a&lt;b &amp; &quot;c&quot;&gt;");
    expect(xmlText("x\u0002y")).toBe("x\uFFFDy");
    expect(xmlText("Zeile\nzwei")).toBe("Zeile\nzwei");
  });

  it("keeps ids that are NMTOKENs and escapes anything else reversibly", () => {
    expect(graphmlId("Statement:art-0123:10-20")).toBe("Statement:art-0123:10-20");
    expect(graphmlId("Person:a b/c")).toBe("Person:a_x20_b_x2f_c");
  });
});

describe("types and labels", () => {
  it("maps Cypher valueType() names", () => {
    expect(propType("INTEGER NOT NULL", "x")).toBe("long");
    expect(propType("LIST<STRING NOT NULL> NOT NULL", "x")).toBe("string[]");
    expect(propType("LIST<NOTHING> NOT NULL", "x")).toBe("empty[]");
    expect(() => propType("POINT NOT NULL", "Place p.location")).toThrow(
      /Place p.location: property type POINT/,
    );
  });

  it("merges column types: empty lists fit any list, integers widen to floats, text and numbers do not mix", () => {
    expect(mergeTypes("empty[]", "string[]", "x")).toBe("string[]");
    expect(mergeTypes("long", "double", "x")).toBe("double");
    expect(() => mergeTypes("string", "long", "Meeting.start")).toThrow(/Meeting.start: .*string and long/);
  });

  it("keys a country under Organization and refuses labels outside the allowlist", () => {
    expect(primaryLabel(["Place", "Country", "Organization"], "x")).toBe("Organization");
    expect(() => primaryLabel(["Person", "Secret"], "node n1")).toThrow(/node n1: label Secret/);
  });
});

describe("PageSizer", () => {
  it("shrinks relationship pages for high-degree start nodes and grows back, within 1..max", () => {
    const size = new PageSizer(1000);
    expect(size.next()).toBe(100);
    size.saw(100, 15_000); // articles with 150 MENTIONS each
    expect(size.next()).toBe(33);
    size.saw(33, 33 * 4); // statements with 4 edges each
    expect(size.next()).toBe(1000);
    size.saw(1, 1_000_000);
    expect(size.next()).toBe(1);
  });
});
