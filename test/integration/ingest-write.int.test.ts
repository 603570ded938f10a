// The Write stage against a real Neo4j, with hand-made extractions (test/fixtures/write-extraction.ts)
// so that every node and edge is known: labels and properties per docs/graph-model.md, idempotent
// re-ingest, an updated article replacing only its own facts, and a failure mid-article leaving none
// of that article behind while the others commit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestExtractions } from "../../src/ingest/ingest.ts";
import type { Extraction } from "../../src/ingest/types.ts";
import { setWriteFault } from "../../src/ingest/write/write.ts";
import { read } from "../../src/neo4j/run.ts";
import { articleA, articleB, articleC } from "../fixtures/write-extraction.ts";
import { resetDatabase } from "./support.ts";

async function counts(): Promise<{ nodes: number; rels: number }> {
  const [row] = await read<{ nodes: number; rels: number }>(
    "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels",
  );
  return row ?? { nodes: -1, rels: -1 };
}

/** Every node and edge as sorted text, to prove that something else was not touched. */
async function snapshot(): Promise<string[]> {
  const nodes = await read<{ line: string }>(
    `MATCH (n)
     RETURN reduce(s = '', l IN labels(n) | s + ':' + l) + ' ' + n.id + ' ' + coalesce(toString(n.name), '-') + ' ' +
       reduce(s = '', x IN coalesce(n.articleIds, []) | s + x + ',') + ' ' + coalesce(toString(n.start), '-') + ' ' + coalesce(toString(n.end), '-') AS line
     ORDER BY line`,
  );
  const rels = await read<{ line: string }>(
    "MATCH (a)-[r]->(b) RETURN a.id + ' -' + type(r) + '-> ' + b.id + ' ' + reduce(s = '', x IN coalesce(r.articleIds, []) | s + x + ',') + ' ' + coalesce(toString(r.count), '-') AS line ORDER BY line",
  );
  return [...nodes.map((r) => r.line), ...rels.map((r) => r.line)];
}

// One after another, so that the order of articleIds (first = evidence article) is the input order.
function ingest(...items: Extraction[]) {
  return ingestExtractions(items, { concurrency: 1 });
}

beforeEach(async () => {
  await resetDatabase();
});

afterEach(() => {
  setWriteFault(null);
});

