// Builds the Segmented input of recognize/link tests with the real segmenter, from a text and a
// publication date, without the reader and normalizer (their own tests pin them).
import fs from "node:fs";
import path from "node:path";
import { segment } from "../../../../src/ingest/segment/segment.ts";
import type { NormalizedArticle, Segmented } from "../../../../src/ingest/types.ts";

export function segmentLite(text: string, publishedAt: string | null = null, file = "test.txt"): Segmented {
  const article: NormalizedArticle = {
    id: "art-test",
    contentHash: "x",
    file,
    meta: { title: null, source: null, sources: [], publishedAt, url: null, dateline: null },
    text,
    warnings: [],
  };
  return segment(article);
}

const SEEDS = path.join(import.meta.dirname, "../../../../data/articles");

/** A seed article's raw text (not normalized: offsets are into the file as it is). */
export function seed(prefix: string, publishedAt: string | null = null): Segmented {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return segmentLite(fs.readFileSync(path.join(SEEDS, file), "utf8"), publishedAt, file);
}
