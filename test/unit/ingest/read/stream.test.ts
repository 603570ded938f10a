import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isInputError, listInputs, type ReadResult, readInputs } from "../../../../src/ingest/read/read.ts";
import { byteLines, readStdin } from "../../../../src/ingest/read/stream.ts";
import { tempDir } from "../../../temp-dir.ts";

const FIX = "test/fixtures/articles";
const enc = (s: string) => Buffer.from(s, "utf8");

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** What a reader produced, in a form that compares errors and articles alike. */
function shape(results: ReadResult[]) {
  return results.map((r) =>
    isInputError(r)
      ? `ERR ${r.file}: ${r.reason.split(":")[0]}`
      : `${r.file} ${r.meta.title ?? r.text.slice(0, 20)}`,
  );
}

const LINE = (title: string, text = "Ein Satz über den Rat.") => JSON.stringify({ title, text });

describe("byteLines", () => {
  it.each([1, 2, 3, 7, 1000])("splits lines however the bytes are chunked (chunks of %i)", async (size) => {
    const text = "eins\nzwei\n\nvier ä\nfünf ohne Zeilenende";
    const lines = (await all(byteLines(chunked(enc(text), size)))).map((l) => Buffer.from(l).toString());
    expect(lines).toEqual(["eins", "zwei", "", "vier ä", "fünf ohne Zeilenende"]);
  });
});

describe("streaming files", () => {
  it("reads .ndjson.gz like the same .ndjson, with the same names and line numbers", async () => {
    const dir = tempDir("ng-gz-");
    const plain = readFileSync(path.join(FIX, "lines.ndjson"));
    writeFileSync(path.join(dir, "l.ndjson"), plain);
    writeFileSync(path.join(dir, "l.ndjson.gz"), gzipSync(plain));
    const a = await all(readInputs([path.join(dir, "l.ndjson")]));
    const b = await all(readInputs([path.join(dir, "l.ndjson.gz")]));
    expect(shape(b)).toEqual(shape(a).map((s) => s.replace("l.ndjson", "l.ndjson.gz")));
    expect(shape(b)).toEqual([
      `${dir}/l.ndjson.gz#1 Zeile eins`,
      `ERR ${dir}/l.ndjson.gz:2: invalid JSON line`,
      `${dir}/l.ndjson.gz#4 Zeile vier`,
      `ERR ${dir}/l.ndjson.gz:5: field 'text' is missing`,
    ]);
  });

  it("reads .txt.gz, .json.gz and .html.gz as the article inside", async () => {
    const dir = tempDir("ng-gz1-");
    writeFileSync(path.join(dir, "a.txt.gz"), gzipSync(enc("Titel A\n\nDer Rat tagte.\n")));
    writeFileSync(path.join(dir, "b.json.gz"), gzipSync(enc(LINE("Titel B"))));
    writeFileSync(path.join(dir, "c.html.gz"), gzipSync(readFileSync(path.join(FIX, "page.html"))));
    const out = await all(readInputs([dir]));
    expect(out.map((r) => (isInputError(r) ? r.reason : [path.basename(r.file), r.format]))).toEqual([
      ["a.txt.gz", "txt"],
      ["b.json.gz", "json"],
      // markup is read by the extraction (on a worker when there are several)
      ["c.html.gz", "html"],
    ]);
    expect(await all(listInputs([dir]))).toHaveLength(3);
  });

  it("names the file and the line where gzip data breaks off, after the lines before it", async () => {
    const dir = tempDir("ng-gzbad-");
    const gz = gzipSync(enc(`${LINE("eins")}\n${LINE("zwei")}\n${"x".repeat(70_000)}\n${LINE("vier")}\n`));
    writeFileSync(path.join(dir, "cut.ndjson.gz"), gz.subarray(0, gz.length - 12));
    const out = await all(readInputs([path.join(dir, "cut.ndjson.gz")]));
    expect(out.at(-1)).toEqual({
      file: expect.stringMatching(/cut\.ndjson\.gz:\d+$/),
      reason: expect.stringMatching(/^invalid gzip data|unexpected end of file/),
    });
    expect(shape(out.slice(0, 2))).toEqual([`${dir}/cut.ndjson.gz#1 eins`, `${dir}/cut.ndjson.gz#2 zwei`]);
  });

  it("reads lines longer than a read chunk, and decodes a Latin-1 line with a warning", async () => {
    const dir = tempDir("ng-long-");
    const long = LINE("lang", `${"Der Rat tagte lange. ".repeat(20_000)}`);
    const latin = Buffer.from(LINE("Köln", "Straße in Köln."), "latin1");
    writeFileSync(path.join(dir, "x.jsonl"), Buffer.concat([enc(`${long}\n`), latin, enc("\n")]));
    const out = await all(readInputs([dir]));
    expect(out.map((r) => (isInputError(r) ? r.reason : [r.meta.title, r.text.length, r.warnings]))).toEqual([
      ["lang", 420_000, []],
      ["Köln", 15, [expect.stringContaining("windows-1252")]],
    ]);
  });
});

describe("standard input", () => {
  it("reads JSON lines when the first line is JSON, naming lines <stdin>#n and errors <stdin>:n", async () => {
    const input = enc(`\n${LINE("eins")}\nkaputt\n${LINE("drei")}\n`);
    const out = await all(readStdin(chunked(input, 5)));
    expect(shape(out)).toEqual(["<stdin>#2 eins", "ERR <stdin>:3: invalid JSON line", "<stdin>#4 drei"]);
  });

  it("reads gzip-compressed JSON lines", async () => {
    const out = await all(readStdin(chunked(gzipSync(enc(`${LINE("eins")}\n${LINE("zwei")}`)), 7)));
    expect(shape(out)).toEqual(["<stdin>#1 eins", "<stdin>#2 zwei"]);
  });

  it("reads one article otherwise: plain text, a JSON object over several lines, or HTML", async () => {
    const txt = await all(readStdin(chunked(enc("Titel\n\nDer Rat tagte am Montag.\n"), 4)));
    expect(txt).toMatchObject([
      { file: "<stdin>", format: "txt", text: "Titel\n\nDer Rat tagte am Montag.\n" },
    ]);
    const json = await all(readStdin(chunked(enc('{\n  "title": "T",\n  "text": "Der Rat."\n}\n'), 4)));
    expect(json).toMatchObject([{ file: "<stdin>", format: "json", meta: { title: "T" }, text: "Der Rat." }]);
    const html = await all(readStdin(chunked(readFileSync(path.join(FIX, "page.html")), 4096)));
    expect(html).toMatchObject([{ file: "<stdin>", format: "html" }]);
  });

  it("names empty input", async () => {
    expect(await all(readStdin(chunked(new Uint8Array(), 1)))).toEqual([
      { file: "<stdin>", reason: "empty input" },
    ]);
  });

  it("is what '-' reads among other paths", async () => {
    const out = await all(readInputs(["-"], { stdin: chunked(enc(`${LINE("eins")}\n`), 3) }));
    expect(shape(out)).toEqual(["<stdin>#1 eins"]);
  });
});
