// The tokens of a short text as the document model gives them to attribution, for tests that look at one
// sentence's clause structure or phrases.
import { buildUnits } from "../../../../src/ingest/attribute/text.ts";
import { segment } from "../../../../src/ingest/segment/segment.ts";
import type { Token } from "../../../../src/ingest/types.ts";

/** The text's units (sentences or quote-bounded stretches) with their tokens. */
export function textUnits(text: string) {
  const article = {
    id: "art-test",
    contentHash: "x",
    file: "test.txt",
    meta: { title: null, source: null, sources: [], publishedAt: null, url: null, dateline: null },
    text,
    warnings: [],
  };
  return buildUnits(segment(article));
}

/** The tokens of a one-unit text; fails the test when the text is more than one unit. */
export function sentenceTokens(text: string): Token[] {
  const units = textUnits(text);
  if (units.length !== 1) throw new Error(`expected one unit, got ${units.length}: ${text}`);
  return units[0]!.toks;
}

/** The words of tokens [from, to) joined by spaces. */
export const words = (ts: Token[], from: number, to: number) =>
  ts
    .slice(from, to)
    .map((t) => t.text)
    .join(" ");
