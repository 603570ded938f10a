import { describe, expect, it } from "vitest";
import { NO_SPEAKER, outletLine, speakerLine, statementDate } from "../../../explorer/src/card.ts";
import type { StatementCardFragment } from "../../../explorer/src/generated/graphql.ts";

function statement(over: Partial<StatementCardFragment>): StatementCardFragment {
  return {
    id: "s",
    text: "Die Gespräche seien konstruktiv",
    kind: "INDIRECT",
    confidence: 0.8,
    rule: "indirect:cue-after",
    saidOn: null,
    publishedAt: null,
    speaker: null,
    speakerMention: null,
    via: null,
    article: null,
    ...over,
  };
}

const article = { id: "a", title: null, source: null, sources: [], publishedAt: "2025-12-21T21:54" };

describe("a statement card's lines", () => {
  it("shows the article's outlet, else the first agency it names, and says when it names none", () => {
    expect(outletLine(statement({ article: { ...article, source: "dpa", sources: ["dpa"] } }))).toBe("dpa");
    expect(outletLine(statement({ article: { ...article, sources: ["AFP"] } }))).toBe("AFP");
    expect(outletLine(statement({ article, via: { name: "Tass" } }))).toBe(
      "not named in the article, via Tass",
    );
  });

  it("without a resolved speaker, quotes the words the article uses for it", () => {
    expect(speakerLine(null, { text: "ein Vertreter des Weißen Hauses" })).toBe(
      "„ein Vertreter des Weißen Hauses“ (not resolved to a person or organization)",
    );
    expect(speakerLine(null, null)).toBe(NO_SPEAKER);
    expect(
      speakerLine({
        __typename: "Person",
        id: "p",
        name: "Kirill Dmitrijew",
        affiliations: [{ role: "Unterhändler", roleKind: "NEGOTIATOR", organization: { name: "Russland" } }],
      }),
    ).toBe("Kirill Dmitrijew — Unterhändler, Russland");
  });

  it("dates by when it was said, else by its article, and says when the article gives no date", () => {
    expect(statementDate(statement({ saidOn: "2025-12-19", article }))).toBe("2025-12-19");
    expect(statementDate(statement({ article }))).toBe("2025-12-21");
    expect(statementDate(statement({ article: { ...article, publishedAt: null } }))).toBe(
      "the article gives no date",
    );
  });
});
