// Statement.speakerId: the writers copy the id of a statement's SAID_BY target onto the statement, the
// statement filter tests that property instead of expanding the edge (src/filters/statement-where.ts,
// saidByOneOf), a statement without it (an old graph, an import) is still found through its edge, and
// migrate() copies it into a graph written without it.
import { beforeEach, describe, expect, it } from "vitest";
import {
  clearStatementEstimates,
  resolveStatementWhere,
  statementPageQuery,
} from "../../../src/filters/statement-filter.ts";
import type { ResolvedStatementWhere, StatementWhere } from "../../../src/filters/statement-where.ts";
import { ingestExtractions } from "../../../src/ingest/ingest.ts";
import { migrate } from "../../../src/neo4j/migrate.ts";
import { read, write } from "../../../src/neo4j/run.ts";
import { articleA, articleB, articleC, makeExtraction } from "../../fixtures/write-extraction.ts";
import { resetDatabase } from "../support.ts";

/** An article with a statement by an organization and one whose speaker the extraction did not know. */
function articleD() {
  return makeExtraction({
    id: "art-dddddddddddddddd",
    file: "d.txt",
    publishedAt: "2025-12-23",
    text: "Der Kreml teilte mit: «Die Lage ist ruhig.» Jemand rief: «Weiter so!»",
    entities: ["kreml", "russland"],
    statements: [
      { text: "Die Lage ist ruhig.", speaker: "kreml" },
      { text: "Weiter so!", speaker: null },
    ],
  });
}

async function speakerIds(): Promise<{ text: string; speakerId: string | null; target: string | null }[]> {
  return read(
    `MATCH (s:Statement) OPTIONAL MATCH (s)-[:SAID_BY]->(x)
     RETURN s.text AS text, s.speakerId AS speakerId, x.id AS target ORDER BY text`,
  );
}

/**
 * The walk in publication order (what a big graph's page takes), forced by an estimate. `complete`: what
 * the estimate's probe should have found, and so which index the walk reads.
 */
async function walkedTexts(where: StatementWhere, complete: boolean): Promise<string[]> {
  clearStatementEstimates(); // as a new graph version does
  const r: ResolvedStatementWhere = await resolveStatementWhere(where);
  expect(r.speakerIdsComplete).toBe(complete);
  const kinds = r.speakerIds ? { speakers: 100_000 } : { affiliations: 100_000 };
  const q = statementPageQuery({ ...r, anchorCosts: kinds, statementTotal: 1_000_000 }, { limit: 10 });
  expect(q.query).toContain(
    complete ? "USING INDEX s:Statement(publishedAt, speakerId)" : "USING INDEX s:Statement(publishedAt)\n",
  );
  expect(q.query).toContain("s.speakerId IN");
  return (await read<{ s: { text: string } }>(q.query, q.params)).map((row) => row.s.text).sort();
}

beforeEach(async () => {
  await resetDatabase();
  await ingestExtractions([articleA(), articleB(), articleC(), articleD()], { concurrency: 1 });
});

describe("Statement.speakerId", () => {
  it("the writer copies the SAID_BY target's id: persons, organizations, none without a speaker", async () => {
    expect(await speakerIds()).toEqual([
      { text: "Die Gespräche in Porto waren gut.", speakerId: "iwan-beispiel", target: "iwan-beispiel" },
      { text: "Die Lage ist ruhig.", speakerId: "kreml", target: "kreml" },
      { text: "Nichts Neues.", speakerId: "anna-muster", target: "anna-muster" },
      { text: "Weiter so!", speakerId: null, target: null },
      { text: "Wir sprechen über Sicherheit.", speakerId: "anna-muster", target: "anna-muster" },
    ]);
  });

  it("an updated article's statements carry the copy too (they are written anew)", async () => {
    await ingestExtractions([articleA("v2")], { concurrency: 1 });
    const rows = await speakerIds();
    expect(rows.find((r) => r.text === "Die Gespräche in Porto waren schwierig.")).toEqual({
      text: "Die Gespräche in Porto waren schwierig.",
      speakerId: "iwan-beispiel",
      target: "iwan-beispiel",
    });
    expect(rows.every((r) => r.speakerId === r.target)).toBe(true);
  });

  it("the walk finds a speaker's statements by the copy, and through the edge where it is absent", async () => {
    const byName = { speaker: { id: "anna-muster" } };
    const negotiators = { speaker: { nationality: "Russland", roleKind: "NEGOTIATOR" as const } };
    // Every statement has its copy: the walk reads it from the (publishedAt, speakerId) index.
    expect(await walkedTexts(byName, true)).toEqual(["Nichts Neues.", "Wir sprechen über Sicherheit."]);
    expect(await walkedTexts(negotiators, true)).toEqual(["Die Gespräche in Porto waren gut."]);
    // A graph written before the copy: the estimate's probe sees it, and the walk finds the same
    // statements through the publishedAt index and SAID_BY.
    await write("MATCH (s:Statement) REMOVE s.speakerId");
    expect(await walkedTexts(byName, false)).toEqual(["Nichts Neues.", "Wir sprechen über Sicherheit."]);
    expect(await walkedTexts(negotiators, false)).toEqual(["Die Gespräche in Porto waren gut."]);
    // The copy is what the walk reads when present (a statement's SAID_BY never moves, so it cannot
    // differ): planted on Anna Muster's statement, it makes it Iwan Beispiel's, beside his own statement,
    // which has no copy now and is found through its edge.
    await write("MATCH (s:Statement {text: 'Nichts Neues.'}) SET s.speakerId = 'iwan-beispiel'");
    expect(await walkedTexts({ speaker: { id: "iwan-beispiel" } }, false)).toEqual([
      "Die Gespräche in Porto waren gut.",
      "Nichts Neues.",
    ]);
  });

  it("migrate() copies the ids into a graph written without them, once", async () => {
    await write("MATCH (s:Statement) REMOVE s.speakerId");
    expect((await migrate()).backfilled).toEqual(["migrate/statement-speaker-ids"]);
    expect((await speakerIds()).map((r) => [r.speakerId, r.target])).toEqual([
      ["iwan-beispiel", "iwan-beispiel"],
      ["kreml", "kreml"],
      ["anna-muster", "anna-muster"],
      [null, null],
      ["anna-muster", "anna-muster"],
    ]);
    expect((await migrate()).backfilled).toEqual([]);
  });
});
