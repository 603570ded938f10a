// The seed articles through the real front end, recognizer and attribute stage: the speaker traps of
// the sample corpus. Each trap is a sentence whose content names someone other than its speaker.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attribute } from "../../../../src/ingest/attribute/attribute.ts";
import { prepareArticle } from "../../../../src/ingest/pipeline.ts";
import { isInputError, readPath } from "../../../../src/ingest/read/read.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { Statement } from "../../../../src/ingest/types.ts";

const SEEDS = path.join(import.meta.dirname, "../../../../data/articles");
const byPrefix = new Map<string, Statement[]>();

beforeAll(async () => {
  for (const f of [
    "000_afb17c7aae4cb7af.txt",
    "001_84b75070b8c22cdc.txt",
    "002_047551f3861a38ba.txt",
    "003_2168dff70e21157d.txt",
    "004_1d2aa25a484ef319.txt",
  ]) {
    const [raw] = await readPath(path.join(SEEDS, f));
    if (!raw || isInputError(raw)) throw new Error(`cannot read ${f}`);
    const doc = prepareArticle(raw);
    byPrefix.set(f.slice(0, 3), attribute(doc, recognize(doc)));
  }
});

function containing(prefix: string, words: string): Statement[] {
  const fold = (s: string) => s.replace(/[„“”"«»]/g, '"').replace(/\s+/g, " ");
  return (byPrefix.get(prefix) ?? []).filter((s) => fold(s.text).includes(fold(words)));
}

function speakerOf(prefix: string, words: string): string[] {
  const hits = containing(prefix, words);
  expect(hits.length, `a statement in ${prefix} containing "${words}"`).toBeGreaterThan(0);
  return hits.map((s) => s.speaker.name ?? "");
}

describe("attribute on the seeds: the subject of the reported clause is not the speaker", () => {
  it("gives the advisor's quote to Dmitrijew, not to Putin named in the description", () => {
    const names = speakerOf("002", "Die Diskussionen werden konstruktiv geführt");
    expect(names.every((n) => n.includes("Dmitrijew"))).toBe(true);
    const s = containing("002", "Die Diskussionen werden konstruktiv geführt")[0]!;
    expect(s.speaker.mention?.text).toBe("der Berater von Kremlchef Wladimir Putin");
    expect(s.via?.name).toMatch(/Tass/);
  });

  it("gives Witkoff's sentence about Dmitrijew to Witkoff", () => {
    const names = speakerOf("003", "Die Gespräche mit dem russischen Unterhändler Kirill Dmitrijew seien");
    expect(names.every((n) => n.includes("Witkoff"))).toBe(true);
  });

  it("gives Politico's continuation to Politico, not to the Putin adviser it names", () => {
    const names = speakerOf(
      "004",
      "Auf russischer Seite werde der Putin-Berater Kirill Dmitrijew vertreten sein",
    );
    expect(names.some((n) => n.includes("Dmitrijew"))).toBe(false);
    expect(names.every((n) => n.includes("Politico"))).toBe(true);
  });

  it("gives 'Selenskyj sei bereit' to Merz, Rutte's praise of Trump to Rutte, Peskow's report on Putin to Peskow", () => {
    expect(speakerOf("000", "Selenskyj sei bereit").every((n) => n.includes("Merz"))).toBe(true);
    const rutte = containing("002", "Trump ist in dieser Frage absolut engagiert");
    expect(rutte.map((s) => s.speaker.name).every((n) => n?.includes("Rutte"))).toBe(true);
    expect(rutte[0]!.via?.name).toBe("Bild am Sonntag");
    expect(speakerOf("002", "Putin habe seine Bereitschaft").every((n) => /Pe(s)?kow/.test(n))).toBe(true);
  });

  it("resolves 'der russische Unterhändler', 'der ukrainische Staatschef' and 'der Kreml-Chef'", () => {
    expect(speakerOf("003", "Danke, Miami").every((n) => n.includes("Dmitrijew"))).toBe(true);
    expect(speakerOf("003", "die USA müssten ihren Druck").every((n) => n.includes("Selenskyj"))).toBe(true);
    expect(speakerOf("004", "mit militärischen Mitteln").every((n) => n.includes("Putin"))).toBe(true);
  });

  it("lets the Kremlin speak and keeps quoted titles out of the statements", () => {
    expect(speakerOf("003", "Aufgabe in Miami sei es lediglich").every((n) => n.includes("Kreml"))).toBe(
      true,
    );
    expect(byPrefix.get("002")!.filter((s) => s.text.replace(/[«»]/g, "") === "Bild am Sonntag")).toEqual([]);
    expect(byPrefix.get("003")!.filter((s) => s.text.replace(/[„“]/g, "") === "Wall Street Journal")).toEqual(
      [],
    );
  });
});
