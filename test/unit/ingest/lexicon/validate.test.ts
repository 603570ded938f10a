import { describe, expect, it } from "vitest";
import { type Raw, Reader } from "../../../../src/ingest/lexicon/validate.ts";

const reader = (raw: Raw) => new Reader("roles.yaml", "entry 3 (Sprecher)", raw);
const where = 'lexicon roles.yaml: entry 3 (Sprecher), field "';

describe("lexicon/validate: typed fields that fail naming file, entry and field", () => {
  it.each([
    ["a string, trimmed", (r: Reader) => r.str("noun"), { noun: " Sprecher " }, "Sprecher"],
    ["an absent optional string", (r: Reader) => r.optStr("organization"), {}, null],
    [
      "a list with numbers as strings",
      (r: Reader) => r.list("aliases"),
      { aliases: ["Sprecher", 7] },
      ["Sprecher", "7"],
    ],
    ["an absent list", (r: Reader) => r.list("aliases"), {}, []],
    ["a default boolean", (r: Reader) => r.bool("head", true), {}, true],
    [
      "one of the allowed",
      (r: Reader) => r.oneOf("roleKind", ["SPOKESPERSON", "OTHER"]),
      { roleKind: "OTHER" },
      "OTHER",
    ],
  ])("reads %s", (_, read, raw, value) => {
    expect(read(reader(raw))).toEqual(value);
  });

  it.each([
    ["an empty string", (r: Reader) => r.str("noun"), { noun: "  " }, 'noun": must be a non-empty string'],
    [
      "a number for an optional string",
      (r: Reader) => r.optStr("organization"),
      { organization: 3 },
      'organization": must be a non-empty string when given',
    ],
    [
      "a list that is none",
      (r: Reader) => r.list("aliases"),
      { aliases: "Sprecher" },
      'aliases": must be a list of strings',
    ],
    [
      "a mapping in a list",
      (r: Reader) => r.list("aliases"),
      { aliases: ["a", { b: 1 }] },
      'aliases[1]": must be a string',
    ],
    [
      "a string for a boolean",
      (r: Reader) => r.bool("head", true),
      { head: "ja" },
      'head": must be true or false',
    ],
    [
      "a value not allowed",
      (r: Reader) => r.oneOf("roleKind", ["OTHER"]),
      { roleKind: "CHEF" },
      'roleKind": "CHEF" is not one of OTHER',
    ],
    [
      "an unknown field",
      (r: Reader) => r.known("roles"),
      { noun: "Sprecher", plural: "Sprecher" },
      'plural": unknown field',
    ],
  ])("rejects %s", (_, read, raw, message) => {
    expect(() => read(reader(raw))).toThrow(`${where}${message}`);
  });
});
