// Normalize: raw article text → the stored article text that every offset points into. Repairs
// mojibake, applies NFC, drops boilerplate (navigation, consent blocks, photo credits, paywall/JS
// debris) and moves metadata lines (dates, sources, datelines, agency credits) into `meta`. Paragraph
// breaks survive: "\n\n" where the source had a blank line or dropped lines, "\n" where it had a
// single line break. All work is line-by-line and linear in the text.

import { mergeSources } from "../read/meta.ts";
import { MetadataLines } from "../read/meta-lines.ts";
import type { ArticleMeta, InputError, NormalizedArticle, RawArticle } from "../types.ts";
import { articleId, contentHash } from "./article-id.ts";
import { isBoilerplate, isCredit, withoutTrailingCredit } from "./boilerplate.ts";
import { repairMojibake } from "./mojibake.ts";

// Weird white space becomes a plain space; invisible characters go; C0/C1 controls other than \n go.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g;

interface Line {
  text: string;
  /** A blank line or a dropped line came before it: a paragraph break. */
  gap: boolean;
}

/** Cleans the article text. Returns an InputError when nothing readable is left. */
export function normalize(raw: RawArticle & { warnings?: string[] }): NormalizedArticle | InputError {
  const warnings = [...(raw.warnings ?? [])];
  const verbatim = raw.text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const text = repairCharacters(verbatim, warnings);
  // Metadata lines are a Read job that can only run here, line by line with the boilerplate tests:
  // read/meta-lines.ts says why.
  const found = new MetadataLines();
  const lines = articleLines(text, found);
  const edges = found.readEdges(lines.kept);
  // An article that needs no cleaning beyond blank lines and the indentation of lines keeps its text
  // exactly as read, so that offsets match the source file too.
  const changed = text !== verbatim || lines.changed || edges;
  if (lines.kept.length === 0) {
    return { file: raw.file, reason: "no article text left after removing boilerplate and metadata" };
  }
  const meta = articleMeta(raw, lines.kept, found, warnings);
  const out = changed ? joinLines(lines.kept) : verbatim;
  return {
    id: articleId(meta, out, raw.identityFile),
    contentHash: contentHash(out),
    file: raw.file,
    meta,
    text: out,
    warnings,
  };
}

/** Mojibake repaired (with a warning), NFC, odd white space made plain, invisible characters gone. */
function repairCharacters(verbatim: string, warnings: string[]): string {
  let text = verbatim;
  const fixed = repairMojibake(text);
  if (fixed.codePage) {
    text = fixed.text;
    warnings.push(
      `repaired ${fixed.repaired} mojibake sequence(s) (UTF-8 that had been read as ${fixed.codePage})`,
    );
  }
  return text.normalize("NFC").replace(SPACES, " ").replace(INVISIBLE, "");
}

/** The lines the article keeps; `changed` when any line was dropped or altered. */
function articleLines(text: string, found: MetadataLines): { kept: Line[]; changed: boolean } {
  const kept: Line[] = [];
  let changed = false;
  let gap = false;
  for (const rawLine of text.split("\n")) {
    const trimmed = rawLine.trim();
    const squeezed = trimmed.replace(/ {2,}/g, " ");
    if (squeezed !== trimmed) changed = true;
    if (!squeezed) {
      gap = true;
      continue;
    }
    const line = articleLine(squeezed, found);
    // The same caption twice (once as alt text, once with the credit) keeps one copy.
    if (line === null || kept[kept.length - 1]?.text === line) {
      gap = true;
      changed = true;
      continue;
    }
    if (line !== squeezed) changed = true;
    kept.push({ text: line, gap: kept.length > 0 && gap });
    gap = false;
  }
  return { kept, changed };
}

/**
 * One line as the article keeps it, or null for boilerplate and metadata. The order of the tests is
 * part of the result: a "date …" prefix is cut first, chrome goes before a date line is read, and a
 * photo credit only after the metadata lines (which credit agencies themselves).
 */
function articleLine(squeezed: string, found: MetadataLines): string | null {
  const rest = found.datePrefix(squeezed);
  const line = rest ?? squeezed;
  if (!line || isBoilerplate(line) || found.readLine(line) || isCredit(line)) return null;
  return withoutTrailingCredit(line) || null;
}

function articleMeta(raw: RawArticle, kept: Line[], found: MetadataLines, warnings: string[]): ArticleMeta {
  const title = raw.meta.title ?? findTitle(kept);
  const allSources = [...(raw.meta.sources ?? [])];
  if (raw.meta.source && !allSources.includes(raw.meta.source)) allSources.unshift(raw.meta.source);
  mergeSources(allSources, found.sources);
  const publishedAt = raw.meta.publishedAt ?? found.publishedAt();
  if (!publishedAt) warnings.push("no publication date found; relative dates cannot be resolved");
  return {
    title,
    source: raw.meta.source ?? allSources[0] ?? null,
    sources: allSources,
    publishedAt,
    url: raw.meta.url ?? null,
    dateline: raw.meta.dateline ?? found.dateline,
  };
}

function joinLines(kept: Line[]): string {
  let out = "";
  for (const k of kept) {
    if (out) out += k.gap ? "\n\n" : "\n";
    out += k.text;
  }
  return out;
}

/**
 * The headline: among the lines before the first body paragraph, the first that reads like a
 * headline (short, no closing full stop). Captions ("… traf sich mit Dmitrijew.") end with a stop.
 */
function findTitle(lines: Line[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    const t = lines[i]!.text;
    if (t.length > 160 || (/[.!?]["“”»«]?$/.test(t) && t.length > 120)) return null;
    if (
      t.length >= 8 &&
      t.length <= 160 &&
      !/[.:,;]["“”»«]?$/.test(t) &&
      /\p{L}{3}/u.test(t) &&
      t.split(" ").length >= 2
    ) {
      return t;
    }
  }
  return null;
}
