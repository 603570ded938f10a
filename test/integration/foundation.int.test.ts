// The foundation's round trip on a real Neo4j: schema applied (and re-applicable), every Cypher file
// compiles, and the GraphQL health query reaches the server.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { NEO4J_VERSION } from "../../src/config.ts";
import { serverVersion } from "../../src/neo4j/driver.ts";
import { NEO4J_LTS_VERSION } from "../../src/neo4j/local-server.ts";
import { migrate } from "../../src/neo4j/migrate.ts";
import { cypher, cypherNames, declaredParams, paramNames } from "../../src/neo4j/registry.ts";
import { read, write } from "../../src/neo4j/run.ts";
import { resetDatabase } from "./support.ts";

const ENTITY_LABELS = [
  "Article",
  "Person",
  "Organization",
  "Place",
  "Meeting",
  "MeetingSession",
  "Statement",
  "Topic",
];

beforeAll(async () => {
  await resetDatabase();
});

describe("schema migration", () => {
  it("puts a uniqueness constraint on the id of every node label", async () => {
    const rows = await read<{ labels: string[]; properties: string[] }>(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' " +
        "RETURN labelsOrTypes AS labels, properties",
    );
    const idConstrained = rows.filter((r) => r.properties.join() === "id").flatMap((r) => r.labels);
    expect(idConstrained.sort()).toEqual([...ENTITY_LABELS].sort());
  });

  it("creates the full-text indexes over statement text and entity names with their aliases", async () => {
    const rows = await read<{ name: string; labels: string[]; properties: string[]; state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state " +
        "RETURN name, labelsOrTypes AS labels, properties, state ORDER BY name",
    );
    expect(rows).toEqual([
      {
        name: "entityNames",
        labels: ["Person", "Organization", "Place", "Topic", "Meeting"],
        properties: ["name", "aliases"],
        state: "ONLINE",
      },
      { name: "statementText", labels: ["Statement"], properties: ["text"], state: "ONLINE" },
    ]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await read<{ name: string }>("SHOW INDEXES YIELD name RETURN name ORDER BY name");
    const result = await migrate();
    expect(result).toMatchObject({ applied: 0 });
    expect(result.statements).toBeGreaterThanOrEqual(ENTITY_LABELS.length + 2);
    expect(result.files).toEqual(
      expect.arrayContaining(["schema/constraints", "schema/indexes", "schema/fulltext"]),
    );
    const after = await read<{ name: string }>("SHOW INDEXES YIELD name RETURN name ORDER BY name");
    expect(after).toEqual(before);
  });

  it("enforces the constraint: a second node with the same id is refused", async () => {
    await write("CREATE (:Person {id: 'kirill-dmitrijew', name: 'Kirill Dmitrijew'})");
    await expect(
      write("CREATE (:Person {id: 'kirill-dmitrijew', name: 'Kirill Dmitriev'})"),
    ).rejects.toMatchObject({
      code: "Neo.ClientError.Schema.ConstraintValidationFailed",
    });
    await resetDatabase();
  });

  it("finds an entity by one of its aliases through entityNames", async () => {
    await write(
      "CREATE (:Person {id: 'kirill-dmitrijew', name: 'Kirill Dmitrijew', aliases: ['Kirill Dmitriev', 'Dmitriev']})",
    );
    const hits = await read<{ id: string }>(
      "CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id",
      { q: "Dmitriev" },
    );
    expect(hits).toEqual([{ id: "kirill-dmitrijew" }]);
    await resetDatabase();
  });
});

describe("every cypher/**/*.cypher file compiles (EXPLAIN)", () => {
  const names = cypherNames().filter((n) => !n.startsWith("schema/"));

  it("has files to check besides the schema", () => {
    expect(cypherNames()).toEqual(
      expect.arrayContaining(["schema/constraints", "schema/indexes", "schema/fulltext"]),
    );
  });

  // Parameters default to null (EXPLAIN plans without running); a file declares a real example where
  // planning needs one, e.g. `// @param limit: 10`.
  it.each(names)("%s", async (name) => {
    const text = cypher(name);
    const params: Record<string, unknown> = Object.fromEntries(paramNames(text).map((p) => [p, null]));
    Object.assign(params, declaredParams(text));
    const rows = await write(`EXPLAIN ${text}`, params);
    expect(rows).toEqual([]);
  });
});

describe("GraphQL health through yoga.fetch", () => {
  it("answers with the version of the server the tests run against", async () => {
    const { createNewsgraphYoga } = await import("../../src/http/yoga.ts");
    const yoga = createNewsgraphYoga();
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ health { neo4jVersion } }" }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data?: { health?: { neo4jVersion?: string } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.health?.neo4jVersion).toBe(await serverVersion());
    expect(body.data?.health?.neo4jVersion).toBe(inject("neo4jVersion"));
    if (inject("neo4jStartedByTests")) {
      // Our own server is the pinned version (or the pinned LTS on a Java-17-only machine).
      expect([NEO4J_VERSION, NEO4J_LTS_VERSION]).toContain(body.data?.health?.neo4jVersion);
    }
  });
});
