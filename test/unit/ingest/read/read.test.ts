import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../../../src/ingest/read/decode.ts";
import { matchDate, splitSources } from "../../../../src/ingest/read/meta.ts";
import {
  isInputError,
  listInputs,
  parseBytes,
  type ReadResult,
  readInputs,
  readPath,
} from "../../../../src/ingest/read/read.ts";
import { tempDir } from "../../../temp-dir.ts";

const FIX = "test/fixtures/articles";
const enc = (s: string) => new TextEncoder().encode(s);

function articles(results: ReadResult[]) {
  return results.filter((r) => !isInputError(r)) as Exclude<ReadResult, { reason: string }>[];
}

describe("decodeBytes", () => {
  it("refuses an empty file", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ reason: "empty file" });
    expect(decodeBytes(enc(" \n\n "))).toEqual({ reason: "empty file (only white space)" });
  });

  it("refuses a binary file", () => {
    const r = decodeBytes(readFileSync(path.join(FIX, "binary.txt")));
    expect(r).toEqual({ reason: expect.stringContaining("binary file") });
  });

  it("refuses bytes full of control characters even without NULs", () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41 + (i % 20)));
    expect(decodeBytes(bytes)).toEqual({
      reason: expect.stringMatching(/^binary file \(\d+ control characters\)/),
    });
  });

  it("decodes a Latin-1 (windows-1252) file and says so", () => {
    const r = decodeBytes(readFileSync(path.join(FIX, "latin1.txt")));
    if ("reason" in r) throw new Error(r.reason);
    expect(r.encoding).toBe("windows-1252");
    expect(r.text).toContain("Gespräche über Größe und Übel");
    expect(r.text).toContain("„Wir müssen weiterreden“");
    expect(r.text).toContain("5 € pro Kopf");
    expect(r.warnings).toEqual(["not valid UTF-8; decoded as windows-1252 (Latin-1)"]);
  });

  it("keeps UTF-8 with a few damaged bytes as UTF-8", () => {
    const good = enc("Gespräche über Größe, Übel und Äpfel in Köln. ".repeat(3));
    const bytes = new Uint8Array([...good, 0xff, ...enc(" Ende")]);
    const r = decodeBytes(bytes);
    if ("reason" in r) throw new Error(r.reason);
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain("Gespräche über Größe");
    expect(r.warnings[0]).toMatch(/1 invalid UTF-8 byte/);
  });

  it("strips a UTF-8 BOM and reads UTF-16 with a BOM", () => {
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Übel")]));
    expect(bom).toMatchObject({ text: "Übel", encoding: "utf-8" });
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Gespräch", "utf16le")]);
    expect(decodeBytes(u16)).toMatchObject({ text: "Gespräch", encoding: "utf-16le" });
  });
});

describe("metadata shapes", () => {
  it("reads the date shapes of the seeds", () => {
    expect(matchDate("20. Dezember 2025, 7:13 Uhr Quelle: DIE ZEIT")?.value).toBe("2025-12-20T07:13");
    expect(matchDate("21.12.2025 21:54 Uhr")?.value).toBe("2025-12-21T21:54");
    expect(matchDate("Donnerstag, 18. Dezember 2025 | 05:41 Uhr")?.value).toBe("2025-12-18T05:41");
    expect(matchDate("2025-12-21")?.value).toBe("2025-12-21");
    expect(matchDate("2026-01-20T06:45:00+01:00")?.value).toBe("2026-01-20T06:45");
    expect(matchDate("3. März 2024")?.value).toBe("2024-03-03");
    expect(matchDate("32.13.2025")).toBeNull();
    expect(matchDate("Am Sonntag")).toBeNull();
  });

  it("splits credited outlets and expands abbreviations", () => {
    expect(splitSources("DIE ZEIT, dpa, AFP, ,")).toEqual(["DIE ZEIT", "dpa", "AFP"]);
    expect(splitSources("APA/AFP")).toEqual(["APA", "AFP"]);
    expect(splitSources("Tsp, AFP, dpa")).toEqual(["Tagesspiegel", "AFP", "dpa"]);
  });
});

