// One Person across articles (src/ingest/link/people-across.ts) through the real pipeline and writer:
// two articles spell one negotiator's name differently ("Boris Kasakow", "Boris Kazakov"); whether they
// come in one ingest run or the second finds the first in the graph, the graph holds one Person with
// both names, the rule that merged them, both statements and one affiliation. A woman of the same
// surname and another given name stays her own Person.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "../../src/ingest/ingest.ts";
import { read } from "../../src/neo4j/run.ts";
import { resetDatabase } from "./support.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ng-people-across-"));
const first = path.join(dir, "genf-1.txt");
const second = path.join(dir, "genf-2.txt");
fs.writeFileSync(
  first,
  "Gespräche in Genf\n\nGenf (dpa) - Der russische Unterhändler Boris Kasakow sagte am Montag: „Die Gespräche waren konstruktiv.“\n",
);
fs.writeFileSync(
  second,
  "Neue Runde in Genf\n\nGenf (AFP) - Der russische Unterhändler Boris Kazakov kündigte an: „Wir reden weiter.“ " +
    "Die russische Diplomatin Olga Kasakow sagte: „Wir warten ab.“\n",
);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await resetDatabase();
});

interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  merges: string[] | null;
  said: string[];
  affiliations: Array<{ org: string; roleKind: string; articles: number }>;
}

function people(): Promise<PersonView[]> {
  return read<PersonView>(
    `MATCH (p:Person)
     OPTIONAL MATCH (s:Statement)-[:SAID_BY]->(p)
     WITH p, s ORDER BY s.text
     WITH p, collect(s.text) AS said
     OPTIONAL MATCH (p)-[r:AFFILIATED_WITH]->(o:Organization)
     WITH p, said, r, o ORDER BY o.id, r.roleKind
     RETURN p.id AS id, p.name AS name, p.aliases AS aliases, p.merges AS merges, said,
       [x IN collect({org: o.id, roleKind: r.roleKind, articles: size(r.articleIds)}) WHERE x.org IS NOT NULL]
         AS affiliations
     ORDER BY id`,
  );
}

async function expectOnePerson() {
  const all = await people();
  expect(all.map((p) => p.id)).toEqual(["boris-kasakow", "olga-kasakow"]);
  const boris = all[0]!;
  expect(boris.name).toBe("Boris Kasakow");
  expect(boris.aliases).toContain("Boris Kazakov");
  expect(boris.merges).toHaveLength(1);
  expect(boris.merges?.[0]).toMatch(
    /^boris-kazakov → boris-kasakow: same-name-transliterated: "Boris Kazakov"/,
  );
  expect(boris.said).toEqual(["„Die Gespräche waren konstruktiv.“", "„Wir reden weiter.“"]);
  expect(boris.affiliations).toEqual([{ org: "russland", roleKind: "NEGOTIATOR", articles: 2 }]);
  const olga = all[1]!;
  expect(olga.merges).toBeNull();
  expect(olga.said).toEqual(["„Wir warten ab.“"]);
}

describe("one Person across articles", () => {
  it("merges a transliteration variant within one ingest run", async () => {
    const report = await ingestPaths([first, second]);
    expect(report.articles.new).toBe(2);
    await expectOnePerson();
  });

  it("merges a variant with a person an earlier run wrote, found in the graph", async () => {
    await ingestPaths([first]);
    await ingestPaths([second]);
    await expectOnePerson();
  });
});
