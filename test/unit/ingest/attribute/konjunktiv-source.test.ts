// Konjunktiv sentences without a cue of their own, through the real front end and recognizer: whose words
// they report when a new subject stands between the last speaker and them, and which capitalized
// subjects are things rather than people.
import { describe, expect, it } from "vitest";
import { attribute } from "../../../../src/ingest/attribute/attribute.ts";
import { prepareArticle } from "../../../../src/ingest/pipeline.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { Statement } from "../../../../src/ingest/types.ts";

function run(text: string): Statement[] {
  const doc = prepareArticle({ file: "t.txt", format: "txt", meta: {}, text });
  return attribute(doc, recognize(doc));
}

const containing = (out: Statement[], words: string) => out.filter((s) => s.text.includes(words));

describe("attribute: the source of a Konjunktiv sentence without a cue", () => {
  const cases: Array<{ name: string; text: string; words: string; speaker: string }> = [
    {
      name: "a person named as the subject of the sentence before, after another speaker",
      text:
        "„Wir bauen die Brücke bis Mai fertig“, sagte Bürgermeisterin Jana Kolb. Die Kosten stiegen seit Jahren. " +
        "Der Gutachter Paul Brenner widersprach am Dienstag im Ausschuss. " +
        "Die Pfeiler seien zu schwach für den Verkehr.",
      words: "Die Pfeiler seien",
      speaker: "Paul Brenner",
    },
    {
      name: "the last speaker when the sentence before had no subject that the recognizer knows",
      text:
        "„Die Schule wird saniert“, sagte Schulleiter Tom Weidner. Im Herbst regnete es oft. " +
        "Der Umbau sei bis Juni geplant.",
      words: "Der Umbau sei",
      speaker: "Tom Weidner",
    },
    {
      name: "not a plural common noun that opened the sentence before",
      text:
        "„Die Flotte ist sicher“, erklärte die Behördenchefin Ines Maurer. " +
        "Besondere Probleme zeigten sich bei der Wartung. Auch sei die Dokumentation lückenhaft gewesen.",
      words: "Auch sei die Dokumentation",
      speaker: "Ines Maurer",
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const hits = containing(run(c.text), c.words);
      expect(hits.map((s) => s.text)).toHaveLength(1);
      expect(hits[0]!.speaker.name).toBe(c.speaker);
    });
});

describe("attribute: capitalized common nouns in a plural are no speaker", () => {
  it("gives no one the Konjunktiv after a sentence about things", () => {
    for (const text of [
      "Besondere Probleme zeigten sich bei der Wartung. Auch sei die Dokumentation lückenhaft gewesen.",
      "Hohe Studiengebühren schreckten viele ab. Die Zahl der Anfänger sei gesunken.",
    ])
      expect(run(text).map((s) => `${s.speaker.name}: ${s.text}`)).toEqual([]);
  });
});