describe("parseBytes", () => {
  it("reads a single JSON object with its metadata", () => {
    const [a] = parseBytes("x.json", readFileSync(path.join(FIX, "article.json")));
    expect(a).toMatchObject({
      file: "x.json",
      format: "json",
      meta: {
        url: "https://example.org/nachrichten/bahnstreik",
        title: "Bahnstreik legt Fernverkehr lahm",
        source: "Beispielzeitung",
        publishedAt: "2026-01-20T06:45",
      },
    });
    expect((a as { text: string }).text).toContain("Die Tür bleibt offen");
  });

  it("reads a JSON array, one article per element", () => {
    const r = parseBytes("arr.json", readFileSync(path.join(FIX, "articles.json")));
    expect(r.map((x) => x.file)).toEqual(["arr.json#1", "arr.json#2"]);
    expect(articles(r).map((a) => a.meta.title)).toEqual(["Erste Meldung", "Zweite Meldung"]);
  });

  it("reports a broken JSON file with the parser's reason", () => {
    const [e] = parseBytes("bad.json", enc('{"title": "x", '));
    expect(e).toEqual({ file: "bad.json", reason: expect.stringMatching(/^invalid JSON: /) });
  });

  it("reads .ndjson line by line: a bad line is an error naming file:line, the others still read", () => {
    const r = parseBytes("l.ndjson", readFileSync(path.join(FIX, "lines.ndjson")));
    expect(articles(r).map((a) => [a.file, a.meta.title])).toEqual([
      ["l.ndjson#1", "Zeile eins"],
      ["l.ndjson#4", "Zeile vier"],
    ]);
    const errors = r.filter(isInputError);
    expect(errors).toEqual([
      { file: "l.ndjson:2", reason: expect.stringMatching(/^invalid JSON line: /) },
      { file: "l.ndjson:5", reason: "field 'text' is missing" },
    ]);
  });

  it("reads HTML through Readability, with metadata from the meta tags and without chrome", () => {
    const [a] = parseBytes("p.html", readFileSync(path.join(FIX, "page.html")));
    if (!a || isInputError(a)) throw new Error("expected an article");
    expect(a.meta).toMatchObject({
      title: "Gemeinderat beschließt Haushalt",
      source: "Beispielbote",
      publishedAt: "2026-03-11T18:05",
      url: "https://beispielbote.example/gemeinderat-haushalt",
    });
    expect(a.text).toContain(
      "„Wir investieren in Schulen und Straßen, ohne neue Kredite aufzunehmen“, sagte Brandt",
    );
    // paragraphs stay apart
    expect(a.text).toMatch(/angekündigt|kündigte Kämmerer Lukas Brandt an\.\n\n„Wir investieren/);
    for (const junk of ["Zur Startseite", "Impressum", "console.debug", "Mira Lenz"])
      expect(a.text).not.toContain(junk);
  });
});

describe("files and folders", () => {
  it("walks folders recursively in sorted order, skips other files with a note and a README silently", async () => {
    const skipped: string[] = [];
    const found: string[] = [];
    for await (const x of listInputs([path.join(FIX, "mixed")], {
      onSkip: (f, why) => skipped.push(`${f}: ${why}`),
    })) {
      found.push(typeof x === "string" ? x : `ERR ${x.file}`);
    }
    expect(found).toEqual([path.join(FIX, "mixed/a.txt"), path.join(FIX, "mixed/nested/b.json")]);
    expect(skipped).toEqual([`${path.join(FIX, "mixed/notes.md")}: skipped: not an article file ('.md')`]);
  });

  it("names missing paths and unsupported files given explicitly", async () => {
    const out: ReadResult[] = [];
    for await (const x of readInputs([
      path.join(FIX, "does-not-exist.txt"),
      path.join(FIX, "mixed/notes.md"),
    ]))
      out.push(x);
    expect(out).toEqual([
      { file: path.join(FIX, "does-not-exist.txt"), reason: "no such file or directory" },
      {
        file: path.join(FIX, "mixed/notes.md"),
        reason: expect.stringContaining("unsupported file type '.md'"),
      },
    ]);
  });

  it("names a folder without any article files", async () => {
    const dir = tempDir("ng-empty-");
    writeFileSync(path.join(dir, "notes.md"), "# nichts");
    const out: ReadResult[] = [];
    for await (const x of readInputs([dir])) out.push(x);
    expect(out).toEqual([
      { file: dir, reason: "no article files (.txt, .json, .ndjson, .html) in this folder" },
    ]);
  });

  it("reads an empty file as an input error naming it", async () => {
    expect(await readPath(path.join(FIX, "empty.txt"))).toEqual([
      { file: path.join(FIX, "empty.txt"), reason: "empty file" },
    ]);
  });

  it("reads a Latin-1 file from disk", async () => {
    const dir = tempDir("ng-read-");
    const file = path.join(dir, "alt.txt");
    writeFileSync(file, Buffer.from("Straße in Köln\n", "latin1"));
    const [a] = await readPath(file);
    expect(a).toMatchObject({
      text: "Straße in Köln\n",
      warnings: [expect.stringContaining("windows-1252")],
    });
  });
});