describe("write: one article", () => {
  it("writes the graph model: countries, entities, affiliations, meetings, statements with provenance", async () => {
    const report = await ingest(articleA());
    expect(report.articles).toEqual({ new: 1, unchanged: 0, updated: 0, failed: 0 });
    // organizations: russland and portugal (countries), kreml, agentur-nord
    expect(report.written).toEqual({ statements: 1, people: 2, organizations: 4, places: 2, meetings: 1 });

    const [russland] = await read<{ labels: string[]; kind: string; aliases: string[] }>(
      "MATCH (c {id: 'russland'}) RETURN labels(c) AS labels, c.kind AS kind, c.aliases AS aliases",
    );
    expect(russland?.labels.sort()).toEqual(["Country", "Organization", "Place"]);
    expect(russland?.kind).toBe("COUNTRY");
    expect(russland?.aliases).toEqual(["Russia", "RU"]);

    const chain = await read<{ ids: string[] }>(
      "MATCH p = (:Place {id: 'porto'})-[:LOCATED_IN*]->(:Country) RETURN [n IN nodes(p) | n.id] AS ids",
    );
    expect(chain.map((c) => c.ids)).toEqual([["porto", "norte", "portugal"]]);
    expect(
      await read(
        "MATCH (:Organization {id: 'kreml'})-[:PART_OF]->(:Country {id: 'russland'}) RETURN 1 AS ok",
      ),
    ).toHaveLength(1);

    const [aff] = await read<Record<string, unknown>>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH]->(:Organization {id: 'russland'}) RETURN r {.*} AS r",
    ).then((rows) => rows.map((r) => r.r as Record<string, unknown>));
    expect(aff).toMatchObject({
      role: "Unterhändler",
      roleKind: "NEGOTIATOR",
      articleIds: ["art-aaaaaaaaaaaaaaaa"],
      firstSeen: "2025-12-21",
      lastSeen: "2025-12-21",
      rule: "fixture:role+name",
    });

    const [meeting] = await read<{ m: Record<string, unknown>; place: string; who: string[] }>(
      `MATCH (m:Meeting {id: 'meeting-porto-2025-12'})-[:HELD_IN]->(p:Place)
       MATCH (x)-[:ATTENDED]->(m)
       RETURN m {.*} AS m, p.id AS place, collect(x.id) AS who`,
    );
    expect(meeting?.m).toMatchObject({
      start: "2025-12-19",
      end: "2025-12-20",
      articleIds: ["art-aaaaaaaaaaaaaaaa"],
    });
    expect(meeting?.place).toBe("porto");
    expect(meeting?.who.sort()).toEqual(["iwan-beispiel", "olga-probe"]);

    const [st] = await read<{
      s: Record<string, unknown>;
      speaker: string;
      via: string;
      about: string[];
      rep: Record<string, unknown>;
    }>(
      `MATCH (s:Statement)-[:SAID_BY]->(p:Person)
       MATCH (s)-[:VIA]->(v:Organization)
       MATCH (s)-[rep:REPORTED_IN]->(:Article {id: 'art-aaaaaaaaaaaaaaaa'})
       MATCH (s)-[ab:ABOUT]->(x)
       RETURN s {.*} AS s, p.id AS speaker, v.id AS via, collect(x.id + '/' + ab.via) AS about, rep {.*} AS rep`,
    );
    expect(st?.s).toMatchObject({
      articleId: "art-aaaaaaaaaaaaaaaa",
      kind: "DIRECT",
      text: "Die Gespräche in Porto waren gut.",
      publishedAt: "2025-12-21",
      speakerMentionText: "Iwan Beispiel",
    });
    expect(st?.s.id).toBe(`art-aaaaaaaaaaaaaaaa:${st?.s.start}-${st?.s.end}`);
    expect(st?.rep).toEqual({ start: st?.s.start, end: st?.s.end });
    expect(st?.speaker).toBe("iwan-beispiel");
    expect(st?.via).toBe("agentur-nord");
    expect(st?.about.sort()).toEqual(["meeting-porto-2025-12/CONTEXT", "porto/TEXT"]);

    const [mention] = await read<{ count: number; offsets: number[]; text: string }>(
      "MATCH (a:Article)-[m:MENTIONS]->(:Person {id: 'olga-probe'}) RETURN m.count AS count, m.offsets AS offsets, a.text AS text",
    );
    expect(mention?.count).toBe(1);
    expect(mention?.text.slice(mention.offsets[0], mention.offsets[1])).toBe("Olga Probe");
  });

  it("re-ingesting the same article is 'unchanged' and changes nothing", async () => {
    await ingest(articleA(), articleB());
    const before = await snapshot();
    const [at] = await read<{ t: string }>(
      "MATCH (a:Article {id: 'art-aaaaaaaaaaaaaaaa'}) RETURN a.ingestedAt AS t",
    );
    const report = await ingest(articleA(), articleB());
    expect(report.articles).toEqual({ new: 0, unchanged: 2, updated: 0, failed: 0 });
    expect(report.written).toEqual({ statements: 0, people: 0, organizations: 0, places: 0, meetings: 0 });
    expect(await snapshot()).toEqual(before);
    const [again] = await read<{ t: string }>(
      "MATCH (a:Article {id: 'art-aaaaaaaaaaaaaaaa'}) RETURN a.ingestedAt AS t",
    );
    expect(again?.t).toBe(at?.t);
  });
});

