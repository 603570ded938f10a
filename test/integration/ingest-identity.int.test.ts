// The Write stage's article identity, number types and affiliation edges against a real Neo4j, with
// hand-made extractions: two files that share a headline stay two articles, an edited file or url
// replaces its own article and the report names the file, whole numbers are INTEGER, and one
// AFFILIATED_WITH per (person, organization, roleKind) keeps every spelling of the role.
import { beforeEach, describe, expect, it } from "vitest";
import { ingestExtractions } from "../../src/ingest/ingest.ts";
import type { Extraction } from "../../src/ingest/types.ts";
import { read, write } from "../../src/neo4j/run.ts";
import { articleA, articleB, makeExtraction, sha256 } from "../fixtures/write-extraction.ts";
import { resetDatabase } from "./support.ts";

function ingest(...items: Extraction[]) {
  return ingestExtractions(items, { concurrency: 1 });
}

/** Article A's headline (title, source, date) with another text from another file. */
function sameHeadlineAsA(file: string, quote: string): Extraction {
  const ex = makeExtraction({
    id: "art-aaaaaaaaaaaaaaaa",
    file,
    publishedAt: "2025-12-21",
    text: `Porto (tp) - Anna Muster sagte: «${quote}»`,
    statements: [{ text: quote, speaker: "anna-muster" }],
    entities: ["anna-muster"],
  });
  ex.article.title = articleA().article.title;
  return ex;
}

async function articles(): Promise<Array<{ id: string; file: string; statements: string[] }>> {
  return read(
    `MATCH (a:Article)
     OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
     WITH a, s ORDER BY s.start
     RETURN a.id AS id, a.file AS file, collect(s.text) AS statements ORDER BY file`,
  );
}

beforeEach(async () => {
  await resetDatabase();
});

describe("article identity", () => {
  it("two files without url that share title, source and date are two articles, named in the report", async () => {
    const other = sameHeadlineAsA("other.txt", "Wir reden weiter.");
    expect(other.article.id).toBe(articleA().article.id);
    const report = await ingest(articleA(), other);
    expect(report.articles).toEqual({ new: 2, unchanged: 0, updated: 0, failed: 0 });
    const stored = await articles();
    expect(stored.map((a) => a.file)).toEqual(["a.txt", "other.txt"]);
    expect(stored[1]?.statements).toEqual(["Wir reden weiter."]);
    expect(stored[0]?.statements).toEqual(["Die Gespräche in Porto waren gut."]);
    const second = report.ingested[1];
    expect(second?.articleId).not.toBe("art-aaaaaaaaaaaaaaaa");
    expect(second?.sameHeadline).toEqual([{ articleId: "art-aaaaaaaaaaaaaaaa", file: "a.txt" }]);
    // The second article's statements carry its own id.
    const ids = await read<{ id: string }>(
      "MATCH (s:Statement {text: 'Wir reden weiter.'}) RETURN s.id AS id, s.articleId AS articleId",
    );
    expect(ids[0]?.id.startsWith(`${second?.articleId}:`)).toBe(true);

    // Both again: unchanged, whichever of them took the headline id.
    const again = await ingest(articleA(), other);
    expect(again.articles).toEqual({ new: 0, unchanged: 2, updated: 0, failed: 0 });
    expect(again.ingested.map((i) => i.articleId)).toEqual(report.ingested.map((i) => i.articleId));
    expect(await articles()).toHaveLength(2);
  });

  it("an edited file (same name, any folder) is an update of its own article, also when it lost the headline id", async () => {
    await ingest(articleA(), sameHeadlineAsA("other.txt", "Wir reden weiter."));
    const report = await ingest(
      sameHeadlineAsA("kopie/other.txt", "Wir reden morgen weiter."),
      articleA("v2"),
    );
    expect(report.articles).toEqual({ new: 0, unchanged: 0, updated: 2, failed: 0 });
    expect(report.ingested.map((i) => i.replaced.map((r) => r.file))).toEqual([["other.txt"], ["a.txt"]]);
    const stored = await articles();
    expect(stored.map((a) => a.statements)).toEqual([
      ["Die Gespräche in Porto waren schwierig."],
      ["Wir reden morgen weiter."],
    ]);
  });

  it("an edited copy of an article with a url, from another file, updates it and names the file it replaced", async () => {
    const first = articleB();
    first.article.url = "https://example.test/b";
    const copy = articleB();
    copy.article.url = "https://example.test/b";
    copy.file = "download/b-2.txt";
    copy.article.text = `${copy.article.text} Nachtrag.`;
    copy.article.contentHash = sha256(copy.article.text);
    await ingest(first);
    const report = await ingest(copy);
    expect(report.articles.updated).toBe(1);
    expect(report.ingested[0]?.replaced).toEqual([{ articleId: "art-bbbbbbbbbbbbbbbb", file: "b.txt" }]);
    expect(await articles()).toMatchObject([{ id: "art-bbbbbbbbbbbbbbbb", file: "download/b-2.txt" }]);
  });
});

