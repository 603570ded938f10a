// The acceptance of the ingest issue, asserted on the graph after data/articles went through the real
// pipeline: entity resolution (Peskow/Pekow, Steve/Steven Witkoff), no actors from photo credits,
// negotiators and their countries, the Berlin and Miami meetings, the Miami → Florida → USA chain, and
// the headline question answered by the saved headline query (cypher/analyst/01-…).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runExport } from "../../src/export/export.ts";
import { wholeGraph } from "../../src/export/source.ts";
import { cypher } from "../../src/neo4j/registry.ts";
import { read } from "../../src/neo4j/run.ts";
import { ingestSampleCorpus, resetDatabase } from "./support.ts";

const ARTICLE_FILES = ["000_", "001_", "002_", "003_", "004_"];
const HEADLINE_QUERY = "analyst/01-statements-by-negotiators-about-place";

/** The one Person whose name or an alias contains `fragment`; fails when there are none or several. */
async function personMatching(fragment: string): Promise<{ id: string; name: string; aliases: string[] }> {
  const rows = await read<{ id: string; name: string; aliases: string[] }>(
    `MATCH (p:Person)
     WHERE any(n IN [p.name] + coalesce(p.aliases, []) WHERE toLower(n) CONTAINS toLower($fragment))
     RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases`,
    { fragment },
  );
  expect(rows, `people matching '${fragment}': ${JSON.stringify(rows)}`).toHaveLength(1);
  return rows[0] as { id: string; name: string; aliases: string[] };
}

/** Texts an article's MENTIONS edge to a node points at. */
async function mentionTexts(id: string): Promise<string[]> {
  const rows = await read<{ text: string; offsets: number[] }>(
    "MATCH (a:Article)-[m:MENTIONS]->({id: $id}) RETURN a.text AS text, m.offsets AS offsets",
    { id },
  );
  const out: string[] = [];
  for (const { text, offsets } of rows) {
    for (let i = 0; i + 1 < offsets.length; i += 2) out.push(text.slice(offsets[i], offsets[i + 1]));
  }
  return out;
}

async function negotiatorCountries(personId: string): Promise<string[]> {
  const rows = await read<{ country: string }>(
    `MATCH (:Person {id: $id})-[:AFFILIATED_WITH {roleKind: 'NEGOTIATOR'}]->(:Organization)-[:PART_OF*0..1]->(c:Country)
     RETURN DISTINCT c.id AS country`,
    { id: personId },
  );
  return rows.map((r) => r.country);
}

interface MeetingFacts {
  ids: string[];
  start: string | null;
  end: string | null;
  participants: string[];
  articleFiles: string[];
}

/** All December-2025 meetings held in a place (or inside it), merged: sessions of one round of talks count together. */
async function meetingsIn(placeId: string): Promise<MeetingFacts> {
  const [row] = await read<MeetingFacts>(
    `MATCH (m:Meeting)-[:HELD_IN]->(:Place)-[:LOCATED_IN*0..]->(:Place {id: $place})
     WHERE m.start STARTS WITH '2025-12'
     WITH collect(DISTINCT m) AS ms
     UNWIND ms AS m
     OPTIONAL MATCH (x)-[:ATTENDED]->(m)
     WITH ms, collect(DISTINCT x.id) AS participants
     UNWIND ms AS m
     UNWIND m.articleIds AS articleId
     MATCH (a:Article {id: articleId})
     WITH ms, participants, collect(DISTINCT a.file) AS files
     RETURN [m IN ms | m.id] AS ids,
       reduce(s = null, m IN ms | CASE WHEN s IS NULL OR m.start < s THEN m.start ELSE s END) AS start,
       reduce(e = null, m IN ms | CASE WHEN e IS NULL OR m.end > e THEN m.end ELSE e END) AS end,
       participants, files AS articleFiles`,
    { place: placeId },
  );
  return row ?? { ids: [], start: null, end: null, participants: [], articleFiles: [] };
}

