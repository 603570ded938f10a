// Read, streaming: bytes come in chunks (a file, a gzip member, standard input) and leave as articles,
// so no input is ever held whole in memory — an .ndjson file or a pipe of any size is read line by
// line. Single-article files (.txt, .json, .html) are read whole: one article is bounded.
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { InputError, InputFormat } from "../types.ts";
import { decodeBytes } from "./decode.ts";
import { fromObject, parseBytes, type ReadResult } from "./parse.ts";

/** How standard input is named in articles and messages ("<stdin>#3", "<stdin>:3"). */
export const STDIN = "<stdin>";

const NEWLINE = 0x0a;

/** Splits a byte stream into lines (without "\n"); a line may span any number of chunks. */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, nl);
      yield pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The bytes of a stream, gunzipped when they start with the gzip magic number (whatever the name
 * says, so a pipe of `.gz` data works too). Errors of the source or of the gzip data surface as
 * exceptions of the iteration, for the caller to name the file and line.
 */
export async function* decompressed(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = chunks[Symbol.asyncIterator]();
  let first = await it.next();
  // A chunk of one byte cannot show the magic number; a real stream never starts that short but a
  // test's might.
  while (!first.done && first.value.length < 2) {
    const next = await it.next();
    if (next.done) break;
    first = { done: false, value: Buffer.concat([first.value, next.value]) };
  }
  if (first.done) return;
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield first.value as Uint8Array;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
  }
  if (!isGzip(first.value)) {
    yield* rest();
    return;
  }
  const source = Readable.from(rest());
  const gunzip = createGunzip();
  source.on("error", (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  for await (const chunk of gunzip) yield chunk as Uint8Array;
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const c of chunks) parts.push(c);
  return Buffer.concat(parts);
}

function reasonOf(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  if (typeof code === "string" && code.startsWith("Z_")) {
    return `invalid gzip data (${err instanceof Error ? err.message : code})`;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * One file or stream holding one article (or a JSON array). HTML is decoded but not yet read: the
 * extraction reads the markup (pipeline.ts readMarkup), so that on a worker pool the costly DOM work
 * runs on the workers, and the article comes out the same as when read here.
 */
export function parseWhole(file: string, bytes: Uint8Array, format: InputFormat): ReadResult[] {
  if (format !== "html") return parseBytes(file, bytes, format);
  const decoded = decodeBytes(bytes);
  if ("reason" in decoded) return [{ file, reason: decoded.reason }];
  return [{ file, format, meta: {}, text: decoded.text, warnings: decoded.warnings }];
}

/** One JSON line → an article, or an error naming `file:line`. Blank lines give nothing. */
function parseLine(file: string, lineNo: number, bytes: Uint8Array): ReadResult | null {
  const where = `${file}:${lineNo}`;
  let blank = true;
  for (const b of bytes) {
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) {
      blank = false;
      break;
    }
  }
  if (blank) return null;
  const decoded = decodeBytes(bytes);
  if ("reason" in decoded) return { file: where, reason: decoded.reason };
  let data: unknown;
  try {
    data = JSON.parse(decoded.text);
  } catch (err) {
    return { file: where, reason: `invalid JSON line: ${(err as Error).message}` };
  }
  return fromObject(`${file}#${lineNo}`, "ndjson", data, decoded.warnings, where);
}

/**
 * JSON lines, streamed. UTF-16 (a BOM in front) cannot be split on the byte "\n", so such a file is
 * read whole; every other encoding is decoded line by line.
 */
export async function* readNdjson(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<ReadResult> {
  let lineNo = 0;
  let articles = 0;
  try {
    const bytes = decompressed(chunks);
    const first = await bytes.next();
    if (first.done) {
      yield { file, reason: "empty file" };
      return;
    }
    const head = first.value;
    async function* all(): AsyncGenerator<Uint8Array> {
      yield head;
      yield* bytes;
    }
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      yield* parseBytes(file, await collect(all()), "ndjson");
      return;
    }
    for await (const line of byteLines(all())) {
      lineNo++;
      const item = parseLine(file, lineNo, line);
      if (!item) continue;
      articles++;
      yield item;
    }
  } catch (err) {
    // The lines before are already out; say where reading stopped and why.
    const at = lineNo > 0 ? `${file}:${lineNo + 1}` : file;
    yield { file: at, reason: reasonOf(err) } satisfies InputError;
    return;
  }
  if (articles === 0) yield { file, reason: "empty file (no JSON lines)" };
}

/** A file's articles: .ndjson/.jsonl streamed line by line, the others read whole; `.gz` of each. */
export async function* readFileStream(file: string, format: InputFormat): AsyncGenerator<ReadResult> {
  if (format === "ndjson") {
    yield* readNdjson(file, createReadStream(file));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await collect(decompressed(createReadStream(file)));
  } catch (err) {
    yield { file, reason: reasonOf(err) };
    return;
  }
  if (bytes.length === 0) {
    yield { file, reason: "empty file" };
    return;
  }
  yield* parseWhole(file, bytes, format);
}

/**
 * Standard input: JSON lines when its first non-blank line is a JSON value on its own (streamed,
 * like an .ndjson file), else one article — JSON when it starts with "{" or "[", HTML with "<",
 * plain text otherwise. Gzip is recognized by its magic number.
 */
export async function* readStdin(
  input: AsyncIterable<Uint8Array> = process.stdin,
  file = STDIN,
): AsyncGenerator<ReadResult> {
  const lines = byteLines(decompressed(input));
  const head: Uint8Array[] = [];
  let isNdjson = false;
  try {
    // next() by hand: leaving a for-await early would close the stream this goes on reading.
    for (let n = await lines.next(); !n.done; n = await lines.next()) {
      head.push(n.value);
      const text = Buffer.from(n.value).toString("utf8").trim();
      if (!text) continue;
      try {
        JSON.parse(text);
        isNdjson = true;
      } catch {
        isNdjson = false;
      }
      break;
    }
  } catch (err) {
    yield { file, reason: reasonOf(err) };
    return;
  }
  async function* again(): AsyncGenerator<Uint8Array> {
    for (const l of head) yield Buffer.concat([l, Buffer.from([NEWLINE])]);
    for await (const l of lines) yield Buffer.concat([l, Buffer.from([NEWLINE])]);
  }
  if (isNdjson) {
    yield* readNdjson(file, again());
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await collect(again());
  } catch (err) {
    yield { file, reason: reasonOf(err) };
    return;
  }
  const start = Buffer.from(bytes).toString("utf8", 0, 64).trimStart();
  const format: InputFormat = /^[[{]/.test(start) ? "json" : start.startsWith("<") ? "html" : "txt";
  if (bytes.length === 0) {
    yield { file, reason: "empty input" };
    return;
  }
  yield* parseWhole(file, bytes, format);
}
