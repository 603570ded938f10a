// A council's name before a person's name is the person's title ("Bundesrat Ignazio Cassis", Swiss news): the
// speaker is the person, of the gender the title and first name give, and the council alone stays an
// organization.
import { describe, expect, it } from "vitest";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { parseNP } from "../../../../src/ingest/attribute/np.ts";
import { Discourse } from "../../../../src/ingest/attribute/speaker.ts";

import { textUnits } from "./sentence-tokens.ts";

const lex = attributionLexicon();

function speakerOf(text: string) {
  const ts = textUnits(text)[0]!.toks;
  const disc = new Discourse(text, { entities: [], mentions: [], roleMentions: [] }, lex);
  const r = disc.resolve(parseNP(ts, 0, lex)!, ts, 0, null);
  return r && { name: r.name, type: r.type, gender: r.gender };
}

describe("council titles before a name", () => {
  it.each([
    ["Bundesrat Ignazio Brunetti sagte, man prüfe das.", "Ignazio Brunetti", "PERSON", "m"],
    ["Bundesrätin Karin Zollinger erklärte, es gehe voran.", "Karin Zollinger", "PERSON", "f"],
    ["Stadtrat Peter Imhof sagte, die Brücke sei sicher.", "Peter Imhof", "PERSON", "m"],
    ["Nationalrätin Zollinger sagte, sie sei dagegen.", "Zollinger", "PERSON", "f"],
    // the council itself speaks as an organization
    ["Der Bundesrat teilte mit, er prüfe das.", "Bundesrat", "ORGANIZATION", null],
  ])("%s → %s (%s, %s)", (text, name, type, gender) => {
    expect(speakerOf(text)).toEqual({ name, type, gender });
  });
});
