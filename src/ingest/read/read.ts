// Read: files, folders and standard input ("-") → raw articles (.txt, .json, .ndjson/.jsonl, .html,
// and .gz of each) or input errors that name the file (and line) and the reason. One bad file or line
// never stops the others. Folders are walked lazily in sorted order; .ndjson files and standard input
// are streamed line by line (stream.ts), so memory does not grow with the input.

import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { identityFile } from "../normalize/article-id.ts";
import type { InputError } from "../types.ts";
import { formatOf, isInputError, parseBytes, type ReadResult } from "./parse.ts";
import { readFileStream, readStdin, STDIN } from "./stream.ts";

// The parsing half lives in parse.ts; these names are what callers have always imported from here.
export { formatOf, isInputError, parseBytes, type ReadArticle, type ReadResult } from "./parse.ts";

const KINDS = ".txt, .json, .ndjson, .html";

export interface ReadOptions {
  /** Called for files inside a folder that are not articles (unknown extension, hidden files). */
  onSkip?: (file: string, reason: string) => void;
  /** What "-" reads (standard input unless a test hands another stream). */
  stdin?: AsyncIterable<Uint8Array>;
}

/**
 * Expands files and folders (recursively, sorted by name, so the order is deterministic); "-" stands
 * for standard input. A folder's entries are listed one folder at a time, never the whole tree.
 */
export async function* listInputs(
  paths: string[],
  opts: ReadOptions = {},
): AsyncGenerator<string | InputError> {
  for (const p of paths) {
    if (p === "-") {
      yield p;
      continue;
    }
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
      if (found === 0) yield { file: p, reason: `no article files (${KINDS}) in this folder` };
    } else if (formatOf(p)) yield p;
    else
      yield {
        file: p,
        reason: `unsupported file type '${path.extname(p) || "(none)"}' (expected .txt, .json, .ndjson or .html, or .gz of one)`,
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

/** Reads one whole file into its articles (several for .ndjson and JSON arrays). */
export async function readPath(file: string): Promise<ReadResult[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    return [{ file, reason: fsReason(err) }];
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      return [{ file, reason: `invalid gzip data (${(err as Error).message})` }];
    }
  }
  return parseBytes(file, bytes);
}

/** All articles under the given files and folders (and "-": standard input), in a deterministic order. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  // One argument at a time (the order listInputs gives anyway), so that each file knows the argument
  // it was found under: its path relative to that is what identifies an untitled, url-less article.
  for (const root of paths) {
    for await (const item of listInputs([root], opts)) {
      if (typeof item !== "string") yield item;
      else if (item === "-") yield* readStdin(opts.stdin ?? process.stdin, STDIN);
      else {
        const identity = identityFile(root, item);
        for await (const r of readFileStream(item, formatOf(item) ?? "txt")) {
          yield isInputError(r) ? r : { ...r, identityFile: identity + r.file.slice(item.length) };
        }
      }
    }
  }
}
