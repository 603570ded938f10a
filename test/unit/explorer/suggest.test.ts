import { describe, expect, it } from "vitest";
import { toSuggestion } from "../../../explorer/src/suggest.ts";

describe("the form's suggestions", () => {
  const dmitrijew = { name: "Kirill Dmitrijew", aliases: ["Kirill Dmitriev", "Dmitriev", "Dmitrijew"] };

  it("offer the name, and say which aliases matched when the name itself does not contain the text", () => {
    expect(toSuggestion(dmitrijew, "dmitriev")).toEqual({
      value: "Kirill Dmitrijew",
      detail: "also Kirill Dmitriev, Dmitriev",
    });
    expect(toSuggestion(dmitrijew, "Dmitrij")).toEqual({ value: "Kirill Dmitrijew" });
    expect(toSuggestion(dmitrijew, "")).toEqual({ value: "Kirill Dmitrijew" });
  });

  it("add what tells entities apart, such as a meeting's start", () => {
    expect(toSuggestion({ name: "Gespräche in Miami", aliases: [] }, "miami", "2025-12-19")).toEqual({
      value: "Gespräche in Miami",
      detail: "2025-12-19",
    });
  });
});
