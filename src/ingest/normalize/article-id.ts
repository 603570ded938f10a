// Article identity as docs/graph-model.md defines it: the id survives edits of the text (so a changed
// article replaces its own statements), the content hash tells "unchanged" from "updated".
import { createHash } from "node:crypto";
import type { ArticleMeta } from "../types.ts";

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/** "art-" + sha256(url | title|source|publishedAt | text)[0..16]. */
export function articleId(
  meta: Pick<ArticleMeta, "url" | "title" | "source" | "publishedAt">,
  text: string,
): string {
  const key = meta.url
    ? meta.url
    : meta.title
      ? `${meta.title}|${meta.source ?? ""}|${meta.publishedAt ?? ""}`
      : text;
  return `art-${sha256(key).slice(0, 16)}`;
}

export function contentHash(text: string): string {
  return sha256(text);
}

/**
 * The id of an article without url that shares its headline (title, source, date) with a different
 * article already in the graph from another file: the headline id plus the text, so both are kept.
 */
export function alternateArticleId(headlineId: string, contentHash: string): string {
  return `art-${sha256(`${headlineId}|${contentHash}`).slice(0, 16)}`;
}
