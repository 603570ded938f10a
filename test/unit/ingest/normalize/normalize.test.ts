import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alternateArticleId } from "../../../../src/ingest/normalize/article-id.ts";
import { normalize } from "../../../../src/ingest/normalize/normalize.ts";
import { isInputError } from "../../../../src/ingest/read/read.ts";
import type { NormalizedArticle, RawArticle } from "../../../../src/ingest/types.ts";

const SEEDS = "data/articles";
const FIX = "test/fixtures/articles";

function norm(text: string, meta: RawArticle["meta"] = {}, file = "t.txt"): NormalizedArticle {
  const r = normalize({ file, format: "txt", meta, text });
  if (isInputError(r)) throw new Error(r.reason);
  return r;
}

const seed = (prefix: string) => {
  const name = [
    "000_afb17c7aae4cb7af",
    "001_84b75070b8c22cdc",
    "002_047551f3861a38ba",
    "003_2168dff70e21157d",
    "004_1d2aa25a484ef319",
  ].find((n) => n.startsWith(prefix))!;
  const file = path.join(SEEDS, `${name}.txt`);
  return norm(readFileSync(file, "utf8"), {}, file);
};

describe("normalize: the seed articles", () => {
  it("000: date line with time and sources, duplicated caption and photo credit dropped", () => {
    const a = seed("000");
    expect(a.meta).toEqual({
      title: "Ukraine-Verhandlungen: Gespräche zur Ukraine werden in Miami mit Russland fortgeführt",
      source: "DIE ZEIT",
      sources: ["DIE ZEIT", "dpa", "AFP"],
      publishedAt: "2025-12-20T07:13",
      url: null,
      dateline: null,
    });
    expect(a.text.startsWith("Ukraine-Verhandlungen: Gespräche zur Ukraine")).toBe(true);
    const caption =
      "Steve Witkoff, Sondergesandter der Vereinigten Staaten, kommt zu den vergangenen Gesprächen in Berlin an.";
    expect(a.text.split(caption).length - 1).toBe(1);
    for (const junk of [
      "Kappeler",
      "©",
      "vor 2 Stunden",
      "Quelle:",
      "20. Dezember 2025, 7:13",
      "Gesamten Artikel lesen",
    ]) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text.endsWith('schimpfte über "europäische Ferkel".')).toBe(true);
    expect(a.warnings).toEqual([]);
  });

  it("001: 'Stand:' line gives date and time; single-newline paragraphs stay single newlines", () => {
    const a = seed("001");
    expect(a.meta.publishedAt).toBe("2025-12-21T21:54");
    expect(a.meta.title).toBeNull();
    expect(a.text).not.toContain("Stand:");
    expect(a.text.startsWith("Die Ukraine-Gespräche in Miami sind laut US-Sondergesandtem Witkoff")).toBe(
      true,
    );
    expect(a.text).toContain(
      "Anschließend solle er dem Kreml Bericht erstatten.\nSelenskyj fordert mehr Druck auf Russland\nDer ukrainische",
    );
    expect(a.text.endsWith("geben könne.")).toBe(true);
  });

  it("002: 'date' prefix on the same line as the teaser, dateline 'Miami (dpa) -' moved to meta", () => {
    const a = seed("002");
    expect(a.meta).toMatchObject({
      publishedAt: "2025-12-21",
      dateline: "Miami",
      source: "dpa",
      sources: ["dpa"],
    });
    expect(
      a.text.startsWith("Der russische Angriffskrieg in der Ukraine dauert seit fast vier Jahren an."),
    ).toBe(true);
    expect(a.text).not.toContain("date 2025");
    expect(a.text).not.toContain("(dpa) -");
    expect(a.text).toContain("\n\nDie Gespräche in den USA über eine Friedenslösung");
    expect(a.text).toContain(
      "«Die Diskussionen werden konstruktiv geführt», sagte der Berater von Kremlchef Wladimir Putin",
    );
  });

  it("003: consent blocks, photo credit, 'Update', 'Stand:', paywall debris and agency credit removed", () => {
    const a = seed("003");
    expect(a.meta).toMatchObject({
      title: "Ukraine-Gespräche in Miami: Witkoff lobt Russland – Selenskyj zeigt sich ernüchtert",
      source: "Tagesspiegel",
      sources: ["Tagesspiegel", "AFP", "dpa"],
      publishedAt: null,
    });
    for (const junk of [
      "zum Hauptinhalt",
      "Empfohlener redaktioneller Inhalt",
      "An dieser Stelle finden Sie",
      "Ich bin damit einverstanden",
      "Datenschutz-Einstellungen",
      "Prokofyev",
      "©",
      "Update",
      "Stand:",
      "Zur Startseite",
      "showPaywall",
      "isSubscriber",
      "console.debug",
      "(Tsp, AFP, dpa)",
    ]) {
      expect(a.text, junk).not.toContain(junk);
    }
    expect(a.text).toContain("„Danke, Miami. Nächstes Mal: Moskau.“");
    expect(a.text.endsWith("sondern lediglich ein Gefangenenaustausch vereinbart.")).toBe(true);
    expect(a.warnings).toEqual(["no publication date found; relative dates cannot be resolved"]);
  });

  it("004: breadcrumb, weekday date line, credit chain and 'Von:' line", () => {
    const a = seed("004");
    expect(a.meta).toMatchObject({
      title: "Ukraine – USA und Russland verhandeln am Wochenende in Miami",
      publishedAt: "2025-12-18T05:41",
      source: "APA",
      sources: ["APA", "AFP"],
    });
    for (const junk of ["Aktuelle Seite", "Home >", "KORMILITSYNA", "Von: APA", "Donnerstag, 18. Dezember"]) {
      expect(a.text).not.toContain(junk);
    }
    expect(a.text.startsWith("Ukraine – USA und Russland verhandeln am Wochenende in Miami\n\n")).toBe(true);
  });

  it("gives each article a stable id and a content hash of its text", () => {
    const a = seed("000");
    const b = seed("000");
    expect(a.id).toMatch(/^art-[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // same title/source/date, edited text: same id, new hash
    const edited = norm(
      `${readFileSync(path.join(SEEDS, "000_afb17c7aae4cb7af.txt"), "utf8")}\n\nEin neuer Absatz.`,
    );
    expect(edited.id).toBe(a.id);
    expect(edited.contentHash).not.toBe(a.contentHash);
    // without a title the text is the identity
    expect(seed("001").id).not.toBe(norm(`${seed("001").text} Nachtrag.`).id);
    // a url wins over everything
    expect(norm("Text.", { url: "https://x.example/a" }).id).toBe(
      norm("Anderer Text.", { url: "https://x.example/a" }).id,
    );
  });
});

describe("normalize: bad and odd input", () => {
  it("removes the boilerplate of the fixture and keeps the article", () => {
    const a = norm(readFileSync(path.join(FIX, "boilerplate.txt"), "utf8"));
    expect(a.meta).toMatchObject({
      title: "Hafen – Reederei plant neue Route nach Danzig",
      publishedAt: "2026-01-14T09:30",
      sources: ["dpa", "Reuters"],
      dateline: "Hamburg",
    });
    expect(a.text).toBe(
      [
        "Die Bürgermeisterin Anna Berger (links) besichtigt den Containerterminal.",
        "Hafen – Reederei plant neue Route nach Danzig",
        "Die Reederei Nordlicht will ab dem Frühjahr eine direkte Verbindung nach Danzig anbieten. „Wir sehen dort eine wachsende Nachfrage“, sagte Geschäftsführer Peter Lindqvist am Dienstag.",
        "Die Hafenbehörde begrüßte die Pläne. Der Senat prüft laut einem Sprecher zusätzliche Liegeplätze.",
      ].join("\n\n"),
    );
  });

  it("repairs a mojibake file and says so", () => {
    const a = norm(readFileSync(path.join(FIX, "mojibake-cp1252.txt"), "utf8"));
    expect(a.meta.title).toBe("Gespräche über Größe und Übel");
    expect(a.text).toContain("„Wir müssen weiterreden“, sagte die Bürgermeisterin – und fügte hinzu");
    expect(a.text).toContain("5 € pro Kopf");
    expect(a.warnings[0]).toMatch(
      /^repaired \d+ mojibake sequence\(s\) \(UTF-8 that had been read as windows-1252\)$/,
    );
  });

  it("repairs 'GesprĂ€che' mojibake and leaves correct text alone", () => {
    expect(norm("Die GesprĂ€che in KĂ¶ln gehen weiter.").text).toBe("Die Gespräche in Köln gehen weiter.");
    const ok = norm("Mit „Gruß“ aus Köln. Die «Straße» bleibt zu.");
    expect(ok.text).toBe("Mit „Gruß“ aus Köln. Die «Straße» bleibt zu.");
    expect(ok.warnings.some((w) => w.includes("mojibake"))).toBe(false);
  });

  it("warns about an article without a date and still normalizes it", () => {
    const a = norm(readFileSync(path.join(FIX, "no-date.txt"), "utf8"));
    expect(a.meta.publishedAt).toBeNull();
    expect(a.meta.title).toBe("Stadtrat vertagt Entscheidung über Radwege");
    expect(a.warnings).toEqual(["no publication date found; relative dates cannot be resolved"]);
  });

  it("applies NFC and tidies white space but keeps paragraph breaks", () => {
    const a = norm(
      "Ko\u0308ln\u00a0 und  Mu\u0308nchen \n\n\n\n  Zweiter\u200b Absatz.\nDritter Absatz.  \n",
    );
    expect(a.text).toBe("Köln und München\n\nZweiter Absatz.\nDritter Absatz.");
  });

  it("keeps a text that needs no cleaning exactly as read, so offsets match the file", () => {
    const text = "Der Minister besuchte die Werft .\n Er sagte , die Aufträge seien gesichert .\n";
    expect(norm(text).text).toBe(text);
    // one line of boilerplate is enough to rebuild the text from its clean lines
    expect(norm(`${text}Zur Startseite\n`).text).toBe(
      "Der Minister besuchte die Werft .\nEr sagte , die Aufträge seien gesichert .",
    );
  });

  it("does not mistake sentences for metadata", () => {
    const text = [
      "Von Miami nach Moskau",
      "",
      "Quellen zufolge wurde in Miami verhandelt. Stand der Dinge ist unklar.",
      "Material für den Bau fehlt, sagte der Sprecher (CDU)",
      "CDU/CSU",
    ].join("\n");
    const a = norm(text);
    expect(a.text).toBe(text);
    expect(a.meta.title).toBe("Von Miami nach Moskau");
    expect(a.meta.sources).toEqual([]);
  });

  it("drops share buttons and paywall notes and reads 'Veröffentlicht am … um … Uhr'", () => {
    const a = norm(
      [
        "Neue Brücke eröffnet",
        "Veröffentlicht am 03.04.2026 um 11:20 Uhr",
        "Facebook",
        "WhatsApp",
        "E-Mail",
        "Die neue Brücke über den Fluss ist seit Freitag für den Verkehr freigegeben.",
        "Lesen Sie auch: Wie die Stadt ihre Brücken saniert",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Jetzt weiterlesen mit Z+",
      ].join("\n"),
    );
    expect(a.meta.publishedAt).toBe("2026-04-03T11:20");
    expect(a.text).toBe(
      "Neue Brücke eröffnet\n\nDie neue Brücke über den Fluss ist seit Freitag für den Verkehr freigegeben.",
    );
  });

  it("reports an article that is only boilerplate", () => {
    const r = normalize({
      file: "x.txt",
      format: "txt",
      meta: {},
      text: "zum Hauptinhalt\n\nZur Startseite\n© dpa\n",
    });
    expect(r).toEqual({
      file: "x.txt",
      reason: "no article text left after removing boilerplate and metadata",
    });
  });

  it("keeps metadata given by the source over what the text suggests", () => {
    const a = norm("Stand: 01.02.2026 10:00 Uhr\nEin Satz.", {
      title: "Gegeben",
      publishedAt: "2026-02-02",
      source: "X-Zeitung",
    });
    expect(a.meta).toMatchObject({
      title: "Gegeben",
      publishedAt: "2026-02-02",
      source: "X-Zeitung",
      sources: ["X-Zeitung"],
    });
    expect(a.text).toBe("Ein Satz.");
  });
});

describe("normalize: alternate article id", () => {
  it("differs per text and from the headline id, and is stable", () => {
    const id = "art-0123456789abcdef";
    expect(alternateArticleId(id, "h1")).toMatch(/^art-[0-9a-f]{16}$/);
    expect(alternateArticleId(id, "h1")).toBe(alternateArticleId(id, "h1"));
    expect(alternateArticleId(id, "h1")).not.toBe(alternateArticleId(id, "h2"));
    expect(alternateArticleId(id, "h1")).not.toBe(id);
  });
});
