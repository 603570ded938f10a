import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { schema } from "../../../src/schema/index.ts";
import { printedSchema, SCHEMA_FILE } from "../../../src/schema/print-schema.ts";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:print` after changing types)", () => {
    expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });

  it("has the headline filter, Relay node lookups, search, neighborhood and the token-protected mutation", () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(
      /statements\(after: String, before: String, first: Int, last: Int, orderBy: StatementOrder, where: StatementWhere\): StatementConnection!/,
    );
    expect(sdl).toMatch(/input SpeakerWhere \{[^}]*nationality: String[^}]*roleKind: RoleKind/s);
    expect(sdl).toMatch(/node\(id: ID!\): Node/);
    expect(sdl).toMatch(/nodes\(ids: \[ID!\]!\): \[Node\]!/);
    const query = schema.getQueryType()!.getFields();
    expect(query.search!.args.map((a) => a.name).sort()).toEqual(["first", "query", "types"]);
    expect(String(query.search!.type)).toBe("[SearchHit!]!");
    expect(query.neighborhood!.args.map((a) => `${a.name}:${a.type}`).sort()).toEqual([
      "depth:Int",
      "id:ID!",
      "limit:Int",
    ]);
    expect(sdl).toMatch(/ingestArticles\(articles: \[ArticleInput!\]!\): IngestReport!/);
    expect(sdl).toMatch(/union Speaker = Organization \| Person/);
    expect(sdl).toMatch(/type Person implements Entity & Node/);
    for (const conn of ["Statement", "Person", "Organization", "Place", "Meeting", "Article", "Topic"]) {
      expect(sdl).toMatch(
        new RegExp(`type ${conn}Connection \\{[^}]*cypher: CypherQuery![^}]*totalCount: Int!`, "s"),
      );
    }
  });
});
