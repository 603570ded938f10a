import { describe, expect, it } from "vitest";
import {
  articleTooLarge,
  DEFAULT_MAX_ARTICLE_CHARS,
  maxArticleChars,
} from "../../../src/ingest/article-limit.ts";
import { tryExtractArticle } from "../../../src/ingest/pipeline.ts";

describe("the article size limit", () => {
  it("comes from NEWSGRAPH_MAX_ARTICLE_CHARS when that is a positive whole number", () => {
    expect(maxArticleChars({})).toBe(DEFAULT_MAX_ARTICLE_CHARS);
    expect(maxArticleChars({ NEWSGRAPH_MAX_ARTICLE_CHARS: "1000" })).toBe(1000);
    expect(maxArticleChars({ NEWSGRAPH_MAX_ARTICLE_CHARS: "viel" })).toBe(DEFAULT_MAX_ARTICLE_CHARS);
  });

  it("names the size and the limit", () => {
    expect(articleTooLarge("x".repeat(10), 10)).toBeNull();
    expect(articleTooLarge("x".repeat(12_345), 10_000)).toBe(
      "the article has 12,345 characters of text, more than the 10,000 an article may have (NEWSGRAPH_MAX_ARTICLE_CHARS); split it into several articles",
    );
  });

  it("an article over the limit is an input error before extraction", () => {
    const text = "Berlin (dpa) - Der Minister sagte, man sei bereit. ".repeat(
      1 + DEFAULT_MAX_ARTICLE_CHARS / 50,
    );
    const result = tryExtractArticle({ file: "riesig.txt", format: "txt", meta: {}, text });
    expect(result).toEqual({
      file: "riesig.txt",
      reason: expect.stringMatching(/^the article has 6,\d{3},\d{3} characters/),
    });
  });
});
