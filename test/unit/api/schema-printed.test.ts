import fs from "node:fs";
import { describe, expect, it } from "vitest";
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
    expect(sdl).toMatch(/search\(first: Int = 10, query: String!, types: \[SearchType!\]\): \[SearchHit!\]!/);
    expect(sdl).toMatch(/neighborhood\(depth: Int = 1, id: ID!, limit: Int = 50\): Neighborhood/);
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