beforeAll(async () => {
  await resetDatabase();
  const report = await ingestSampleCorpus();
  expect(report.failures).toEqual([]);
  expect(report.articles.new).toBe(5);
});

describe("sample corpus: people", () => {
  it("has one Person for Peskow/Pekow, reached from both spellings", async () => {
    const peskow = await personMatching("Peskow");
    const viaTypo = await personMatching("Pekow");
    expect(viaTypo.id).toBe(peskow.id);
    const texts = await mentionTexts(peskow.id);
    expect(texts.some((t) => t.includes("Peskow"))).toBe(true);
    expect(texts.some((t) => t.includes("Pekow"))).toBe(true);
  });

  it("has one Person for Steve/Steven Witkoff", async () => {
    const witkoff = await personMatching("Witkoff");
    const texts = await mentionTexts(witkoff.id);
    expect(texts.some((t) => t.includes("Steven Witkoff"))).toBe(true);
    expect(texts.some((t) => t.includes("Steve Witkoff"))).toBe(true);
  });

  it("makes no actor of a photo credit", async () => {
    const rows = await read<{ labels: string[]; name: string }>(
      `MATCH (n)
       WHERE (n:Person OR n:Organization)
         AND any(x IN [n.name] + coalesce(n.aliases, []) WHERE toLower(x) CONTAINS 'kappeler'
           OR toLower(x) CONTAINS 'prokofyev' OR toLower(x) CONTAINS 'kormilitsyna')
       RETURN labels(n) AS labels, n.name AS name`,
    );
    expect(rows).toEqual([]);
  });

  it("knows Dmitrijew as a Russian negotiator, and Witkoff, Kushner and Umerow as negotiators", async () => {
    const dmitrijew = await personMatching("Dmitrijew");
    const direct = await read<{ roleKind: string }>(
      "MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->(:Country {id: 'russland'}) RETURN r.roleKind AS roleKind",
      { id: dmitrijew.id },
    );
    expect(direct.map((r) => r.roleKind)).toContain("NEGOTIATOR");
    expect(await negotiatorCountries((await personMatching("Witkoff")).id)).toContain("usa");
    expect(await negotiatorCountries((await personMatching("Kushner")).id)).toContain("usa");
    expect(await negotiatorCountries((await personMatching("Umerow")).id)).toContain("ukraine");
    // Putin is the Russian head of state, not a negotiator.
    expect(await negotiatorCountries((await personMatching("Putin")).id)).toEqual([]);
  });
});

describe("sample corpus: meetings and places", () => {
  it("places Miami in Florida in the USA", async () => {
    const rows = await read(
      "MATCH (:Place {id: 'miami'})-[:LOCATED_IN]->(:Place {id: 'florida'})-[:LOCATED_IN]->(:Country {id: 'usa'}) RETURN 1 AS ok",
    );
    expect(rows).toHaveLength(1);
  });

  it("has the Berlin talks of 14–15 December 2025 with their participants, merged across articles", async () => {
    const berlin = await meetingsIn("berlin");
    expect(berlin.ids.length).toBeGreaterThanOrEqual(1);
    expect(berlin.start && berlin.start <= "2025-12-14").toBe(true);
    expect(berlin.end && berlin.end >= "2025-12-15").toBe(true);
    const ids = await Promise.all(
      ["Witkoff", "Kushner", "Selenskyj", "Umerow", "Merz"].map(async (n) => (await personMatching(n)).id),
    );
    expect(berlin.participants).toEqual(expect.arrayContaining(ids));
    const reported = ["000_", "001_", "002_", "004_"];
    for (const prefix of reported) expect(berlin.articleFiles.some((f) => f.includes(prefix))).toBe(true);
  });

  it("has the Miami talks of 19–21 December 2025 with their participants, merged across articles", async () => {
    const miami = await meetingsIn("miami");
    expect(miami.ids.length).toBeGreaterThanOrEqual(1);
    expect(miami.start && miami.start <= "2025-12-19").toBe(true);
    expect(miami.end && miami.end >= "2025-12-21").toBe(true);
    const ids = await Promise.all(
      ["Witkoff", "Kushner", "Dmitrijew", "Umerow", "Hnatow", "Sautter"].map(
        async (n) => (await personMatching(n)).id,
      ),
    );
    expect(miami.participants).toEqual(expect.arrayContaining(ids));
    for (const prefix of ARTICLE_FILES) expect(miami.articleFiles.some((f) => f.includes(prefix))).toBe(true);
  });
});