describe("write: articles sharing entities, edges and meetings", () => {
  it("merges people, affiliations and meetings across articles", async () => {
    await ingest(articleA(), articleB());
    expect(await read("MATCH (p:Person {id: 'iwan-beispiel'}) RETURN p")).toHaveLength(1);
    const [aff] = await read<{ ids: string[]; first: string; last: string }>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH {roleKind: 'NEGOTIATOR'}]->(:Country {id: 'russland'}) RETURN r.articleIds AS ids, r.firstSeen AS first, r.lastSeen AS last",
    );
    expect(aff).toEqual({
      ids: ["art-aaaaaaaaaaaaaaaa", "art-bbbbbbbbbbbbbbbb"],
      first: "2025-12-21",
      last: "2025-12-22",
    });
    const [m] = await read<{ start: string; end: string; ids: string[] }>(
      "MATCH (m:Meeting {id: 'meeting-porto-2025-12'}) RETURN m.start AS start, m.end AS end, m.articleIds AS ids",
    );
    // A: 19–20 Dec; B: "December" to 21 Dec → the precise start survives, the range widens to the 21st.
    expect(m).toEqual({
      start: "2025-12-19",
      end: "2025-12-21",
      ids: ["art-aaaaaaaaaaaaaaaa", "art-bbbbbbbbbbbbbbbb"],
    });
    const [att] = await read<{ ids: string[] }>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:ATTENDED]->(:Meeting) RETURN r.articleIds AS ids",
    );
    expect(att?.ids).toEqual(["art-aaaaaaaaaaaaaaaa", "art-bbbbbbbbbbbbbbbb"]);
  });

  it("an updated article replaces its own statements and mentions and leaves the others untouched", async () => {
    await ingest(articleA(), articleB(), articleC());
    const others = async () =>
      (await snapshot()).filter(
        (line) => !line.includes("art-aaaaaaaaaaaaaaaa") && !line.startsWith(":Article"),
      );
    const othersBefore = await others();
    const [oldStatement] = await read<{ id: string }>(
      "MATCH (s:Statement {articleId: 'art-aaaaaaaaaaaaaaaa'}) RETURN s.id AS id",
    );

    const report = await ingest(articleA("v2"));
    expect(report.articles).toEqual({ new: 0, unchanged: 0, updated: 1, failed: 0 });

    const texts = await read<{ text: string }>(
      "MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: 'art-aaaaaaaaaaaaaaaa'}) RETURN s.text AS text",
    );
    expect(texts.map((t) => t.text)).toEqual(["Die Gespräche in Porto waren schwierig."]);
    expect(await read("MATCH (s:Statement {id: $id}) RETURN s", { id: oldStatement?.id })).toHaveLength(0);
    expect(await read("MATCH (s:Statement {articleId: 'art-aaaaaaaaaaaaaaaa'}) RETURN s")).toHaveLength(1);
    const [hash] = await read<{ h: string }>(
      "MATCH (a:Article {id: 'art-aaaaaaaaaaaaaaaa'}) RETURN a.contentHash AS h",
    );
    expect(hash?.h).toBe(articleA("v2").article.contentHash);

    // Shared edges and the meeting still carry both articles (A re-confirmed them); nothing of B or C changed.
    const [aff] = await read<{ ids: string[] }>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH]->(:Country {id: 'russland'}) RETURN r.articleIds AS ids",
    );
    expect(aff?.ids.sort()).toEqual(["art-aaaaaaaaaaaaaaaa", "art-bbbbbbbbbbbbbbbb"]);
    expect(await others()).toEqual(othersBefore);
    expect(await read("MATCH (:Statement {articleId: 'art-bbbbbbbbbbbbbbbb'}) RETURN 1 AS x")).toHaveLength(
      1,
    );
    expect(await read("MATCH (:Statement {articleId: 'art-cccccccccccccccc'}) RETURN 1 AS x")).toHaveLength(
      1,
    );
  });

  it("an update that drops a fact removes the article from shared edges and deletes edges left with none", async () => {
    await ingest(articleA(), articleB());
    // A's new text no longer names Olga Probe, the meeting or the affiliation; B still confirms Iwan's.
    const slim = articleA("v2");
    slim.entities = slim.entities
      .filter((e) => e.id !== "olga-probe")
      .map((e) => ({ ...e, affiliations: [] }));
    slim.meetings = [];
    for (const s of slim.statements) s.about = s.about.filter((a) => a.type !== "MEETING");
    const report = await ingest(slim);
    expect(report.articles.updated).toBe(1);

    const [iwan] = await read<{ ids: string[]; start: number | null }>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:AFFILIATED_WITH]->(:Country {id: 'russland'}) RETURN r.articleIds AS ids, r.start AS start",
    );
    expect(iwan?.ids).toEqual(["art-bbbbbbbbbbbbbbbb"]);
    // The evidence span pointed into A's old text, so it is gone until another article supplies one.
    expect(iwan?.start).toBeNull();
    expect(await read("MATCH (:Person {id: 'olga-probe'})-[r:AFFILIATED_WITH]->() RETURN r")).toHaveLength(0);
    expect(await read("MATCH (:Person {id: 'olga-probe'})-[r:ATTENDED]->() RETURN r")).toHaveLength(0);
    const [m] = await read<{ ids: string[] }>(
      "MATCH (m:Meeting {id: 'meeting-porto-2025-12'}) RETURN m.articleIds AS ids",
    );
    expect(m?.ids).toEqual(["art-bbbbbbbbbbbbbbbb"]);
    const [iwanAtt] = await read<{ ids: string[] }>(
      "MATCH (:Person {id: 'iwan-beispiel'})-[r:ATTENDED]->(:Meeting) RETURN r.articleIds AS ids",
    );
    expect(iwanAtt?.ids).toEqual(["art-bbbbbbbbbbbbbbbb"]);
    // Entity nodes stay: other articles (or a later one) may reach them.
    expect(await read("MATCH (p:Person {id: 'olga-probe'}) RETURN p")).toHaveLength(1);
    expect(
      await read(
        "MATCH (:Article {id: 'art-aaaaaaaaaaaaaaaa'})-[:MENTIONS]->(:Person {id: 'olga-probe'}) RETURN 1 AS x",
      ),
    ).toHaveLength(0);
  });

  it("a meeting no article reports any more is deleted with its edges", async () => {
    await ingest(articleA());
    const slim = articleA("v2");
    slim.meetings = [];
    for (const s of slim.statements) s.about = s.about.filter((a) => a.type !== "MEETING");
    await ingest(slim);
    expect(await read("MATCH (m:Meeting) RETURN m")).toHaveLength(0);
  });
});

