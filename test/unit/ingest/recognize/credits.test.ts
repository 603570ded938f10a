import { describe, expect, it } from "vitest";
import { contextAfter } from "./steps.ts";

const credited = (text: string) => {
  const ctx = contextAfter(text, "context");
  return ctx.w.filter((_, i) => ctx.inCredit[i]).map((x) => x.text);
};

describe("recognize/credits: the words inside credit lines", () => {
  it.each([
    ["a photo line to its end", "Foto: Paula Lindner\nDer Landrat sprach.", ["Foto", "Paula", "Lindner"]],
    ["a name glued to an agency", "Der Hafen lag still. Jonas Reimers/dpa", ["Jonas", "Reimers", "dpa"]],
    ["an all-caps agency line", "Es regnete.\nAFP/MARIA SOLBERG", ["AFP", "MARIA", "SOLBERG"]],
    ["the copyright sign to the line end", "Der Landrat sprach. © Timo Kraft", ["Timo", "Kraft"]],
    ["nothing in plain text", "Der Landrat sprach mit Paula Lindner und/oder ihrem Team.", []],
  ])("marks %s", (_, text, words) => {
    expect(credited(text)).toEqual(words);
  });
});
