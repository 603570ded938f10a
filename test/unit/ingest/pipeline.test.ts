import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ArticleInputError,
  extractArticle,
  isInputError,
  readAndExtract,
  tryExtractArticle,
} from "../../../src/ingest/pipeline.ts";
import type { Extraction, InputError } from "../../../src/ingest/types.ts";
import { tempDir } from "../../temp-dir.ts";

const FIX = "test/fixtures/articles";

async function collect(paths: string[]): Promise<(Extraction | InputError)[]> {
  const out: (Extraction | InputError)[] = [];
  for await (const x of readAndExtract(paths)) out.push(x);
  return out;
}

describe("extractArticle", () => {
  it("returns the Extraction shape with the cleaned text every offset points into", () => {
    const file = "data/articles/002_047551f3861a38ba.txt";
    const x = extractArticle({ file, format: "txt", meta: {}, text: readFileSync(file, "utf8") });
    expect(x.file).toBe(file);
    expect(x.article).toMatchObject({
      title: null,
      source: "dpa",
      sources: ["dpa"],
      publishedAt: "2025-12-21",
      url: null,
    });
    expect(x.article.id).toMatch(/^art-[0-9a-f]{16}$/);
    expect(x.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(x.article.text.startsWith("Der russische Angriffskrieg")).toBe(true);
    expect(Array.isArray(x.statements) && Array.isArray(x.entities) && Array.isArray(x.meetings)).toBe(true);
    for (const s of x.statements) expect(x.article.text.slice(s.start, s.end)).toBe(s.text);
    expect(x.warnings).toEqual([]);
  });

  it("throws ArticleInputError naming the file for an article that is only boilerplate", () => {
    expect(() =>
      extractArticle({ file: "leer.txt", format: "txt", meta: {}, text: "Zur Startseite\n" }),
    ).toThrow(ArticleInputError);
    expect(
      tryExtractArticle({ file: "leer.txt", format: "txt", meta: {}, text: "Zur Startseite\n" }),
    ).toEqual({
      file: "leer.txt",
      reason: "no article text left after removing boilerplate and metadata",
    });
  });

  it("accepts HTML markup handed over in memory (format html), as the GraphQL ingest does", () => {
    const html = readFileSync(path.join(FIX, "page.html"), "utf8");
    const x = extractArticle({
      file: "api#1",
      format: "html",
      meta: { source: "Eigene Quelle" },
      text: html,
    });
    expect(x.article).toMatchObject({
      title: "Gemeinderat beschließt Haushalt",
      source: "Eigene Quelle",
      publishedAt: "2026-03-11T18:05",
    });
    expect(x.article.text.startsWith("Der Gemeinderat hat am Mittwochabend den Haushalt")).toBe(true);
    expect(x.article.text).not.toMatch(/<\/?p>|Impressum/);
  });

  it("is deterministic", () => {
    const file = "data/articles/003_2168dff70e21157d.txt";
    const raw = { file, format: "txt" as const, meta: {}, text: readFileSync(file, "utf8") };
    expect(JSON.stringify(extractArticle(raw))).toBe(JSON.stringify(extractArticle(raw)));
  });
});

describe("readAndExtract", () => {
  it("reads an undated article against the latest date earlier in its batch, not alone", async () => {
    const dir = tempDir("ng-batch-");
    writeFileSync(
      path.join(dir, "a.txt"),
      "Gespräche in Genf\n\ndate 2026-03-16\n\nDie Unterhändler trafen sich am Wochenende in Genf.\n",
    );
    writeFileSync(
      path.join(dir, "b.txt"),
      "Nachlese\n\nAm Wochenende hatten die Unterhändler in Genf verhandelt.\n",
    );
    const batch = (await collect([dir])) as Extraction[];
    expect(batch[1]!.article.publishedAt).toBeNull();
    expect(batch[1]!.meetings.map((m) => m.id)).toEqual(["meeting-genf-2026-03"]);
    const alone = (await collect([path.join(dir, "b.txt")])) as Extraction[];
    expect(alone[0]!.meetings).toEqual([]);
  });

  it("reads the sample corpus in file order", async () => {
    const all = await collect(["data/articles"]);
    expect(all.map((x) => path.basename(x.file))).toEqual([
      "000_afb17c7aae4cb7af.txt",
      "001_84b75070b8c22cdc.txt",
      "002_047551f3861a38ba.txt",
      "003_2168dff70e21157d.txt",
      "004_1d2aa25a484ef319.txt",
    ]);
    expect(all.every((x) => !isInputError(x))).toBe(true);
    const ids = all.map((x) => (x as Extraction).article.id);
    expect(new Set(ids).size).toBe(5);
  });

  it("reports every bad input by file and reason and still extracts all the others", async () => {
    const all = await collect([FIX]);
    const errors = all.filter(isInputError).map((e) => [path.relative(FIX, e.file), e.reason]);
    expect(errors).toEqual([
      ["binary.txt", "binary file (contains NUL bytes), not a text article"],
      ["empty.txt", "empty file"],
      ["lines.ndjson:2", expect.stringMatching(/^invalid JSON line: /)],
      ["lines.ndjson:5", "field 'text' is missing"],
    ]);
    const ok = all.filter((x): x is Extraction => !isInputError(x));
    const byName = new Map(ok.map((x) => [path.relative(FIX, x.file), x]));
    expect([...byName.keys()]).toEqual([
      "abbreviations.txt",
      "article.json",
      "articles.json#1",
      "articles.json#2",
      "boilerplate.txt",
      "latin1.txt",
      "lines.ndjson#1",
      "lines.ndjson#4",
      "mixed/a.txt",
      "mixed/nested/b.json",
      "mojibake-cp1252.txt",
      "no-date.txt",
      "page.html",
      "spkatt-shape.txt",
      "unterminated.txt",
    ]);
    expect(byName.get("latin1.txt")!.article.text).toContain("Gespräche in Köln");
    expect(byName.get("mojibake-cp1252.txt")!.article.text).toContain("Gespräche in Köln");
    expect(byName.get("no-date.txt")!.article.publishedAt).toBeNull();
    expect(byName.get("no-date.txt")!.warnings).toContain(
      "no publication date found; relative dates cannot be resolved",
    );
    expect(byName.get("unterminated.txt")!.article.text).toContain(
      "„Wir werden den Bau nicht weiter verzögern.",
    );
  });

  it("extracts a 5 MB article", async () => {
    const dir = tempDir("ng-big-");
    const seed = readFileSync("data/articles/000_afb17c7aae4cb7af.txt", "utf8");
    let text = "";
    while (text.length < 5_000_000) text += `${seed}\n\n`;
    writeFileSync(path.join(dir, "gross.txt"), text);
    const [x] = await collect([dir]);
    if (!x || isInputError(x)) throw new Error(`expected an extraction, got ${JSON.stringify(x)}`);
    expect(x.article.text.length).toBeGreaterThan(4_500_000);
    expect(x.article.publishedAt).toBe("2025-12-20T07:13");
    expect(x.article.text).not.toContain("Kappeler");
    // Generous: the machine is shared; speed is measured by `npm run bench:extract`, not here.
  }, 180_000);

  it("turns a crash inside a stage into an error for that article only", () => {
    const bad = { file: "kaputt.txt", format: "txt" as const, meta: {}, text: "Ein Satz." };
    Object.defineProperty(bad, "text", {
      get() {
        throw new Error("disk on fire");
      },
    });
    expect(tryExtractArticle(bad)).toEqual({ file: "kaputt.txt", reason: "extraction failed: disk on fire" });
  });
});
