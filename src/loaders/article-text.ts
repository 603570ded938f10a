// Article texts, fetched only as far as a request asks for them. Pages and loaders return articles
// without their text (read/articles-by-ids): twenty aliases of `articles { edges { node { title } } }`
// once held every text of every page in server memory. `Article.text` loads the text by itself;
// `Statement.context` and `sentence` load only the stretch of text around the statement.
import { createContextCache } from "@pothos/core";
import DataLoader from "dataloader";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";

/** Whole texts by article id; null where no such article (or no text) exists. */
export async function loadArticleTexts(ids: readonly string[]): Promise<(string | null)[]> {
  const rows = ids.length
    ? await read<{ key: string; text: unknown }>(cypher("read/article-texts"), { ids: [...new Set(ids)] })
    : [];
  const byId = new Map(rows.map((r) => [r.key, typeof r.text === "string" ? r.text : null]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A stretch [from, to) of an article's text, in UTF-16 offsets (as the API's spans). */
export interface TextWindow {
  articleId: string;
  from: number;
  to: number;
}

/** The DataLoader key of a window: windows asked for twice in a request (aliases) are fetched once. */
export function windowKey(w: TextWindow): string {
  return `${w.from}:${w.to}:${w.articleId}`;
}

function parseKey(key: string): TextWindow {
  const [from, to] = key.split(":", 2).map(Number) as [number, number];
  return { from, to, articleId: key.slice(key.indexOf(":", key.indexOf(":") + 1) + 1) };
}

/**
 * The text of each window; null where the article does not exist. A window past the end of the text
 * is cut short. Texts with characters outside the BMP, whose code point offsets (Cypher's) differ from
 * UTF-16 ones, are fetched whole — once per article — and cut here.
 */
export async function loadTextWindows(keys: readonly string[]): Promise<(string | null)[]> {
  const windows = keys.map(parseKey);
  const rows = keys.length
    ? await read<{ key: string; text: unknown; astral: boolean }>(cypher("read/article-text-windows"), {
        windows: keys.map((key, i) => ({
          key,
          id: windows[i]!.articleId,
          from: windows[i]!.from,
          to: windows[i]!.to,
        })),
      })
    : [];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const astral = [...new Set(rows.filter((r) => r.astral).map((r) => parseKey(r.key).articleId))];
  const whole = new Map<string, string | null>();
  if (astral.length) {
    const texts = await loadArticleTexts(astral);
    for (const [i, id] of astral.entries()) whole.set(id, texts[i] ?? null);
  }
  return windows.map((w, i) => {
    const row = byKey.get(keys[i]!);
    if (!row) return null;
    if (!row.astral) return typeof row.text === "string" ? row.text : null;
    return whole.get(w.articleId)?.slice(w.from, w.to) ?? null;
  });
}

/** Per-request loaders (a DataLoader per request and kind; never a global one). */
export const articleTextLoader = createContextCache(
  () => new DataLoader<string, string | null>((ids) => loadArticleTexts(ids)),
);
export const textWindowLoader = createContextCache(
  () => new DataLoader<string, string | null>((keys) => loadTextWindows(keys)),
);
