import { describe, expect, it } from "vitest";
import {
  HEADLINE_QUESTION,
  paramsFromQuestion,
  questionFromParams,
  whereFromQuestion,
} from "../../../explorer/src/question.ts";

describe("the explorer's question", () => {
  it("the headline question is the API's headline filter", () => {
    expect(whereFromQuestion(HEADLINE_QUESTION)).toEqual({
      speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" },
      about: { place: "Miami" },
    });
  });

  it("every field lands where the API expects it; empty ones are left out", () => {
    expect(
      whereFromQuestion({
        organization: "Kreml",
        speaker: "Dmitriev",
        topic: "Sicherheitsgarantien",
        kind: "DIRECT",
        from: "2025-12-01",
        to: "2025-12",
        text: "Gespräche",
        place: "",
      }),
    ).toEqual({
      speaker: { organization: "Kreml", name: "Dmitriev" },
      about: { topic: "Sicherheitsgarantien" },
      kind: ["DIRECT"],
      publishedFrom: "2025-12-01",
      publishedTo: "2025-12",
      text: "Gespräche",
    });
    expect(whereFromQuestion({})).toEqual({});
  });

  it("asks about a meeting by name, alias or id", () => {
    expect(whereFromQuestion({ meeting: "Gespräche in Miami" })).toEqual({
      about: { meeting: "Gespräche in Miami" },
    });
  });

  it("drops enum values the schema does not know rather than sending them", () => {
    expect(whereFromQuestion({ roleKind: "KING", kind: "RUMOUR" })).toEqual({});
  });

  it("round-trips through the URL", () => {
    const q = { nationality: "Russland", roleKind: "NEGOTIATOR", place: "Miami" };
    expect(questionFromParams(new URLSearchParams(paramsFromQuestion(q).toString()))).toEqual(q);
    expect(questionFromParams(new URLSearchParams("place=%20&foo=bar"))).toEqual({});
  });
});