describe("number types", () => {
  it("writes offsets and counts as INTEGER and confidence as FLOAT", async () => {
    await ingest(articleA(), articleB());
    const [types] = await read<Record<string, string[]>>(
      `MATCH (s:Statement)-[r:REPORTED_IN]->(a:Article)
       MATCH (s)-[sb:SAID_BY]->()
       MATCH (a)-[m:MENTIONS]->()
       MATCH ()-[af:AFFILIATED_WITH]->()
       RETURN collect(DISTINCT valueType(s.start)) + collect(DISTINCT valueType(s.end)) AS statement,
         collect(DISTINCT valueType(r.start)) + collect(DISTINCT valueType(r.end)) AS reportedIn,
         collect(DISTINCT valueType(sb.start)) AS saidBy,
         collect(DISTINCT valueType(m.count)) AS mentionCount,
         collect(DISTINCT valueType(m.offsets)) AS mentionOffsets,
         collect(DISTINCT valueType(af.start)) AS affiliation,
         collect(DISTINCT valueType(s.confidence)) AS confidence,
         collect(DISTINCT valueType(a.writerVersion)) AS writerVersion`,
    );
    expect(types).toEqual({
      statement: ["INTEGER NOT NULL", "INTEGER NOT NULL"],
      reportedIn: ["INTEGER NOT NULL", "INTEGER NOT NULL"],
      saidBy: ["INTEGER NOT NULL"],
      mentionCount: ["INTEGER NOT NULL"],
      mentionOffsets: ["LIST<INTEGER NOT NULL> NOT NULL"],
      affiliation: ["INTEGER NOT NULL"],
      confidence: ["FLOAT NOT NULL"],
      writerVersion: ["INTEGER NOT NULL"],
    });
  });

  it("re-ingesting an unchanged article written by an older version rewrites its numbers as INTEGER", async () => {
    await ingest(articleA());
    // What version 1 left: FLOAT offsets, no writerVersion.
    await write(
      `MATCH (a:Article) REMOVE a.writerVersion
       WITH a MATCH (s:Statement {articleId: a.id}) SET s.start = toFloat(s.start), s.end = toFloat(s.end)`,
    );
    const report = await ingest(articleA());
    expect(report.articles).toEqual({ new: 0, unchanged: 0, updated: 1, failed: 0 });
    const [s] = await read<{ t: string }>("MATCH (s:Statement) RETURN valueType(s.start) AS t");
    expect(s?.t).toBe("INTEGER NOT NULL");
    expect((await ingest(articleA())).articles.unchanged).toBe(1);
  });
});

describe("AFFILIATED_WITH", () => {
  const spellings = (role: string) =>
    makeExtraction({
      id: "art-dddddddddddddddd",
      file: "d.txt",
      text: "Iwan Beispiel, Unterhändler Russlands, sprach mit Anna Muster.",
      statements: [],
      entities: ["iwan-beispiel", "russland", "anna-muster"],
      affiliations: [
        { person: "iwan-beispiel", organization: "russland", role: "Unterhändler", roleKind: "NEGOTIATOR" },
        { person: "iwan-beispiel", organization: "russland", role, roleKind: "NEGOTIATOR" },
        { person: "iwan-beispiel", organization: "russland", role: "Unterhändler", roleKind: "NEGOTIATOR" },
      ],
    });

  async function edges() {
    return read<{ role: string; roles: string[]; kind: string; ids: string[] }>(
      `MATCH (:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH]->(:Organization {id: 'russland'})
       RETURN r.role AS role, r.roles AS roles, r.roleKind AS kind, r.articleIds AS ids ORDER BY kind`,
    );
  }

  it("is one edge per (person, organization, roleKind) with every spelling of the role, across articles", async () => {
    await ingest(articleA(), spellings("Chefunterhändler"));
    expect(await edges()).toEqual([
      {
        role: "Unterhändler",
        roles: ["Unterhändler", "Chefunterhändler"],
        kind: "NEGOTIATOR",
        ids: ["art-aaaaaaaaaaaaaaaa", "art-dddddddddddddddd"],
      },
    ]);
    // An update takes its own spellings along and brings the new ones.
    const edited = spellings("Verhandlungsführer");
    edited.article.text = `${edited.article.text} `;
    edited.article.contentHash = sha256(edited.article.text);
    await ingest(edited);
    expect((await edges())[0]?.roles).toEqual(["Unterhändler", "Verhandlungsführer"]);
  });

  it("folds the one-edge-per-spelling edges of an older version into one", async () => {
    await ingest(articleA());
    await write(
      `MATCH (p:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH]->(o {id: 'russland'})
       REMOVE r.roles, r.roleSources
       CREATE (p)-[:AFFILIATED_WITH {roleKind: 'NEGOTIATOR', role: 'Unterhändlers', articleIds: ['art-old'],
         firstSeen: '2025-12-01', lastSeen: '2025-12-01'}]->(o)`,
    );
    await ingest(spellings("Chefunterhändler"));
    expect(await edges()).toEqual([
      {
        role: "Unterhändler",
        roles: ["Unterhändlers", "Unterhändler", "Chefunterhändler"],
        kind: "NEGOTIATOR",
        // The old edge had no evidence span, so the new article's becomes the edge's evidence (first).
        ids: ["art-dddddddddddddddd", "art-old", "art-aaaaaaaaaaaaaaaa"],
      },
    ]);
  });
});
