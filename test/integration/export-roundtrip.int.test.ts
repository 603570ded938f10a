// Round trips: export the whole graph, load it into a SECOND, empty Neo4j, and the node/relationship
// counts and the content digest (sorted keys, labels and typed properties of every node and
// relationship) equal the original's — for the Cypher script, the CSV folder and the JSON file.
// Loading a second time must change nothing (the script and the loaders are idempotent).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GraphDigest, graphCounts, graphDigest } from "../../src/export/digest.ts";
import { type ExportFormat, exportSource, runExport } from "../../src/export/export.ts";
import { loadCsvDir, loadCypherScript, loadJsonFile } from "../../src/export/load.ts";
import { wholeGraph } from "../../src/export/source.ts";
import { type Neo4jTarget, neo4jTarget, useNeo4j } from "../../src/neo4j/driver.ts";
import { startLocalNeo4j } from "../../src/neo4j/local-server.ts";
import { migrate } from "../../src/neo4j/migrate.ts";
import { freePorts } from "../../src/neo4j/ports.ts";
import { read, runSchema, write } from "../../src/neo4j/run.ts";
import { findAdminTool, neo4jAdminImport } from "../fixtures/export/neo4j-admin.ts";
import { type SecondNeo4j, startSecondNeo4j } from "../fixtures/export/second-neo4j.ts";
import { ingestSampleCorpus, resetDatabase } from "./support.ts";

const FIXTURE = path.resolve("test/fixtures/export/small-graph.cypher");

let source: Neo4jTarget;
let second: SecondNeo4j;
let tmp: string;

/** Runs `work` against the second database, then points the process back at the source. */
async function inSecond<T>(work: () => Promise<T>): Promise<T> {
  await useNeo4j(second.uri, source.user, source.password);
  try {
    return await work();
  } finally {
    await useNeo4j(source.uri, source.user, source.password);
  }
}

/** Really empty: no data, no constraints, no indexes (the Cypher script must bring its own schema). */
async function emptyDatabase(): Promise<void> {
  await write("MATCH (n) DETACH DELETE n");
  for (const { name } of await read<{ name: string }>("SHOW CONSTRAINTS YIELD name RETURN name")) {
    await runSchema("DROP CONSTRAINT $name IF EXISTS", { name });
  }
  for (const { name } of await read<{ name: string }>(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
  )) {
    await runSchema("DROP INDEX $name IF EXISTS", { name });
  }
}

async function load(format: ExportFormat, out: string): Promise<void> {
  if (format === "cypher") await loadCypherScript(out);
  else if (format === "csv") await loadCsvDir(out);
  else await loadJsonFile(out);
}

async function roundTrip(format: ExportFormat, original: GraphDigest): Promise<void> {
  const out = path.join(tmp, `${format}-${Date.now()}${format === "csv" ? "" : `.${format}`}`);
  const stats = await runExport(format, wholeGraph(250), out);
  expect(stats).toEqual({ nodes: original.nodes, relationships: original.relationships });
  await inSecond(async () => {
    await emptyDatabase();
    expect(await graphCounts()).toEqual({ nodes: 0, relationships: 0 });
    // The CSV/JSON loaders write data only; the Cypher script carries the schema itself.
    if (format !== "cypher") await migrate();
    await load(format, out);
    expect(await graphCounts()).toEqual({ nodes: original.nodes, relationships: original.relationships });
    expect(await graphDigest(wholeGraph(250))).toEqual(original);
    await load(format, out);
    expect(await graphDigest(wholeGraph(250))).toEqual(original);
    if (format === "cypher") {
      const constraints = await read<{ name: string }>(
        "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name",
      );
      expect(constraints.map((c) => c.name)).toContain("statement_id");
    }
  });
}

beforeAll(async () => {
  source = neo4jTarget();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-export-"));
  second = await startSecondNeo4j(source.password);
}, 300_000);

afterAll(async () => {
  await useNeo4j(source.uri, source.user, source.password);
  await second?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("round trip of the hand-built fixture graph (INTEGER vs FLOAT, empty lists, parallel edges, escapes)", () => {
  let original: GraphDigest;

  beforeAll(async () => {
    await resetDatabase();
    await migrate();
    await write(fs.readFileSync(FIXTURE, "utf8").trim().replace(/;$/, ""));
    original = await graphDigest();
    // The export must see every node and relationship there is.
    expect(await graphCounts()).toEqual({ nodes: original.nodes, relationships: original.relationships });
    expect(original).toMatchObject({ nodes: 22, relationships: 35 });
  });

  it.each(["cypher", "csv", "json"] as const)(
    "%s export reloads into an empty Neo4j with equal counts and digest",
    async (format) => {
      await roundTrip(format, original);
    },
  );

  it("a --where export (the headline filter) reloads as exactly that subgraph", async () => {
    const where = { speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" }, about: { place: "Miami" } };
    const expected = await graphDigest(await exportSource(where, 2));
    expect(expected).toMatchObject({ nodes: 8, relationships: 12 });
    const out = path.join(tmp, "headline.cypher");
    await runExport("cypher", await exportSource(where, 2), out);
    await inSecond(async () => {
      await emptyDatabase();
      await loadCypherScript(out);
      expect(await graphDigest()).toEqual(expected);
    });
  });

  it("the digest notices a changed type (INTEGER 1 vs FLOAT 1.0)", async () => {
    await inSecond(async () => {
      await emptyDatabase();
      await write("CREATE (:Person {id: 'x', n: 1})");
      const asInt = await graphDigest();
      await write("MATCH (p:Person {id: 'x'}) SET p.n = 1.0");
      expect((await graphDigest()).sha256).not.toBe(asInt.sha256);
    });
  });
});

describe("round trip of the ingested sample corpus", () => {
  let original: GraphDigest;
  let withoutEmptyLists: GraphDigest;
  const admin = findAdminTool();
  if (!admin.tool) console.warn(`skipping the neo4j-admin import test: ${admin.reason}`);

  beforeAll(async () => {
    await resetDatabase();
    await ingestSampleCorpus();
    original = await graphDigest();
    withoutEmptyLists = await graphDigest(wholeGraph(), { dropEmptyLists: true });
    expect(await graphCounts()).toEqual({ nodes: original.nodes, relationships: original.relationships });
    expect(original.nodes).toBeGreaterThan(20);
  }, 300_000);

  it.each(["cypher", "csv", "json"] as const)(
    "%s export of the corpus reloads with equal counts and digest",
    async (format) => {
      await roundTrip(format, original);
    },
  );

  it.skipIf(!admin.tool)(
    "csv export imported by neo4j-admin (from the Maven jars) into a fresh store equals the original, empty lists aside",
    async () => {
      const dir = path.join(tmp, "admin-csv");
      await runExport("csv", wholeGraph(), dir);
      const home = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-admin-import-"));
      try {
        expect(neo4jAdminImport(admin.tool!, dir, home)).toMatch(/IMPORT DONE/);
        const [boltPort, httpPort] = (await freePorts(2)) as [number, number];
        const server = await startLocalNeo4j({
          home,
          boltPort,
          httpPort,
          password: source.password,
          heap: "512m",
          pageCache: "128m",
          attached: true,
          owner: "export neo4j-admin test",
        });
        try {
          await useNeo4j(server.uri, source.user, source.password);
          await migrate();
          // neo4j-admin writes no empty arrays (an empty field means "no property"); all else is exact.
          expect(await graphDigest(wholeGraph(), { dropEmptyLists: true })).toEqual(withoutEmptyLists);
        } finally {
          await useNeo4j(source.uri, source.user, source.password);
          await server.stop();
        }
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
