// What each export format looks like to the tools analysts use: GraphML read by a standard reader
// (networkx), JSON with stable ids, CSV headers in neo4j-admin's form, the `--where` subgraph, and the
// `newsgraph export` command itself — all on the hand-built fixture graph, where every answer is known.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphDigest } from "../../src/export/digest.ts";
import { exportSource, runExport } from "../../src/export/export.ts";
import { wholeGraph } from "../../src/export/source.ts";
import { neo4jTarget } from "../../src/neo4j/driver.ts";
import { write } from "../../src/neo4j/run.ts";
import { resetDatabase } from "./support.ts";

const FIXTURE = path.resolve("test/fixtures/export/small-graph.cypher");
const HEADLINE = { speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" }, about: { place: "Miami" } };
const S1 = "art-00000000000000a1:26-65";
const S3 = "art-00000000000000a2:0-52";

let tmp: string;

interface JsonExport {
  nodes: {
    id: string;
    labels: string[];
    properties: Record<string, unknown>;
    types?: Record<string, string>;
  }[];
  relationships: {
    type: string;
    start: string;
    end: string;
    properties: Record<string, unknown>;
    types?: Record<string, string>;
  }[];
}

async function exportJson(where: unknown = null): Promise<JsonExport> {
  const file = path.join(tmp, `export-${Math.random().toString(36).slice(2)}.json`);
  await runExport("json", await exportSource(where, 3), file);
  return JSON.parse(fs.readFileSync(file, "utf8")) as JsonExport;
}

function networkxMissing(): string | null {
  try {
    execFileSync("python3", ["-c", "import networkx"], { stdio: "pipe" });
    return null;
  } catch {
    return "python3 with networkx is not installed (pip install networkx) — GraphML not validated by a reader";
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-export-formats-"));
  await resetDatabase();
  await write(fs.readFileSync(FIXTURE, "utf8").trim().replace(/;$/, ""));
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("graphml", () => {
  const missing = networkxMissing();
  if (missing) console.warn(`skipping GraphML reader test: ${missing}`);

  it.skipIf(missing !== null)(
    "is read by networkx.read_graphml with labels, typed properties and edge types",
    async () => {
      const file = path.join(tmp, "graph.graphml");
      await runExport("graphml", wholeGraph(), file);
      const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
s1 = g.nodes["Statement:${S1}"]
dm = g.nodes["Person:kirill-dmitrijew"]
ru = g.nodes["Organization:russland"]
edges = [d for u, v, d in g.edges(data=True) if u == "Statement:${S1}" and v == "Person:kirill-dmitrijew"]
aff = sorted(d["role"] for u, v, d in g.edges(data=True) if u == "Person:kirill-dmitrijew" and d["type"] == "AFFILIATED_WITH")
print(json.dumps({
  "directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
  "s1": {"labels": s1["labels"], "label": s1["label"], "start": s1["start"], "startType": type(s1["start"]).__name__,
         "confidence": s1["confidence"], "confidenceType": type(s1["confidence"]).__name__, "text": s1["text"]},
  "dm": {"labels": dm["labels"], "label": dm["label"], "aliases": json.loads(dm["aliases"])},
  "ru": ru["labels"], "saidBy": edges, "affiliations": aff,
}))`;
      const out = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
      expect(out).toMatchObject({ directed: true, nodes: 22, edges: 35 });
      expect(out.s1).toEqual({
        labels: ":Statement",
        label: "Die Gespräche verlaufen konstruktiv.",
        start: 27,
        startType: "int",
        confidence: 1.0,
        confidenceType: "float",
        text: "Die Gespräche verlaufen konstruktiv.",
      });
      expect(out.dm).toEqual({
        labels: ":Person",
        label: "Kirill Dmitrijew",
        aliases: ["Dmitrijew", "Kirill Dmitriev", "Dmitriev"],
      });
      expect(out.ru).toBe(":Country:Organization:Place");
      expect(out.saidBy).toMatchObject([
        {
          type: "SAID_BY",
          label: "SAID_BY",
          articleId: "art-00000000000000a1",
          start: 0,
          end: 9,
          mentionText: "Dmitrijew",
          rule: "cue-subject",
          confidence: 1.0,
        },
      ]);
      expect(out.affiliations).toEqual(["Präsidentenberater", "Unterhändler"]);
    },
  );

  it("escapes text so the XML stays well-formed (quotes, ampersands, newlines, backslashes)", async () => {
    const file = path.join(tmp, "escapes.graphml");
    await runExport("graphml", wholeGraph(), file);
    const xml = fs.readFileSync(file, "utf8");
    expect(xml).toContain("Gespräche in Miami: &quot;konstruktiv&quot;");
    expect(xml).toContain("C:\\pfad bleibt.");
    expect(xml).toMatch(/<key id="n_confidence" for="node" attr.name="confidence" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e_count" for="edge" attr.name="count" attr.type="long"\/>/);
  });
});

describe("json", () => {
  it("has nodes with stable <label>:<id> ids, labels, properties and the Neo4j types JSON cannot tell", async () => {
    const doc = await exportJson();
    expect(doc.nodes).toHaveLength(22);
    expect(doc.relationships).toHaveLength(35);
    const ru = doc.nodes.find((n) => n.id === "Organization:russland");
    expect(ru?.labels).toEqual(["Country", "Organization", "Place"]);
    expect(ru?.properties.aliases).toEqual(["Russia", "RU", "Russische Föderation"]);
    const s1 = doc.nodes.find((n) => n.id === `Statement:${S1}`);
    expect(s1?.types).toMatchObject({ confidence: "double", start: "long", end: "long" });
    const mentions = doc.relationships.filter(
      (r) => r.type === "MENTIONS" && r.start === "Article:art-00000000000000a1",
    );
    expect(mentions.map((m) => m.end).sort()).toEqual([
      "Person:dmitri-peskow",
      "Person:kirill-dmitrijew",
      "Place:miami",
    ]);
    expect(mentions.find((m) => m.end === "Person:kirill-dmitrijew")).toMatchObject({
      properties: { count: 2, offsets: [0, 9, 120, 127] },
      types: { count: "long", offsets: "long[]" },
    });
    // Every relationship points at exported nodes.
    const ids = new Set(doc.nodes.map((n) => n.id));
    for (const r of doc.relationships) expect(ids.has(r.start) && ids.has(r.end)).toBe(true);
  });

  it("is byte-identical when exported twice (stable ids and order, whatever the page size)", async () => {
    const a = path.join(tmp, "a.json");
    const b = path.join(tmp, "b.json");
    await runExport("json", wholeGraph(2), a);
    await runExport("json", wholeGraph(1000), b);
    expect(fs.readFileSync(a, "utf8")).toBe(fs.readFileSync(b, "utf8"));
  });
});

describe("csv", () => {
  it("writes neo4j-admin headers, a manifest and the import command", async () => {
    const dir = path.join(tmp, "csv");
    await runExport("csv", wholeGraph(), dir);
    const head = (f: string) => fs.readFileSync(path.join(dir, f), "utf8").split("\n")[0];
    expect(head("nodes-Organization.csv")).toBe(
      "id:ID(Organization),:LABEL,aliases:string[],kind,name,origin",
    );
    expect(head("nodes-Statement.csv")).toContain("confidence:double");
    expect(head("nodes-Statement.csv")).toContain("start:long");
    expect(head("rels-SAID_BY-Statement-Person.csv")).toBe(
      ":START_ID(Statement),:END_ID(Person),:TYPE,articleId,confidence:double,end:long,mentionText,rule,start:long",
    );
    expect(head("rels-MENTIONS-Article-Person.csv")).toBe(
      ":START_ID(Article),:END_ID(Person),:TYPE,count:long,offsets:long[]",
    );
    const orgs = fs.readFileSync(path.join(dir, "nodes-Organization.csv"), "utf8");
    expect(orgs).toContain(
      '"russland","Country;Organization;Place","Russia;RU;Russische Föderation","COUNTRY"',
    );
    // An empty list stays an empty list (quoted empty field), not a missing property.
    expect(orgs).toContain('"tass","Organization","","MEDIA"');
    const script = fs.readFileSync(path.join(dir, "import.sh"), "utf8");
    expect(script).toContain("neo4j-admin database import full");
    expect(script).toContain('--nodes="$DIR/nodes-Statement.csv"');
    expect(script).toContain('--relationships="$DIR/rels-SAID_BY-Statement-Person.csv"');
    expect(script).toContain("--multiline-fields=true");
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    expect(manifest.nodes).toHaveLength(7);
  });
});

describe("--where: the subgraph of a statement filter", () => {
  it("exports the headline statements with their speakers, articles, ABOUT targets, VIA channels and the edges among them", async () => {
    const doc = await exportJson(HEADLINE);
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(
      [
        "Article:art-00000000000000a1",
        "Article:art-00000000000000a2",
        "Meeting:meeting-miami-2025-12",
        "Organization:tass",
        "Person:kirill-dmitrijew",
        "Place:miami",
        `Statement:${S1}`,
        `Statement:${S3}`,
      ].sort(),
    );
    const rels = doc.relationships.map((r) => `${r.start} ${r.type} ${r.end}`).sort();
    expect(rels).toEqual(
      [
        `Statement:${S1} SAID_BY Person:kirill-dmitrijew`,
        `Statement:${S3} SAID_BY Person:kirill-dmitrijew`,
        `Statement:${S1} REPORTED_IN Article:art-00000000000000a1`,
        `Statement:${S3} REPORTED_IN Article:art-00000000000000a2`,
        `Statement:${S1} ABOUT Place:miami`,
        `Statement:${S3} ABOUT Meeting:meeting-miami-2025-12`,
        `Statement:${S3} VIA Organization:tass`,
        "Article:art-00000000000000a1 MENTIONS Person:kirill-dmitrijew",
        "Article:art-00000000000000a1 MENTIONS Place:miami",
        "Article:art-00000000000000a2 MENTIONS Person:kirill-dmitrijew",
        "Article:art-00000000000000a2 MENTIONS Organization:tass",
        "Person:kirill-dmitrijew ATTENDED Meeting:meeting-miami-2025-12",
      ].sort(),
    );
  });

  it("a meeting in the subgraph brings its sessions, with who attended them and where they were held", async () => {
    const SESSION = "meeting-miami-2025-12-session-russland-usa";
    await write(
      `MATCH (m:Meeting {id: 'meeting-miami-2025-12'}), (d:Person {id: 'kirill-dmitrijew'}),
             (w:Person {id: 'steve-witkoff'}), (v:Place {id: 'miami'})
       CREATE (m)-[:HAS_SESSION]->(s:MeetingSession {id: $id, name: 'Gespräche in Miami: Russland, USA'}),
              (d)-[:ATTENDED]->(s), (w)-[:ATTENDED]->(s), (s)-[:HELD_IN]->(v)`,
      { id: SESSION },
    );
    try {
      const doc = await exportJson(HEADLINE);
      expect(doc.nodes.map((n) => n.id)).toContain(`MeetingSession:${SESSION}`);
      const rels = doc.relationships.map((r) => `${r.start} ${r.type} ${r.end}`);
      expect(rels).toEqual(
        expect.arrayContaining([
          `Meeting:meeting-miami-2025-12 HAS_SESSION MeetingSession:${SESSION}`,
          `Person:kirill-dmitrijew ATTENDED MeetingSession:${SESSION}`,
          `MeetingSession:${SESSION} HELD_IN Place:miami`,
        ]),
      );
      // Witkoff said nothing the filter selects: his attendance stays out with him.
      expect(rels.filter((r) => r.includes("steve-witkoff"))).toEqual([]);
    } finally {
      await write("MATCH (s:MeetingSession {id: $id}) DETACH DELETE s", { id: SESSION });
    }
  });

  it("a filter that matches nothing exports an empty graph", async () => {
    const doc = await exportJson({ speaker: { nationality: "Russland" }, about: { place: "Berlin" } });
    expect(doc).toEqual({ nodes: [], relationships: [] });
  });
});

describe("newsgraph export (the command)", () => {
  const run = promisify(execFile);
  const env = () => {
    const t = neo4jTarget();
    return { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password };
  };

  it("streams JSON of a --where subgraph to stdout", async () => {
    const { stdout, stderr } = await run(
      "node",
      ["bin/newsgraph.js", "export", "--format", "json", "--where", JSON.stringify(HEADLINE)],
      { env: env(), maxBuffer: 64 * 1024 * 1024 },
    );
    const doc = JSON.parse(stdout) as JsonExport;
    expect(doc.nodes.filter((n) => n.labels.includes("Statement")).map((n) => n.id)).toEqual([
      `Statement:${S1}`,
      `Statement:${S3}`,
    ]);
    expect(stderr).toMatch(/8 nodes, 12 relationships as json/);
  });

  it("writes a Cypher file with --out", async () => {
    const out = path.join(tmp, "cli.cypher");
    await run("node", ["bin/newsgraph.js", "export", "--format=cypher", `--out=${out}`], { env: env() });
    const text = fs.readFileSync(out, "utf8");
    expect(text).toMatch(/^CREATE CONSTRAINT statement_id IF NOT EXISTS/m);
    expect(text).toMatch(/MERGE \(n:`Statement` \{id: row.id\}\)/);
    expect(text).toMatch(/\/\/ end of export: 22 nodes, 35 relationships/);
  });

  it("the Cypher file loads back through `newsgraph cypher --write -f` (docs/analyst.md), twice without change", async () => {
    const out = path.join(tmp, "reload.cypher");
    await runExport("cypher", wholeGraph(), out);
    const before = await graphDigest();
    await write("MATCH (n) DETACH DELETE n");
    for (const _ of [1, 2]) {
      const { stderr } = await run("node", ["bin/newsgraph.js", "cypher", "--write", "-f", out], {
        env: env(),
      });
      expect(stderr).not.toMatch(/newsgraph cypher:/);
      expect(await graphDigest()).toEqual(before);
    }
  });

  it.each([
    [["--format", "xml"], /--format xml: expected one of cypher, csv, graphml, json/],
    [["--format", "csv"], /--format csv writes a folder of files: give it with --out DIR/],
    [["--format", "json", "--where", "{speaker:"], /--where: not valid JSON/],
    [
      ["--format", "json", "--where", '{"speaker":{"nationalty":"Russland"}}'],
      /--where.speaker.nationalty: unknown field/,
    ],
    [["--format", "json", "--where", '{"about":{"place":"Atlantis"}}'], /where.about.place/],
  ])("rejects %j with a clear error", async (args, message) => {
    const err = await run("node", ["bin/newsgraph.js", "export", ...args], { env: env() }).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr).toMatch(message);
  });
});