describe("write: concurrency", () => {
  it("writing several articles at once gives the graph a one-by-one run gives", async () => {
    const sorted = (lines: string[]) =>
      lines.map((l) =>
        l.replace(/(art-[a-z]+,)+/g, (ids) => `${ids.split(",").filter(Boolean).sort().join(",")},`),
      );
    const articles = () => [articleA(), articleB(), articleC(), articleA(), articleB()];
    const sequential = await ingestExtractions(articles(), { concurrency: 1 });
    const one = sorted(await snapshot());
    await resetDatabase();
    const concurrent = await ingestExtractions(articles(), { concurrency: 4 });
    expect(sorted(await snapshot())).toEqual(one);
    // The repeated articles wait for their first version, so they are reported unchanged either way.
    expect(concurrent.articles).toEqual(sequential.articles);
    expect(concurrent.articles).toEqual({ new: 3, unchanged: 2, updated: 0, failed: 0 });
    expect(concurrent.ingested.map((r) => r.file)).toEqual(["a.txt", "b.txt", "c.txt", "a.txt", "b.txt"]);
  });
});

describe("write: failures", () => {
  it("a failure injected in the middle of an article leaves none of it; the other articles commit", async () => {
    let armed = true;
    setWriteFault((query, index, articleId) => {
      // The 8th query of B's transaction: after its article node, entities and meeting were written.
      if (armed && articleId === "art-bbbbbbbbbbbbbbbb" && index === 7) {
        throw new Error(`injected failure at ${query}`);
      }
    });
    const report = await ingest(articleA(), articleB(), articleC());
    expect(report.articles).toEqual({ new: 2, unchanged: 0, updated: 0, failed: 1 });
    expect(report.failures).toEqual([
      { file: "b.txt", reason: expect.stringMatching(/^injected failure at write\//) },
    ]);

    expect(await read("MATCH (a:Article {id: 'art-bbbbbbbbbbbbbbbb'}) RETURN a")).toHaveLength(0);
    expect(await read("MATCH (s:Statement {articleId: 'art-bbbbbbbbbbbbbbbb'}) RETURN s")).toHaveLength(0);
    const [m] = await read<{ ids: string[] }>(
      "MATCH (m:Meeting {id: 'meeting-porto-2025-12'}) RETURN m.articleIds AS ids",
    );
    expect(m?.ids).toEqual(["art-aaaaaaaaaaaaaaaa"]);
    expect(await read("MATCH (r) WHERE 'art-bbbbbbbbbbbbbbbb' IN r.articleIds RETURN r")).toHaveLength(0);
    expect(await read("MATCH ()-[r]->() WHERE 'art-bbbbbbbbbbbbbbbb' IN r.articleIds RETURN r")).toHaveLength(
      0,
    );
    // Anna Muster was written by C; B's Person write was rolled back with the rest of B.
    expect(
      await read(
        "MATCH (s:Statement {articleId: 'art-cccccccccccccccc'})-[:SAID_BY]->(:Person {id: 'anna-muster'}) RETURN s",
      ),
    ).toHaveLength(1);

    // Without the fault, B now ingests as new, and the graph equals a clean run of A, B, C.
    armed = false;
    const retry = await ingest(articleB());
    expect(retry.articles.new).toBe(1);
    const afterRetry = await counts();
    await resetDatabase();
    await ingest(articleA(), articleB(), articleC());
    expect(await counts()).toEqual(afterRetry);
  });

  it("invalid data that makes a later UNWIND fail rolls back the whole article", async () => {
    const bad = articleB();
    const statement = bad.statements[0];
    if (!statement) throw new Error("fixture");
    // A map is not a valid property value: write/statements fails after B's nodes and edges were written.
    (statement as unknown as { saidOn: unknown }).saidOn = { day: "Montag" };
    const report = await ingest(articleA(), bad, articleC());
    expect(report.articles).toEqual({ new: 2, unchanged: 0, updated: 0, failed: 1 });
    expect(report.failures[0]?.file).toBe("b.txt");
    expect(report.failures[0]?.reason).toMatch(/Neo\.ClientError|property|Property/);
    expect(await read("MATCH (a:Article {id: 'art-bbbbbbbbbbbbbbbb'}) RETURN a")).toHaveLength(0);
    // Nodes only B would have created are not there either.
    expect(await read("MATCH (m:Meeting {id: 'meeting-porto-2025-12'}) RETURN m.articleIds AS ids")).toEqual([
      { ids: ["art-aaaaaaaaaaaaaaaa"] },
    ]);
  });

  it("an input error from the reader counts as failed with its reason", async () => {
    const report = await ingestExtractions([{ file: "leer.txt", reason: "empty file" }, articleC()]);
    expect(report.articles).toEqual({ new: 1, unchanged: 0, updated: 0, failed: 1 });
    expect(report.failures).toEqual([{ file: "leer.txt", reason: "empty file" }]);
  });
});
