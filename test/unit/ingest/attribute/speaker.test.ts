// The speaker resolver (Discourse.resolve), one table per kind of phrase: names, recognized entities,
// pronouns (by gender and number), role descriptions (by role, side and gender; never a name inside the
// phrase's own modifier), titles and organization nouns.
import { describe, expect, it } from "vitest";
import { attributionLexicon } from "../../../../src/ingest/attribute/lexicon.ts";
import { parseNP } from "../../../../src/ingest/attribute/np.ts";
import { Discourse, type ResolvedSpeaker } from "../../../../src/ingest/attribute/speaker.ts";
import type { Entity, Recognition, Token } from "../../../../src/ingest/types.ts";
import { segmentLite } from "../recognize/support.ts";

const lex = attributionLexicon();
const NONE: Recognition = { entities: [], mentions: [], roleMentions: [] };

/** A small article: one sentence per line, each a unit with its tokens at their offsets in the text. */
class Story {
  readonly text: string;
  readonly units: Token[][] = [];
  readonly disc: Discourse;

  constructor(lines: string[], rec: Recognition = NONE) {
    this.text = lines.join("\n");
    let offset = 0;
    for (const line of lines) {
      // each line is a document of its own, its tokens moved to the line's place in the story
      const at = offset;
      this.units.push(segmentLite(line).tokens.map((t) => ({ ...t, start: t.start + at, end: t.end + at })));
      offset += line.length + 1;
    }
    this.disc = new Discourse(this.text, rec, lex);
  }

  /** Resolves the phrase at the start of unit `u`. */
  resolve(u: number, pluralVerb: boolean | null = null): ResolvedSpeaker | null {
    const np = parseNP(this.units[u]!, 0, lex);
    if (!np) throw new Error(`no phrase at the start of unit ${u}`);
    return this.disc.resolve(np, this.units[u]!, u, pluralVerb);
  }

  /** Resolves the phrase at the start of unit `u` and keeps it salient, as a sentence's subject is. */
  mention(u: number): ResolvedSpeaker {
    const ref = this.resolve(u);
    if (!ref) throw new Error(`unit ${u} resolves to nobody`);
    this.disc.noteSalient(ref, u, ref.mention.start);
    return ref;
  }
}

const who = (r: ResolvedSpeaker | null) =>
  r && {
    name: r.name,
    type: r.type,
    gender: r.gender,
    plural: r.plural,
    how: r.how,
    mention: r.mention.text,
  };

describe("resolve: names and titles", () => {
  it.each([
    // phrase, name, type, gender, mention
    ["Kremlsprecher Dmitri Peskow sagte", "Dmitri Peskow", "PERSON", "m", "Kremlsprecher Dmitri Peskow"],
    ["Bürgermeisterin Lena Brandt sagte", "Lena Brandt", "PERSON", "f", "Bürgermeisterin Lena Brandt"],
    ["Jonas Weil sagte", "Jonas Weil", "PERSON", "m", "Jonas Weil"],
    [
      "das „Wall Street Journal“ berichtete",
      "Wall Street Journal",
      "ORGANIZATION",
      null,
      "das „Wall Street Journal“",
    ],
  ])("%s → %s", (text, name, type, gender, mention) => {
    const r = new Story([text]).resolve(0);
    expect(who(r)).toEqual({ name, type, gender, plural: false, how: "name", mention });
  });

  it("a name the recognizer knows resolves to its entity", () => {
    const text = "Kremlsprecher Dmitri Peskow sagte";
    const start = text.indexOf("Dmitri");
    const peskow: Entity = {
      id: "dmitri-peskow",
      type: "PERSON",
      name: "Dmitri Peskow",
      aliases: ["Peskow"],
      kind: null,
      countryId: "russland",
      locatedIn: null,
      origin: "lexicon",
      mentions: [],
      affiliations: [],
    };
    const rec: Recognition = {
      entities: [peskow],
      mentions: [
        {
          start,
          end: start + 13,
          text: "Dmitri Peskow",
          entityId: "dmitri-peskow",
          type: "PERSON",
          rule: "lexicon",
        },
      ],
      roleMentions: [],
    };
    const r = new Story([text], rec).resolve(0)!;
    expect(r.id).toBe("dmitri-peskow");
    expect(r.how).toBe("entity");
  });

  it("a surname alone names the person introduced in full before", () => {
    const s = new Story(["Bürgermeisterin Lena Brandt eröffnete die Sitzung.", "Brandt sagte"]);
    s.mention(0);
    expect(who(s.resolve(1))).toMatchObject({
      name: "Lena Brandt",
      gender: "f",
      how: "name",
      mention: "Brandt",
    });
  });

  it("an organization noun without a name speaks as the organization", () => {
    const r = new Story(["die Polizei teilte mit"]).resolve(0);
    expect(who(r)).toEqual({
      name: "Polizei",
      type: "ORGANIZATION",
      gender: null,
      plural: false,
      how: "name",
      mention: "die Polizei",
    });
  });
});

