// Article identity on edit (issue 17): an article with neither title nor url is identified by its file
// — the path relative to the folder given to `ingest` — so an edited version updates it and replaces
// its statements; two such files with the same text stay two articles. Without a file (standard
// input, the ingestArticles mutation) the text identifies it: an edit is a new article.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestArticles, ingestPaths } from "../../src/ingest/ingest.ts";
import { identityFile } from "../../src/ingest/normalize/article-id.ts";
import { read } from "../../src/neo4j/run.ts";
import { resetDatabase } from "../integration/support.ts";

const FIRST = "„Wir sind zu Gesprächen in Miami bereit“, sagte Kremlsprecher Dmitri Peskow am Montag.";
const EDITED = "„Wir reisen nicht nach Miami“, sagte Kremlsprecher Dmitri Peskow am Dienstag.";

let dir: string;

beforeEach(async () => {
  await resetDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-identity-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function put(rel: string, text: string): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `date 2025-12-20\n\n${text}\n`);
  return file;
}

async function stored(): Promise<Array<{ id: string; file: string; statements: string[] }>> {
  return read(
    `MATCH (a:Article)
     OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)
     WITH a, s ORDER BY s.start
     RETURN a.id AS id, a.file AS file, collect(s.text) AS statements ORDER BY file`,
  );
}

describe("an article with neither title nor url", () => {
  it("is identified by its path under the ingest folder: an edit updates it and replaces its statements", async () => {
    const file = put("2025-12/meldung.txt", FIRST);
    const first = await ingestPaths([dir]);
    expect(first.articles).toMatchObject({ new: 1, updated: 0 });
    const [before] = await stored();
    expect(before?.statements).toEqual(["„Wir sind zu Gesprächen in Miami bereit“"]);

    put("2025-12/meldung.txt", EDITED);
    const second = await ingestPaths([dir]);
    expect(second.articles).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    expect(second.ingested).toEqual([
      expect.objectContaining({
        file,
        articleId: before?.id,
        outcome: "updated",
        replaced: [expect.objectContaining({ file })],
      }),
    ]);
    const after = await stored();
    expect(after).toHaveLength(1);
    expect(after[0]?.statements).toEqual(["„Wir reisen nicht nach Miami“"]);
  });

  it("keeps its id when the corpus folder is moved; the key is the path relative to the argument", async () => {
    put("a/meldung.txt", FIRST);
    await ingestPaths([dir]);
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-identity-moved-"));
    try {
      fs.cpSync(dir, moved, { recursive: true });
      fs.writeFileSync(path.join(moved, "a/meldung.txt"), `date 2025-12-20\n\n${EDITED}\n`);
      const report = await ingestPaths([moved]);
      expect(report.articles).toMatchObject({ new: 0, updated: 1 });
      expect((await stored()).map((a) => a.statements)).toEqual([["„Wir reisen nicht nach Miami“"]]);
    } finally {
      fs.rmSync(moved, { recursive: true, force: true });
    }
    expect(identityFile("/x/corpus", "/x/corpus/a/meldung.txt")).toBe("a/meldung.txt");
    expect(identityFile("/x/corpus/a/meldung.txt", "/x/corpus/a/meldung.txt")).toBe("meldung.txt");
  });

  it("two different files with the same text are two articles (identity is the file, not the text)", async () => {
    put("eins.txt", FIRST);
    put("zwei.txt", FIRST);
    const report = await ingestPaths([dir]);
    expect(report.articles).toMatchObject({ new: 2, updated: 0, unchanged: 0 });
    const both = await stored();
    expect(both.map((a) => path.basename(a.file))).toEqual(["eins.txt", "zwei.txt"]);
    expect(both[0]?.id).not.toBe(both[1]?.id);
    for (const a of both) expect(a.statements).toEqual(["„Wir sind zu Gesprächen in Miami bereit“"]);
  });

  it("without a file (the mutation) the text identifies it: the same text is unchanged, an edit is new", async () => {
    const raw = (text: string) => ({ file: "api:articles[0]", format: "txt" as const, meta: {}, text });
    expect((await ingestArticles([raw(FIRST)])).articles).toMatchObject({ new: 1 });
    expect((await ingestArticles([raw(FIRST)])).articles).toMatchObject({ unchanged: 1, new: 0 });
    expect((await ingestArticles([raw(EDITED)])).articles).toMatchObject({ new: 1, updated: 0 });
    expect(await stored()).toHaveLength(2);
  });
});
