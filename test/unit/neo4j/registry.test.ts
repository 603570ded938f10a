import { describe, expect, it } from "vitest";
import { createdName, splitStatements } from "../../../src/neo4j/migrate.ts";
import { cypher, cypherNames, declaredParams, paramNames } from "../../../src/neo4j/registry.ts";

describe("cypher registry", () => {
  it("loads every file under cypher/ by its kebab-case path without the extension", () => {
    const names = cypherNames();
    expect(names).toEqual(
      expect.arrayContaining(["schema/constraints", "schema/indexes", "schema/fulltext"]),
    );
    expect(names).toEqual([...names].sort());
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)+$/);
    expect(cypher("schema/constraints")).toContain("REQUIRE n.id IS UNIQUE");
  });

  it("throws on an unknown name, naming the file it looked for", () => {
    expect(() => cypher("read/no-such-query")).toThrow("cypher/read/no-such-query.cypher");
  });

  it("finds the $parameters a query uses, ignoring comments", () => {
    const text =
      "// uses $notThis\nMATCH (s:Statement) WHERE s.id IN $ids AND s.kind = $kind\nRETURN s LIMIT $limit";
    expect(paramNames(text)).toEqual(["ids", "kind", "limit"]);
  });

  it("reads example values from `// @param name: <JSON>` lines and rejects bad JSON with the name", () => {
    const text =
      '// @param limit: 10\n// @param rows: [{"id": "x"}]\nUNWIND $rows AS r RETURN r LIMIT $limit';
    expect(declaredParams(text)).toEqual({ limit: 10, rows: [{ id: "x" }] });
    expect(() => declaredParams("// @param limit: ten\nRETURN $limit")).toThrow("@param limit");
  });
});

describe("splitStatements", () => {
  it("splits on semicolons outside comments, strings and backticks", () => {
    const text = [
      "// first; still a comment",
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);",
      "CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.t]",
      "OPTIONS { indexConfig: { `fulltext.analyzer`: 'german;x' } };",
      '/* block; comment */ RETURN "a;b"',
    ].join("\n");
    expect(splitStatements(text)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "CREATE FULLTEXT INDEX b IF NOT EXISTS FOR (n:B) ON EACH [n.t]\nOPTIONS { indexConfig: { `fulltext.analyzer`: 'german;x' } }",
      'RETURN "a;b"',
    ]);
  });

  it("makes every schema statement idempotent (IF NOT EXISTS) and named, so a restart can skip it", () => {
    for (const name of cypherNames().filter((n) => n.startsWith("schema/"))) {
      for (const statement of splitStatements(cypher(name))) {
        expect(statement, `${name}: ${statement}`).toMatch(/\bIF NOT EXISTS\b/);
        expect(createdName(statement), `${name}: ${statement}`).toMatch(/^[A-Za-z_]\w*$/);
      }
    }
  });

  it("reads the name a CREATE … IF NOT EXISTS gives its constraint or index", () => {
    expect(
      createdName("CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE"),
    ).toBe("person_id");
    expect(
      createdName("CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person) ON EACH [n.name]"),
    ).toBe("entityNames");
    expect(createdName("CREATE INDEX `odd name` IF NOT EXISTS FOR (n:A) ON (n.x)")).toBe("odd name");
    expect(createdName("CREATE INDEX FOR (n:A) ON (n.x)")).toBeNull();
  });
});
