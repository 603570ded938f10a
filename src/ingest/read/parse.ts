// Read, the pure part: the bytes of one file → its articles (several for .ndjson and JSON arrays) or
// input errors naming the file (and line) and the reason.
import path from "node:path";
import type { ArticleMeta, InputError, InputFormat, RawArticle } from "../types.ts";
import { decodeBytes } from "./decode.ts";
import { readHtmlArticle } from "./html.ts";
import { normalizeDate, splitSources } from "./meta.ts";

/** A raw article plus what the reader noticed on the way (encoding fallbacks, field problems). */
export interface ReadArticle extends RawArticle {
  warnings: string[];
}

export type ReadResult = ReadArticle | InputError;

export function isInputError(x: unknown): x is InputError {
  return (
    typeof x === "object" &&
    x !== null &&
    "reason" in x &&
    "file" in x &&
    !("text" in x) &&
    !("statements" in x)
  );
}

const FORMATS: Record<string, InputFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".html": "html",
  ".htm": "html",
};

/** The format of a file by its extension; `.gz` is looked through (`feed.ndjson.gz` is ndjson). */
export function formatOf(file: string): InputFormat | null {
  const inner = /\.gz$/i.test(file) ? file.slice(0, -3) : file;
  return FORMATS[path.extname(inner).toLowerCase()] ?? null;
}

/** Pure part of reading: bytes of a file → its articles or errors. */
export function parseBytes(
  file: string,
  bytes: Uint8Array,
  format: InputFormat | null = formatOf(file),
): ReadResult[] {
  if (!format) return [{ file, reason: "unsupported file type (expected .txt, .json, .ndjson or .html)" }];
  const decoded = decodeBytes(bytes);
  if ("reason" in decoded) return [{ file, reason: decoded.reason }];
  const { text, warnings } = decoded;
  switch (format) {
    case "txt":
      return [{ file, format, meta: {}, text, warnings }];
    case "html":
      return [readHtmlArticle({ file, format, meta: {}, text, warnings })];
    case "json": {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (err) {
        return [{ file, reason: `invalid JSON: ${(err as Error).message}` }];
      }
      if (Array.isArray(data)) {
        if (data.length === 0) return [{ file, reason: "empty JSON array (no articles)" }];
        return data.map((item, i) => fromObject(`${file}#${i + 1}`, "json", item, warnings));
      }
      return [fromObject(file, "json", data, warnings)];
    }
    case "ndjson": {
      const out: ReadResult[] = [];
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!.trim();
        if (!line) continue;
        const where = `${file}:${i + 1}`;
        let data: unknown;
        try {
          data = JSON.parse(line);
        } catch (err) {
          out.push({ file: where, reason: `invalid JSON line: ${(err as Error).message}` });
          continue;
        }
        out.push(fromObject(`${file}#${i + 1}`, "ndjson", data, warnings, where));
      }
      if (out.length === 0) return [{ file, reason: "empty file (no JSON lines)" }];
      return out;
    }
  }
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}

/** {url, title, source, publishedAt, text} → raw article; `where` names the line for messages. */
export function fromObject(
  file: string,
  format: InputFormat,
  data: unknown,
  warnings: string[],
  where = file,
): ReadResult {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { file: where, reason: "expected a JSON object {url, title, source, publishedAt, text}" };
  }
  const o = data as Record<string, unknown>;
  const text = o.text ?? o.body ?? o.content;
  if (typeof text !== "string") {
    return {
      file: where,
      reason: `field 'text' is ${text === undefined ? "missing" : `a ${typeof text}, not a string`}`,
    };
  }
  if (!text.trim()) return { file: where, reason: "field 'text' is empty" };
  const meta: Partial<ArticleMeta> = {};
  const w = [...warnings];
  const title = str(o.title);
  if (title) meta.title = title;
  const url = str(o.url);
  if (url) meta.url = url;
  const source = o.source;
  if (typeof source === "string" && source.trim()) {
    meta.sources = splitSources(source);
    meta.source = meta.sources[0] ?? null;
  } else if (Array.isArray(source)) {
    meta.sources = source
      .filter((s): s is string => typeof s === "string" && s.trim() !== "")
      .map((s) => s.trim());
    meta.source = meta.sources[0] ?? null;
  }
  const published = o.publishedAt ?? o.published_at ?? o.date;
  if (typeof published === "string" && published.trim()) {
    const d = normalizeDate(published);
    if (d) meta.publishedAt = d;
    else w.push(`field 'publishedAt' ("${published.slice(0, 40)}") is not a date; ignored`);
  }
  return { file, format, meta, text, warnings: w };
}