describe("resolve: pronouns by gender and number", () => {
  const story = () => {
    const s = new Story([
      "Lena Brandt kam zur Sitzung.",
      "Jonas Weil kam später.",
      "sie sagte",
      "er sagte",
      "sie sagten",
      "dieser sagte",
    ]);
    s.mention(0);
    s.mention(1);
    return s;
  };

  it.each([
    // unit, referent
    [2, "Lena Brandt"],
    [3, "Jonas Weil"],
    [5, "Jonas Weil"],
  ])("unit %i → %s, the nearest salient person of the pronoun's gender", (u, name) => {
    const r = story().resolve(u);
    expect(r?.name).toBe(name);
    expect(r?.how).toBe("pronoun");
  });

  it("'sie' is never the man named last", () => {
    const s = new Story(["Jonas Weil kam.", "sie sagte"]);
    s.mention(0);
    expect(s.resolve(1)).toBeNull();
  });

  it("'sie sagten' (plural) is no single person", () => {
    expect(story().resolve(4, true)).toBeNull();
  });
});

describe("resolve: role descriptions", () => {
  it("a definite description goes to the person named earlier with that role", () => {
    const s = new Story(["Bürgermeisterin Lena Brandt eröffnete die Sitzung.", "Die Bürgermeisterin sagte"]);
    s.disc.registerRoleNames(s.units[0]!);
    expect(who(s.resolve(1))).toMatchObject({ name: "Lena Brandt", how: "description" });
  });

  it("the name in the description's own modifier is not its referent", () => {
    const s = new Story([
      "Kremlchef Wladimir Putin empfing die Delegation.",
      "Putin-Berater Juri Wolkow war dabei.",
      "der Berater von Kremlchef Wladimir Putin sagte",
    ]);
    s.disc.registerRoleNames(s.units[0]!);
    s.disc.registerRoleNames(s.units[1]!);
    expect(who(s.resolve(2))).toMatchObject({ name: "Juri Wolkow", how: "description" });
  });

  it("skips the newer person of that role who is named in the modifier", () => {
    const s = new Story([
      "Berater Juri Wolkow war dabei.",
      "Berater Anton Sommer kam später.",
      "der Berater von Anton Sommer sagte",
    ]);
    s.disc.registerRoleNames(s.units[0]!);
    s.disc.registerRoleNames(s.units[1]!);
    expect(who(s.resolve(2))).toMatchObject({ name: "Juri Wolkow", how: "description" });
  });

  it("with nobody fitting, the description stays unresolved and keeps its words", () => {
    const s = new Story([
      "Kremlchef Wladimir Putin empfing die Delegation.",
      "der Berater von Kremlchef Wladimir Putin sagte",
    ]);
    s.disc.registerRoleNames(s.units[0]!);
    const r = s.resolve(1);
    expect(r?.how).toBe("unresolved");
    expect(r?.name).toBe("Berater von Kremlchef Wladimir Putin");
    expect(r?.id).toBeNull();
  });

  it("an indefinite description is someone new: ein Vertreter des Weißen Hauses", () => {
    const s = new Story([
      "Kremlchef Wladimir Putin empfing die Delegation.",
      "ein Vertreter des Weißen Hauses sagte",
    ]);
    s.mention(0);
    s.disc.registerRoleNames(s.units[0]!);
    expect(who(s.resolve(1))).toEqual({
      name: "Vertreter des Weißen Hauses",
      type: "PERSON",
      gender: "m",
      plural: false,
      how: "unresolved",
      mention: "ein Vertreter des Weißen Hauses",
    });
  });

  it("a description of the other gender skips a person of the wrong gender", () => {
    const s = new Story(["Jonas Weil kam zur Sitzung.", "die Sprecherin sagte"]);
    s.mention(0);
    const r = s.resolve(1);
    expect(r?.name).not.toBe("Jonas Weil");
    expect(r?.how).toBe("unresolved");
    expect(r?.gender).toBe("f");
  });

  it("an office does not describe a person introduced in another role; a broad description does", () => {
    const s = new Story([
      "Der Leiter der Feuerwehr, Jonas Weil, kam zur Sitzung.",
      "der Minister sagte",
      "der Politiker sagte",
    ]);
    s.mention(0);
    s.disc.registerRoleNames(s.units[0]!);
    expect(s.resolve(1)?.how).toBe("unresolved");
    expect(who(s.resolve(2))).toMatchObject({ name: "Jonas Weil", how: "description" });
  });
});

