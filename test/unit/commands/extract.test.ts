import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { formatText } from "../../../src/commands/extract.ts";
import type { Extraction } from "../../../src/ingest/types.ts";

const run = promisify(execFile);

/** Runs the real `newsgraph extract` command and returns its exit code and output. */
async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["bin/newsgraph.js", "extract", ...args], {
      maxBuffer: 1 << 28,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("newsgraph extract", () => {
  it("prints one JSON object per article per line, in the shape the evaluation reads", async () => {
    const { code, stdout, stderr } = await extract("--format", "json", "data/articles");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    const docs = lines.map((l) => JSON.parse(l) as Extraction);
    expect(docs.map((d) => d.file)).toEqual([
      "data/articles/000_afb17c7aae4cb7af.txt",
      "data/articles/001_84b75070b8c22cdc.txt",
      "data/articles/002_047551f3861a38ba.txt",
      "data/articles/003_2168dff70e21157d.txt",
      "data/articles/004_1d2aa25a484ef319.txt",
    ]);
    for (const d of docs) {
      expect(Object.keys(d.article).sort()).toEqual(
        ["contentHash", "id", "publishedAt", "source", "sources", "text", "title", "url"].sort(),
      );
      expect(Array.isArray(d.statements)).toBe(true);
      for (const s of d.statements) expect(d.article.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(docs[0]!.article).toMatchObject({
      publishedAt: "2025-12-20T07:13",
      sources: ["DIE ZEIT", "dpa", "AFP"],
    });
    expect(docs[3]!.article.text).not.toContain("Empfohlener redaktioneller Inhalt");
  }, 60_000);

  it("reports bad inputs on stderr by file and reason, exits 1, and still prints the good articles", async () => {
    const fix = "test/fixtures/articles";
    const { code, stdout, stderr } = await extract(
      "--format=json",
      path.join(fix, "empty.txt"),
      path.join(fix, "binary.txt"),
      path.join(fix, "lines.ndjson"),
      path.join(fix, "no-date.txt"),
    );
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      `newsgraph extract: ${fix}/empty.txt: empty file`,
      `newsgraph extract: ${fix}/binary.txt: binary file (contains NUL bytes), not a text article`,
      expect.stringMatching(new RegExp(`^newsgraph extract: ${fix}/lines.ndjson:2: invalid JSON line: `)),
      `newsgraph extract: ${fix}/lines.ndjson:5: field 'text' is missing`,
    ]);
    const titles = stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as Extraction).article.title);
    expect(titles).toEqual(["Zeile eins", "Zeile vier", "Stadtrat vertagt Entscheidung über Radwege"]);
  }, 60_000);

  it("prints a readable report with --format text", async () => {
    const { code, stdout } = await extract("--format", "text", "data/articles/004_1d2aa25a484ef319.txt");
    expect(code).toBe(0);
    expect(stdout).toContain("═══ Ukraine – USA und Russland verhandeln am Wochenende in Miami");
    expect(stdout).toContain("source:    APA, AFP");
    expect(stdout).toContain("published: 2025-12-18T05:41");
    expect(stdout).toMatch(/Statements \(\d+\)/);
  }, 60_000);

  it("rejects bad usage with exit code 2", async () => {
    expect((await extract()).code).toBe(2);
    const bad = await extract("--format", "xml", "data/articles");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--format must be json or text, not 'xml'");
  }, 60_000);
});

describe("formatText", () => {
  it("shows statements with speaker, cue, channel and topics", () => {
    const x: Extraction = {
      file: "a.txt",
      article: {
        id: "art-1",
        title: "Titel",
        source: "dpa",
        sources: ["dpa"],
        publishedAt: "2026-01-01",
        url: null,
        contentHash: "h",
        text: "„Wir sind bereit“, sagte Anna Berger.",
      },
      statements: [
        {
          id: "art-1:0-17",
          kind: "DIRECT",
          text: "„Wir sind bereit“",
          start: 0,
          end: 17,
          cue: { text: "sagte", start: 19, end: 24 },
          speaker: {
            id: "anna-berger",
            name: "Anna Berger",
            type: "PERSON",
            mention: { text: "Anna Berger", start: 25, end: 36 },
          },
          via: { id: "tass", name: "Tass", type: "ORGANIZATION" },
          about: [{ type: "PLACE", id: "miami", name: "Miami", via: "CONTEXT" }],
          confidence: 0.9,
          rule: "direct:quote+cue-after",
          saidOn: null,
        },
      ],
      entities: [],
      meetings: [],
      warnings: ["no publication date found; relative dates cannot be resolved"],
    };
    const out = formatText(x);
    expect(out).toContain("DIRECT   Anna Berger [person] — cue „sagte“ via Tass");
    expect(out).toContain("about: Miami (context)");
    expect(out).toContain("warning:   no publication date found");
  });
});
