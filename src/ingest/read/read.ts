// Read: files and folders → raw articles (.txt, .json, .ndjson, .html) or input errors that name the
// file (and line) and the reason. One bad file or line never stops the others.
import { readdir, readFile, stat } from "node:fs/promises";
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

export function formatOf(file: string): InputFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

export interface ReadOptions {
  /** Called for files inside a folder that are not articles (unknown extension, hidden files). */
  onSkip?: (file: string, reason: string) => void;
}

/** Expands files and folders (recursively, sorted by name, so the order is deterministic). */
export async function* listInputs(
  paths: string[],
  opts: ReadOptions = {},
): AsyncGenerator<string | InputError> {
  for (const p of paths) {
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(p);
    } catch (err) {
      yield { file: p, reason: fsReason(err) };
      continue;
    }
    if (st.isDirectory()) {
      let found = 0;
      for await (const x of walk(p, opts)) {
        found++;
        yield x;
      }
      if (found === 0)
        yield { file: p, reason: "no article files (.txt, .json, .ndjson, .html) in this folder" };
    } else if (formatOf(p)) yield p;
    else
      yield {
        file: p,
        reason: `unsupported file type '${path.extname(p) || "(none)"}' (expected .txt, .json, .ndjson or .html)`,
      };
  }
}

async function* walk(dir: string, opts: ReadOptions): AsyncGenerator<string | InputError> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { file: dir, reason: fsReason(err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // Hidden files and a folder's README describe the corpus; they are not articles worth a note.
    if (e.name.startsWith(".") || /^readme(\.\w+)?$/i.test(e.name)) continue;
    if (e.isDirectory()) yield* walk(full, opts);
    else if (e.isFile() || e.isSymbolicLink()) {
      if (formatOf(full)) yield full;
      else opts.onSkip?.(full, `skipped: not an article file ('${path.extname(e.name) || "no extension"}')`);
    }
  }
}

function fsReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return err instanceof Error ? err.message : String(err);
}

/** Reads one file into its articles (several for .ndjson and JSON arrays). */
export async function readPath(file: string): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return [{ file, reason: fsReason(err) }];
  }
  return parseBytes(file, bytes);
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
function fromObject(
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

/** All articles under the given files and folders, in a deterministic order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for await (const item of listInputs(paths, opts)) {
    if (typeof item !== "string") {
      yield item;
      continue;
    }
    yield* await readPath(item);
  }
}
