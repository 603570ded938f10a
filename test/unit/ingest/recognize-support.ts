// A small stand-in segmenter for recognize/link tests: paragraphs at blank lines, sentences at . ! ?
// before white space. The real segmenter is tested on its own; these tests pin recognition.
import fs from "node:fs";
import path from "node:path";
import type { NormalizedArticle, Paragraph, Segmented, Sentence } from "../../../src/ingest/types.ts";

export function segmentLite(text: string, publishedAt: string | null = null, file = "test.txt"): Segmented {
  const article: NormalizedArticle = {
    id: "art-test",
    contentHash: "x",
    file,
    meta: { title: null, source: null, sources: [], publishedAt, url: null, dateline: null },
    text,
    warnings: [],
  };
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const p of text.matchAll(paraRe)) {
    const index = paragraphs.length;
    paragraphs.push({ start: p.index, end: p.index + p[0].length, index });
    const sRe = /[^.!?]*(?:[.!?]+["“”»«]?(?=\s|$)|$)/g;
    for (const s of p[0].matchAll(sRe)) {
      if (!s[0].trim()) continue;
      const lead = s[0].length - s[0].trimStart().length;
      const start = p.index + s.index + lead;
      const end = p.index + s.index + s[0].trimEnd().length;
      sentences.push({ start, end, index: sentences.length, paragraph: index, text: text.slice(start, end) });
    }
  }
  return { article, paragraphs, sentences, tokens: [] };
}

const SEEDS = path.join(import.meta.dirname, "../../../data/articles");

export function seed(prefix: string, publishedAt: string | null = null): Segmented {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return segmentLite(fs.readFileSync(path.join(SEEDS, file), "utf8"), publishedAt, file);
}