describe("resolveWord: a source word in 'nach … Angaben'", () => {
  it.each([
    ["seinen", "Jonas Weil"],
    ["ihren", "Lena Brandt"],
  ])("'%s' points back to the salient person of its gender", (word, name) => {
    const s = new Story(["Lena Brandt kam.", "Jonas Weil kam.", `nach ${word} Angaben`]);
    s.mention(0);
    s.mention(1);
    const r = s.disc.resolveWord(s.units[2]![1]!, 2);
    expect(r?.name).toBe(name);
    expect(r?.how).toBe("pronoun");
  });

  it("'dpa-Informationen' names the agency", () => {
    const s = new Story(["nach dpa-Informationen"]);
    const r = s.disc.resolveWord(s.units[0]![1]!, 0);
    expect(who(r)).toMatchObject({ name: "dpa", type: "ORGANIZATION", how: "name", mention: "dpa" });
  });
});

describe("resolve: the gender of a recognized person", () => {
  /** A story whose first line introduces one person the recognizer found at `name`. */
  function story(lines: string[], name: string, mention = name): Story {
    const text = lines.join("\n");
    const start = text.indexOf(mention);
    const person: Entity = {
      id: "p",
      type: "PERSON",
      name,
      aliases: [name.split(" ").at(-1)!],
      kind: null,
      countryId: null,
      locatedIn: null,
      origin: "discovered",
      mentions: [
        {
          start,
          end: start + mention.length,
          text: mention,
          entityId: "p",
          type: "PERSON",
          rule: "discovered:name",
        },
      ],
      affiliations: [],
    };
    return new Story(lines, { entities: [person], mentions: person.mentions, roleMentions: [] });
  }

  it.each([
    // a feminine role noun before the name says more than a first name not in -a
    ["Umweltministerin Leonore Kessler", "Leonore Kessler", "Leonore Kessler", "f"],
    ["Frau Mechthild Holm", "Mechthild Holm", "Mechthild Holm", "f"],
    ["Minister Leonhard Kessler", "Leonhard Kessler", "Leonhard Kessler", "m"],
    // "Die Anwältin Holms": the role is the genitive's head's, not the name's
    ["Die Anwältin Jonas Holms", "Jonas Holm", "Jonas Holms", "m"],
  ])("%s", (line, name, mention, gender) => {
    const s = story([`${line} sprach.`, "Die Ministerin sagte"], name, mention);
    const r = s.disc.resolve(
      parseNP(s.units[0]!, line.indexOf(name.split(" ")[0]!) > 0 ? 1 : 0, lex)!,
      s.units[0]!,
      0,
      null,
    );
    expect(r?.gender).toBe(gender);
  });
});