describe("sample corpus: the headline question", () => {
  it("statements by Russian negotiators about Miami are exactly Dmitrijew's", async () => {
    const dmitrijew = await personMatching("Dmitrijew");
    const rows = await read<{ statementId: string; text: string; speakerId: string }>(
      cypher(HEADLINE_QUERY),
      { country: "russland", place: "miami" },
    );
    expect(rows.map((r) => r.speakerId)).toEqual(rows.map(() => dmitrijew.id));
    const texts = rows.map((r) => r.text.replace(/\s+/g, " "));
    const found = (cue: string) => texts.some((t) => t.includes(cue));
    expect(found("Die Diskussionen werden konstruktiv geführt")).toBe(true);
    expect(found("verliefen die Gespräche zufriedenstellend")).toBe(true);
    expect(found("Danke, Miami. Nächstes Mal: Moskau.")).toBe(true);
    // What others said about him or about Miami must not come back as his.
    expect(found("Die Gespräche mit dem russischen Unterhändler Kirill Dmitrijew seien")).toBe(false);
    expect(found("Aufgabe in Miami sei es lediglich")).toBe(false);
    expect(found("Auf russischer Seite werde der Putin-Berater Kirill Dmitrijew vertreten sein")).toBe(false);
    expect(found("die Gespräche zwischen Vertretern der USA, Europas und der Ukraine")).toBe(false);
  });

  it("answers with names and aliases as well as ids", async () => {
    const byId = await read<{ statementId: string }>(cypher(HEADLINE_QUERY), {
      country: "russland",
      place: "miami",
    });
    const byName = await read<{ statementId: string }>(cypher(HEADLINE_QUERY), {
      country: "Russland",
      place: "Miami",
    });
    expect(byName.map((r) => r.statementId)).toEqual(byId.map((r) => r.statementId));
    expect(byId.length).toBeGreaterThanOrEqual(3);
  });
});

