import { describe, expect, it } from "vitest";
import { sentenceAround } from "../../../src/schema/types/statement.ts";

describe("Statement.sentence", () => {
  const text =
    "Nach Angaben des russischen Unterhändlers Kirill Dmitrijew verliefen die Gespräche zufriedenstellend. «Die Diskussionen werden konstruktiv geführt», sagte der Berater von Kremlchef Wladimir Putin laut Tass.\nNeuer Absatz.";

  it("widens a statement to its sentence", () => {
    const quote = "«Die Diskussionen werden konstruktiv geführt»";
    const start = text.indexOf(quote);
    expect(sentenceAround(text, start, start + quote.length)).toBe(
      "«Die Diskussionen werden konstruktiv geführt», sagte der Berater von Kremlchef Wladimir Putin laut Tass.",
    );
  });

  it("keeps a statement that already ends its sentence", () => {
    const part = "verliefen die Gespräche zufriedenstellend";
    const start = text.indexOf(part);
    expect(sentenceAround(text, start, start + part.length)).toBe(
      "Nach Angaben des russischen Unterhändlers Kirill Dmitrijew verliefen die Gespräche zufriedenstellend.",
    );
  });
});
