// HTML pages: the article body through Mozilla's Readability (the extractor Firefox Reader View uses),
// run on linkedom's DOM; metadata from the usual meta tags. Paragraph structure is kept as blank lines.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleMeta, InputError, RawArticle } from "../types.ts";
import { isMarkup } from "./markup.ts";
import { normalizeDate, splitSources } from "./meta.ts";

// Minimal DOM shapes we touch, so that no DOM lib typings are needed.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelector(sel: string): DomElement | null;
  querySelectorAll(sel: string): ArrayLike<DomElement>;
  body: DomElement | null;
  title?: string;
}

const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "HEADER",
  "FOOTER",
  "MAIN",
  "DL",
  "DT",
  "DD",
  "FIGURE",
]);
// Not article text: captions (photo credits live there), scripts, forms and embeds.
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "FIGCAPTION",
  "BUTTON",
  "SVG",
  "IFRAME",
  "FORM",
  "NAV",
]);

/** Text of a DOM subtree with blocks separated by blank lines and <br> as line breaks. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = "";
  const flush = (sep: string) => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) out.push(t, sep);
    else if (sep === "\n\n" && out.length > 0) out[out.length - 1] = "\n\n";
    line = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      flush("\n");
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush("\n\n");
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush("\n\n");
  };
  walk(root);
  flush("\n\n");
  return out.join("").trim();
}

function metaContent(doc: DomDocument, selectors: string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href");
    if (v?.trim()) return v.trim();
  }
  return null;
}

function jsonLdDate(doc: DomDocument): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = (scripts[i]!.textContent ?? "").match(/"datePublished"\s*:\s*"([^"]+)"/);
    if (m?.[1]) return m[1];
  }
  return null;
}

export interface HtmlArticle {
  text: string;
  meta: Partial<ArticleMeta>;
}

/**
 * An HTML page → its article: the text through Readability, the page's meta tags under what the caller
 * gave. Both ways HTML comes in read it here: .html files (read.ts) and markup handed over in memory
 * (the GraphQL ingest, through the pipeline). What comes out is format "html" only while its text is
 * still markup, since format "html" is what tells the pipeline to read a text as a page.
 */
export function readHtmlArticle<T extends RawArticle>(raw: T): T | InputError {
  const html = readHtml(raw.text);
  if (!html.text.trim()) return { file: raw.file, reason: "no article text found in the HTML" };
  return {
    ...raw,
    format: isMarkup(html.text) ? "html" : "txt",
    text: html.text,
    meta: { ...html.meta, ...raw.meta },
  };
}

export function readHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  // Meta first: Readability rewrites the document it parses.
  const title = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const published =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[itemprop="datePublished"]',
      'meta[name="DC.date.issued"]',
      "time[datetime]",
    ]) ?? jsonLdDate(document);
  const site = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = metaContent(document, ['meta[property="og:url"]', 'link[rel="canonical"]']);
  const docTitle = document.querySelector("title")?.textContent?.trim() || null;

  const parsed = new Readability(document as unknown as Document).parse();
  let text = "";
  if (parsed?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${parsed.content}</body></html>`,
    ) as unknown as {
      document: DomDocument;
    };
    text = content.body ? blockText(content.body) : "";
  }
  if (!text && document.body) text = blockText(document.body);

  const meta: Partial<ArticleMeta> = {};
  const t = title ?? parsed?.title ?? docTitle;
  if (t) meta.title = t.replace(/\s+/g, " ").trim();
  const date = published ?? parsed?.publishedTime ?? null;
  if (date) {
    const d = normalizeDate(date);
    if (d) meta.publishedAt = d;
  }
  const source = site ?? parsed?.siteName ?? null;
  if (source) {
    meta.sources = splitSources(source);
    meta.source = meta.sources[0] ?? null;
  }
  if (url) meta.url = url;
  return { text, meta };
}