describe("sample corpus: number types", () => {
  it("stores offsets and counts as INTEGER: statements, REPORTED_IN, SAID_BY, MENTIONS, affiliations", async () => {
    const [types] = await read<Record<string, string[]>>(
      `CALL { MATCH (s:Statement) UNWIND [s.start, s.end, s.cueStart, s.cueEnd, s.speakerMentionStart] AS v
              WITH v WHERE v IS NOT NULL RETURN collect(DISTINCT valueType(v)) AS statement }
       CALL { MATCH ()-[r:REPORTED_IN]->() UNWIND [r.start, r.end] AS v
              RETURN collect(DISTINCT valueType(v)) AS reportedIn }
       CALL { MATCH ()-[r:SAID_BY]->() WHERE r.start IS NOT NULL
              RETURN collect(DISTINCT valueType(r.start)) AS saidBy }
       CALL { MATCH ()-[m:MENTIONS]->()
              RETURN collect(DISTINCT valueType(m.count)) AS mentionCount,
                collect(DISTINCT valueType(m.offsets)) AS mentionOffsets }
       CALL { MATCH ()-[r:AFFILIATED_WITH]->() WHERE r.start IS NOT NULL
              RETURN collect(DISTINCT valueType(r.start)) AS affiliation }
       CALL { MATCH (s:Statement) RETURN collect(DISTINCT valueType(s.confidence)) AS confidence }
       RETURN statement, reportedIn, saidBy, mentionCount, mentionOffsets, affiliation, confidence`,
    );
    expect(types).toEqual({
      statement: ["INTEGER NOT NULL"],
      reportedIn: ["INTEGER NOT NULL"],
      saidBy: ["INTEGER NOT NULL"],
      mentionCount: ["INTEGER NOT NULL"],
      mentionOffsets: ["LIST<INTEGER NOT NULL> NOT NULL"],
      affiliation: ["INTEGER NOT NULL"],
      confidence: ["FLOAT NOT NULL"],
    });
  });

  it("exports them as integers: CSV headers, GraphML keys, JSON types and Cypher literals", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-sample-types-"));
    try {
      const dir = path.join(tmp, "csv");
      await runExport("csv", wholeGraph(), dir);
      const head = (f: string) => fs.readFileSync(path.join(dir, f), "utf8").split("\n")[0] ?? "";
      expect(head("nodes-Statement.csv")).toMatch(/(^|,)start:long(,|$)/);
      expect(head("nodes-Statement.csv")).toMatch(/(^|,)confidence:double(,|$)/);
      expect(head("rels-REPORTED_IN-Statement-Article.csv")).toMatch(/,end:long,start:long$/);
      expect(head("rels-MENTIONS-Article-Person.csv")).toBe(
        ":START_ID(Article),:END_ID(Person),:TYPE,count:long,offsets:long[]",
      );
      expect(head("rels-AFFILIATED_WITH-Person-Organization.csv")).toMatch(/(^|,)start:long(,|$)/);

      const graphml = path.join(tmp, "graph.graphml");
      await runExport("graphml", wholeGraph(), graphml);
      const xml = fs.readFileSync(graphml, "utf8");
      // Meeting.start is a date string, so the Statement's start gets a key of its own.
      expect(xml).toMatch(/<key id="n_Statement_start" for="node" attr.name="start" attr.type="long"\/>/);
      expect(xml).toMatch(/<key id="e_count" for="edge" attr.name="count" attr.type="long"\/>/);
      expect(xml).not.toMatch(/attr.name="(start|end|count)" attr.type="double"/);

      const json = path.join(tmp, "graph.json");
      await runExport("json", wholeGraph(), json);
      const data = JSON.parse(fs.readFileSync(json, "utf8")) as {
        nodes: Array<{ labels: string[]; types?: Record<string, string> }>;
      };
      const statement = data.nodes.find((n) => n.labels.includes("Statement"));
      expect(statement?.types).toMatchObject({ start: "long", end: "long", confidence: "double" });

      const script = path.join(tmp, "graph.cypher");
      await runExport("cypher", wholeGraph(), script);
      const cypherText = fs.readFileSync(script, "utf8");
      expect(cypherText).toMatch(/start: \d+[,}]/);
      expect(cypherText).not.toMatch(/start: \d+\.0[,}]/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("sample corpus: affiliations", () => {
  it("gives Dmitrijew one AFFILIATED_WITH per (organization, roleKind), with every spelling of the role", async () => {
    const dm = await personMatching("Dmitrijew");
    const edges = await read<{ org: string; kind: string; role: string; roles: string[] }>(
      `MATCH (:Person {id: $id})-[r:AFFILIATED_WITH]->(o:Organization)
       RETURN o.id AS org, r.roleKind AS kind, r.role AS role, r.roles AS roles ORDER BY org, kind`,
      { id: dm.id },
    );
    const keys = edges.map((e) => `${e.org}/${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of edges) expect(e.roles).toContain(e.role);
    const roles = (org: string, kind: string) => edges.find((e) => e.org === org && e.kind === kind)?.roles;
    expect(roles("russland", "NEGOTIATOR")).toEqual(
      expect.arrayContaining(["Unterhändler", "Unterhändlers"]),
    );
    expect(roles("kreml", "ADVISOR")).toEqual(
      expect.arrayContaining(["Präsidentenberater", "Putin-Berater"]),
    );
  });
});
