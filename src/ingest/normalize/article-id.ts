// Article identity as docs/graph-model.md defines it: the id survives edits of the text (so a changed
// article replaces its own statements), the content hash tells "unchanged" from "updated".
import { hash } from "node:crypto";
import path from "node:path";
import type { ArticleMeta } from "../types.ts";

// one-shot: no Hash object per call (two per article), the same digest as createHash().update().digest()
const sha256 = (s: string) => hash("sha256", s, "hex");

/**
 * "art-" + sha256(identity key)[0..16]: the url; else the headline (title|source|publishedAt); else
 * "file:" + the file's path relative to the ingest argument (`identityFile`), so that an edited
 * version of an untitled, url-less file updates it; else (standard input, the API) the text.
 */
export function articleId(
  meta: Pick<ArticleMeta, "url" | "title" | "source" | "publishedAt">,
  text: string,
  identityFile?: string | null,
): string {
  const key = meta.url
    ? meta.url
    : meta.title
      ? `${meta.title}|${meta.source ?? ""}|${meta.publishedAt ?? ""}`
      : identityFile
        ? `file:${identityFile}`
        : text;
  return `art-${sha256(key).slice(0, 16)}`;
}

/**
 * A file's identity path: relative to the folder `root` it was found in ("/"-separated, so the same
 * on every system), or its name when `root` is the file itself. Stable when the corpus folder is moved
 * or copied; not when the file is renamed or the corpus is ingested through another folder level.
 */
export function identityFile(root: string, file: string): string {
  const rel = path.relative(root, file);
  return (rel === "" || rel.startsWith("..") ? path.basename(file) : rel).split(path.sep).join("/");
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
