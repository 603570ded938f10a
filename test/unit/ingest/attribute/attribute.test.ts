// The attribute stage on our own German fixtures (test/fixtures/attribution), one per seed pitfall,
// with an empty Recognition: speakers must come from the text itself.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { attribute } from "../../../../src/ingest/attribute/attribute.ts";
import { segment } from "../../../../src/ingest/segment/segment.ts";
import type { NormalizedArticle, Recognition, Statement } from "../../../../src/ingest/types.ts";

const FIXTURES = path.join(import.meta.dirname, "../../../fixtures/attribution");
const NONE: Recognition = { entities: [], mentions: [], roleMentions: [] };

function article(text: string, publishedAt: string | null = "2025-12-20"): NormalizedArticle {
  return {
    id: "art-t",
    contentHash: "x",
    file: "t.txt",
    meta: { title: null, source: null, sources: [], publishedAt, url: null, dateline: null },
    text,
    warnings: [],
  };
}

function run(textOrFixture: string, rec: Recognition = NONE): Statement[] {
  const text = textOrFixture.endsWith(".txt")
    ? fs.readFileSync(path.join(FIXTURES, textOrFixture), "utf8")
    : textOrFixture;
  return attribute(segment(article(text)), rec);
}

/** The one statement whose text contains `words`. */
function find(statements: Statement[], words: string): Statement {
  const hits = statements.filter((s) => s.text.includes(words));
  expect(
    hits.map((s) => s.text),
    `statements containing "${words}"`,
  ).toHaveLength(1);
  return hits[0]!;
}

describe("attribute: the statement contract", () => {
  it("gives ids from article id and span, text equal to the slice, cue spans and confidences in 0..1", () => {
    const text = fs.readFileSync(path.join(FIXTURES, "speaker-positions.txt"), "utf8");
    const out = run("speaker-positions.txt");
    expect(out.length).toBeGreaterThan(0);
    for (const s of out) {
      expect(s.id).toBe(`art-t:${s.start}-${s.end}`);
      expect(s.text).toBe(text.slice(s.start, s.end));
      if (s.cue) expect(s.cue.text).toBe(text.slice(s.cue.start, s.cue.end));
      if (s.speaker.mention)
        expect(s.speaker.mention.text).toBe(text.slice(s.speaker.mention.start, s.speaker.mention.end));
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.about).toEqual([]);
    }
  });

  it("finds nothing in a text without speech", () => {
    expect(run("Der Zug fuhr pünktlich ab. In Bonn regnete es den ganzen Tag.")).toEqual([]);
    expect(run("")).toEqual([]);
  });
});

describe("attribute: where the speaker stands", () => {
  const out = run("speaker-positions.txt");

  it("takes the speaker after the quote, before the colon, and around an interrupted quote", () => {
    expect(find(out, "Wir bleiben standhaft")).toMatchObject({
      kind: "DIRECT",
      speaker: { name: "Anna Roth" },
    });
    expect(find(out, "Wir lassen uns nicht einschüchtern")).toMatchObject({
      kind: "DIRECT",
      rule: "direct:colon",
      speaker: { name: "Anna Roth", type: "PERSON" },
    });
    const first = find(out, "Die Stadt steht zusammen");
    const second = find(out, "und sie wird es auch in Zukunft tun");
    expect(first.speaker.name).toBe("Anna Roth");
    expect(second.speaker.name).toBe("Anna Roth");
    expect(first.text).toBe("„Die Stadt steht zusammen“");
  });

  it("resolves a bare surname to the person introduced in full, keeping the surname as the mention", () => {
    const s = find(out, "Die Stadt steht zusammen");
    expect(s.speaker.mention?.text).toBe("Roth");
  });
});

describe("attribute: coreference", () => {
  it("resolves a pronoun to the subject of the earlier sentence, not the nearest name", () => {
    const out = run("pronoun-chain.txt");
    expect(find(out, "in allen wichtigen Fragen einig").speaker).toMatchObject({
      name: "Jonas Keller",
      mention: { text: "er" },
    });
    expect(find(out, "Die Zeit für Ausreden ist vorbei").speaker.name).toBe("Jonas Keller");
    expect(out.some((s) => s.speaker.name === "Pierre Duval")).toBe(false);
  });

  it("resolves a role description to the person named earlier with that role, never to the name in its modifier", () => {
    const out = run("role-description.txt");
    const quote = find(out, "Wir kommen Schritt für Schritt voran");
    expect(quote.speaker.name).toBe("Boris Gruschin");
    expect(quote.speaker.mention?.text).toBe("der Berater von Präsident Igor Malkow");
    expect(out.some((s) => s.speaker.name?.includes("Malkow"))).toBe(false);
    expect(find(out, "verliefen die ersten Runden offen")).toMatchObject({
      kind: "REPORTED",
      speaker: { name: "Boris Gruschin", mention: { text: "des Unterhändlers" } },
    });
  });

  it("resolves 'die Nato-Chefin' through the shared prefix of the role and takes the newspaper as the channel", () => {
    const out = run("role-chef.txt");
    const quote = find(out, "ein guter Tag für die Sicherheit Europas");
    expect(quote.speaker).toMatchObject({ name: "Helga Brandt", mention: { text: "die Nato-Chefin" } });
    expect(quote.via?.name).toBe("Berliner Morgenpost");
    // the quoted newspaper title is not a statement of its own
    expect(out.filter((s) => s.text.includes("Berliner Morgenpost"))).toEqual([]);
  });
});

describe("attribute: indirect speech", () => {
  const out = run("continuation.txt");

  it("reads the Konjunktiv clause before a postposed cue, with the day it was said", () => {
    const s = find(out, "Die Löhne seien seit Jahren zu niedrig");
    expect(s).toMatchObject({ kind: "INDIRECT", speaker: { name: "Tobias Marx" }, saidOn: "2025-12-19" });
    expect(s.cue?.text).toBe("sagte");
  });

  it("joins the Konjunktiv sentences that follow into one passage of the same speaker", () => {
    const s = find(out, "Die Arbeitgeber hätten die Lage ausgenutzt");
    expect(s.text).toContain("Man werde notfalls auch im Advent streiken");
    expect(s.speaker.name).toBe("Tobias Marx");
  });

  it("gives the reported clause to the subject of the cue verb, not to the subject of the clause", () => {
    const s = find(out, "Präsident Karel Novak sei zu neuen Gesprächen bereit");
    expect(s.speaker.name).toBe("Eva Lorenz");
    expect(s.text.startsWith("Präsident Karel Novak")).toBe(true);
  });

  it("keeps a media report's continuation with the medium, not with the person it names", () => {
    const media = run("report-of-media.txt");
    const s = find(media, "Auf der anderen Seite werde der Berater Boris Gruschin");
    expect(s.speaker).toMatchObject({ name: "Lagebild", type: "ORGANIZATION" });
  });
});

describe("attribute: reported speech frames", () => {
  const out = run("frames.txt");

  it("reads 'laut X', 'X zufolge' and 'so X'", () => {
    expect(find(out, "ist die Lage an der Grenze unter Kontrolle")).toMatchObject({
      kind: "REPORTED",
      speaker: { name: "Peter Hahn", type: "PERSON" },
      via: null,
    });
    expect(find(out, "drei Personen festgenommen").speaker).toMatchObject({
      name: "Polizei",
      type: "ORGANIZATION",
    });
    expect(find(out, "Die Lage bleibe dennoch angespannt")).toMatchObject({
      rule: "indirect:so-x",
      speaker: { name: "Peter Hahn", mention: { text: "Hahn" } },
    });
  });

  it("lets organizations speak", () => {
    expect(find(out, "keine Kenntnis von weiteren Vorfällen").speaker).toMatchObject({
      name: "Innenministerium",
      type: "ORGANIZATION",
    });
  });

  it("reads warf … vor, lobte and forderte as reported speech of their subject", () => {
    const acts = run(
      "Oppositionsführer Karl Brenner warf der Regierung vor, die Krise zu verschleppen. " +
        "Ministerin Ute Sommer lobte die Helfer ausdrücklich.",
    );
    expect(find(acts, "die Krise zu verschleppen")).toMatchObject({
      kind: "REPORTED",
      speaker: { name: "Karl Brenner" },
    });
    expect(find(acts, "lobte die Helfer")).toMatchObject({
      kind: "REPORTED",
      speaker: { name: "Ute Sommer" },
    });
  });

  it("takes the sentence before 'Das teilte X mit.' as X's, interjected 'so X' frames as the whole sentence", () => {
    const out = run(
      "Die Fähre fährt ab Mai wieder täglich. Das teilte die Reederei am Montag mit. " +
        "Der Fahrplan sei, so Reedereisprecherin Lena Brück, bereits mit den Häfen abgestimmt.",
    );
    expect(find(out, "Die Fähre fährt ab Mai wieder täglich")).toMatchObject({
      rule: "indirect:das-sagte-x",
      speaker: { name: "Reederei", type: "ORGANIZATION" },
    });
    const s = find(out, "Der Fahrplan sei");
    expect(s.text).toContain("bereits mit den Häfen abgestimmt");
    expect(s.speaker.name).toBe("Lena Brück");
  });

  it("states a quoted noun or adjective of a named speaker's speech act as a direct quote", () => {
    const out = run(
      "Oppositionsführer Karl Brenner nannte den Beschluss einen „Wortbruch“. " +
        "Die Ministerin Ute Sommer nannte die Gespräche am Abend „konstruktiv“.",
    );
    expect(find(out, "Wortbruch")).toMatchObject({
      kind: "DIRECT",
      text: "„Wortbruch“",
      speaker: { name: "Karl Brenner" },
    });
    // the speaker's own word, as SpkAtt's guidelines mark it; a collective's label stays a report (below)
    expect(find(out, "konstruktiv")).toMatchObject({
      kind: "DIRECT",
      text: "„konstruktiv“",
      speaker: { name: "Ute Sommer" },
    });
  });

  it("does not attribute vague sources or negated speech acts", () => {
    const vague = run(
      "Medienberichten zufolge ist ein Treffen geplant. Der Sprecher äußerte sich nicht zu den Vorwürfen.",
    );
    expect(vague).toEqual([]);
  });
});

describe("attribute: channels", () => {
  const out = run("channels.txt");

  it("takes 'auf der Plattform X' as the channel and keeps the person named in the content out of the speaker", () => {
    const s = find(out, "die Gespräche mit dem Unterhändler Boris Gruschin seien produktiv gewesen");
    expect(s.speaker.name).toBe("Tom Reed");
    expect(s.via?.name).toBe("X");
  });

  it("takes 'laut der Agentur Interfax' after a cue as the channel, not as a second speaker", () => {
    const s = find(out, "Die Verhandlungen würden fortgesetzt");
    expect(s.speaker.name).toBe("Ivan Petrow");
    expect(s.via?.name).toBe("Interfax");
    expect(out.filter((x) => x.speaker.name === "Interfax")).toEqual([]);
  });

  it("names no channel for 'in sozialen Medien' and gives text-found speakers an id from their name", () => {
    const s = find(
      run("Die Lage sei ernst, schrieb Ministerin Ute Sommer in sozialen Medien."),
      "Die Lage sei ernst",
    );
    expect(s.via).toBeNull();
    expect(s.speaker).toMatchObject({ id: "ute-sommer", name: "Ute Sommer", type: "PERSON" });
  });

  it("resolves the channel against recognized media organizations", () => {
    const text = fs.readFileSync(path.join(FIXTURES, "channels.txt"), "utf8");
    const at = text.indexOf("Interfax");
    const rec: Recognition = {
      entities: [
        {
          id: "interfax",
          type: "ORGANIZATION",
          name: "Interfax",
          aliases: [],
          kind: "MEDIA",
          countryId: null,
          locatedIn: null,
          origin: "lexicon",
          mentions: [
            {
              text: "Interfax",
              start: at,
              end: at + 8,
              entityId: "interfax",
              type: "ORGANIZATION",
              rule: "lexicon",
            },
          ],
          affiliations: [],
        },
      ],
      mentions: [
        {
          text: "Interfax",
          start: at,
          end: at + 8,
          entityId: "interfax",
          type: "ORGANIZATION",
          rule: "lexicon",
        },
      ],
      roleMentions: [],
    };
    const s = find(run("channels.txt", rec), "Die Verhandlungen würden fortgesetzt");
    expect(s.via).toEqual({ id: "interfax", name: "Interfax", type: "ORGANIZATION" });
  });
});

describe("attribute: quotes that are not statements", () => {
  it("ignores scare quotes and quoted titles, but keeps the report they appear in", () => {
    const out = run("scare-quotes.txt");
    expect(out.some((s) => s.text.includes("Expertenrunde"))).toBe(false);
    expect(out.filter((s) => s.text === "„Handelsblatt“")).toEqual([]);
    expect(find(out, "soll der Entwurf bereits seit Wochen vorliegen").speaker).toMatchObject({
      name: "Handelsblatt",
      type: "ORGANIZATION",
    });
  });

  it("closes an unterminated quote at the paragraph end and gives it to the person just named", () => {
    const out = run("unterminated.txt");
    const s = find(out, "Wir haben heute nicht gut verteidigt");
    expect(s.kind).toBe("DIRECT");
    expect(s.text.endsWith("deutlich besser werden.")).toBe(true);
    expect(s.speaker.name).toBe("Markus Lenz");
    expect(out.some((x) => x.text.includes("Heimspiel"))).toBe(false);
  });

  it("does not take a headline as a statement", () => {
    const out = run(
      "Ministerin fordert mehr Geld\n\nDie Ministerin Ute Sommer besuchte am Montag eine Schule in Kassel.",
    );
    expect(out).toEqual([]);
  });
});

describe("attribute: with recognition", () => {
  it("prefers the recognized entity of a description and leaves the person in the modifier alone", () => {
    const text = "«Die Lage ist ernst», sagte der Berater von Präsident Igor Malkow am Abend.";
    const head = text.indexOf("Berater");
    const malkow = text.indexOf("Igor Malkow");
    const rec: Recognition = {
      entities: [
        person("boris-gruschin", "Boris Gruschin", []),
        person("igor-malkow", "Igor Malkow", [{ start: malkow, end: malkow + 11 }]),
      ],
      mentions: [
        {
          text: "Igor Malkow",
          start: malkow,
          end: malkow + 11,
          entityId: "igor-malkow",
          type: "PERSON",
          rule: "lexicon",
        },
      ],
      roleMentions: [
        // the role phrase on the name in the modifier must not make Malkow the speaker
        {
          text: "Präsident Igor Malkow",
          start: malkow - 10,
          end: malkow + 11,
          role: "Präsident",
          roleKind: "HEAD_OF_STATE",
          organizationId: null,
          entityId: "igor-malkow",
        },
        {
          text: "der Berater",
          start: head - 4,
          end: head + 7,
          role: "Berater",
          roleKind: "ADVISOR",
          organizationId: null,
          entityId: "boris-gruschin",
        },
      ],
    };
    const s = find(attribute(segment(article(text)), rec), "Die Lage ist ernst");
    expect(s.speaker).toMatchObject({ id: "boris-gruschin", name: "Boris Gruschin", type: "PERSON" });
  });
});

function person(id: string, name: string, spans: { start: number; end: number }[]) {
  return {
    id,
    type: "PERSON" as const,
    name,
    aliases: [],
    kind: null,
    countryId: null,
    locatedIn: null,
    origin: "lexicon" as const,
    mentions: spans.map((s) => ({
      text: name,
      start: s.start,
      end: s.end,
      entityId: id,
      type: "PERSON" as const,
      rule: "lexicon",
    })),
    affiliations: [],
  };
}

describe("attribute: quotes laid out over lines", () => {
  it("takes the quote on the next line after a frame that ends in a colon, even with the verb first", () => {
    const text =
      "In Passau ist ein Lager ausgeräumt worden.\n" +
      "Gegenüber dem Lokalradio sagte die Inhaberin Gerda Wimmer:\n" +
      "„Sie kamen in der Nacht.\nAm Morgen war alles leer.“\n";
    const s = find(run(text), "Sie kamen in der Nacht");
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„Sie kamen in der Nacht.\nAm Morgen war alles leer.“");
    expect(s.speaker.name).toBe("Gerda Wimmer");
    expect(s.cue?.text).toBe("sagte");
  });

  it("keeps a quote whole when a quoted name in the same marks sits inside it", () => {
    const text =
      "„Wir haben für die „Grüne Woche“ viele Stände gebucht.\nDer Andrang war groß“, sagte der Messechef Jonas Brandt.\n" +
      "Der Händler erklärte: „Das war „gut“ und „teuer“.“\n";
    const out = run(text);
    const a = find(out, "Grüne Woche");
    expect(a.kind).toBe("DIRECT");
    expect(a.text).toBe("„Wir haben für die „Grüne Woche“ viele Stände gebucht.\nDer Andrang war groß“");
    expect(a.speaker.name).toBe("Jonas Brandt");
    const b = find(out, "Das war");
    expect(b.text).toBe("„Das war „gut“ und „teuer“.“");
    expect(b.kind).toBe("DIRECT");
    expect(b.speaker.name).toBe("Händler");
  });

  it("still closes a quote left open at the next closing mark when a new quote follows", () => {
    const out = run("Die Ministerin sagte: „Wir prüfen das. Sie nannte den Plan „gut“. Mehr nicht.\n");
    expect(out.some((s) => s.text.includes("Mehr nicht") && s.text.startsWith("„Wir prüfen"))).toBe(false);
  });
});

describe("attribute: a report speaks for its owner", () => {
  it("takes the owner of laut einem Bericht der X / laut Angaben des X / einem Bericht des X zufolge", () => {
    const out = run(
      "Laut einem Bericht der Hilfsorganisation Caritas ist die Zahl der Obdachlosen gestiegen.\n" +
        "Die Ernte soll laut Angaben des Bauernverbands schlecht ausfallen.\n" +
        "Einem Gutachten des Umweltamts zufolge ist der See belastet.\n",
    );
    const a = find(out, "Obdachlosen");
    expect(a.kind).toBe("REPORTED");
    expect(a.text).toBe(
      "Laut einem Bericht der Hilfsorganisation Caritas ist die Zahl der Obdachlosen gestiegen",
    );
    expect(a.speaker.mention?.text).toContain("Caritas");
    const b = find(out, "Ernte");
    expect(b.text).toBe("Die Ernte soll laut Angaben des Bauernverbands schlecht ausfallen");
    expect(b.speaker.mention?.text).toContain("Bauernverbands");
    const c = find(out, "See");
    expect(c.speaker.mention?.text).toContain("Umweltamts");
  });

  it("keeps a report without an owner out (no one to attribute)", () => {
    expect(run("Laut Medienberichten ist die Brücke gesperrt.\nBerichten zufolge regnet es.\n")).toEqual([]);
  });
});

describe("attribute: verb-final frames", () => {
  it("reads a particle verb joined in a verb-final clause (wie X mitteilte, wie X bekanntgab)", () => {
    const out = run(
      "Wie die Feuerwehr mitteilte, wurde niemand verletzt.\n" +
        "Die Schule bleibt geschlossen, wie der Bürgermeister Hans Kohl bekanntgab.\n",
    );
    const a = find(out, "niemand verletzt");
    expect(a.kind).toBe("INDIRECT");
    expect(a.text).toBe("wurde niemand verletzt");
    expect(a.speaker.name).toBe("Feuerwehr");
    expect(a.cue?.text).toBe("mitteilte");
    const b = find(out, "Schule bleibt");
    expect(b.text).toBe("Die Schule bleibt geschlossen");
    expect(b.speaker.name).toBe("Hans Kohl");
  });

  it("lets an adverb or a leading conjunction stand around wie (Denn wie schon X sagte, …)", () => {
    const out = run(
      "Denn wie schon die Stadtwerke sagten, ist das Wasser sauber.\nDer Flug fiel aus, wie auch die Lufthansa berichtete.\n",
    );
    const a = find(out, "Wasser sauber");
    expect(a.text).toBe("ist das Wasser sauber");
    expect(a.speaker.name).toBe("Stadtwerke");
    const b = find(out, "Flug fiel aus");
    expect(b.speaker.name).toBe("Lufthansa");
  });
});

describe("attribute: perfect tense and appositions in the frame", () => {
  it("reads hatte … betont / hat … erklärt as the perfect, with the subject before the auxiliary", () => {
    const out = run(
      "Die Bürgermeisterin Anna Roth hatte vor der Sitzung betont: „Wir bauen die Brücke neu.“\n" +
        "Am Abend hat der Landrat Peter Ohm erklärt, die Straße bleibe gesperrt.\n",
    );
    const a = find(out, "Brücke neu");
    expect(a.kind).toBe("DIRECT");
    expect(a.text).toBe("„Wir bauen die Brücke neu.“");
    expect(a.speaker.name).toBe("Anna Roth");
    expect(a.cue?.text).toBe("betont");
    const b = find(out, "Straße bleibe");
    expect(b.kind).toBe("INDIRECT");
    expect(b.text).toBe("die Straße bleibe gesperrt");
    expect(b.speaker.name).toBe("Peter Ohm");
  });

  it("skips a name in apposition after the subject (erklärte der Leiter des Amts, Jan Berg, …)", () => {
    const s = find(run("Gestern erklärte der Leiter des Bauamts, Jan Berg, der Turm sei stabil.\n"), "Turm");
    expect(s.kind).toBe("INDIRECT");
    expect(s.text).toBe("der Turm sei stabil");
    expect(s.speaker.name).toBe("Jan Berg");
  });
});

describe("attribute: more source phrases", () => {
  it("reads nach einer Stellungnahme der X / nach einem Bericht der X with the owner as the source", () => {
    const out = run(
      "Nach einer Stellungnahme der Stadtverwaltung ist der Markt geschlossen.\n" +
        "Nach einem Bericht der Zeitung Volksblatt ist der Pegel gestiegen.\n",
    );
    const a = find(out, "Markt geschlossen");
    expect(a.kind).toBe("REPORTED");
    expect(a.text).toBe("Nach einer Stellungnahme der Stadtverwaltung ist der Markt geschlossen");
    expect(a.speaker.mention?.text).toContain("Stadtverwaltung");
    const b = find(out, "Pegel");
    expect(b.speaker.mention?.text).toContain("Volksblatt");
  });

  it("takes one of a group as speaker (Einer der Helfer sagte: …)", () => {
    const s = find(
      run("Einer der freiwilligen Helfer sagte: „So ein Hochwasser habe ich nie gesehen.“\n"),
      "Hochwasser",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„So ein Hochwasser habe ich nie gesehen.“");
    expect(s.speaker.mention?.text).toBe("Einer der freiwilligen Helfer");
  });
});

describe("attribute: a verb of saying with a quoted object", () => {
  it("takes the quoted words as a direct quote when there is no content clause", () => {
    const out = run(
      "Die Ärztin Eva Lind riet den Eltern zu „Ruhe und Geduld“.\n" +
        "Die Demonstranten skandierten vor dem Rathaus „Wir bleiben hier!“\n",
    );
    const a = find(out, "Ruhe und Geduld");
    expect(a.kind).toBe("DIRECT");
    expect(a.text).toBe("„Ruhe und Geduld“");
    expect(a.speaker.name).toBe("Eva Lind");
    const b = find(out, "Wir bleiben hier");
    expect(b.text).toBe("„Wir bleiben hier!“");
    expect(b.speaker.mention?.text).toBe("Die Demonstranten");
  });

  it("leaves quoted titles and names alone (kündigte „Sommerwind“ an, schrieb im „Tagesblatt“)", () => {
    expect(
      run(
        "Der Verlag kündigte den Roman „Sommerwind“ an.\nDer Autor schrieb das Buch „Reise: Ein Bericht aus Island“.\nDer Wirt empfahl das Gasthaus «Zum Goldenen Hirsch».\n",
      ),
    ).toEqual([]);
  });
});

describe("attribute: würdigen and feiern als", () => {
  it("takes the quoted verdict of würdigte X als „…“ and feierte X als „…“", () => {
    const out = run(
      "Die Ministerin Clara Voss würdigte den Preisträger als „großen Brückenbauer zwischen den Kulturen“.\n" +
        "Der Verein feierte das Urteil als „Sieg für alle Mieter“.\n",
    );
    const a = find(out, "Brückenbauer");
    expect(a.kind).toBe("DIRECT");
    expect(a.text).toBe("„großen Brückenbauer zwischen den Kulturen“");
    expect(a.speaker.name).toBe("Clara Voss");
    const b = find(out, "Sieg für alle Mieter");
    expect(b.kind).toBe("DIRECT");
    expect(b.speaker.mention?.text).toBe("Der Verein");
  });
});

describe("attribute: clauses after the cue that are not its content", () => {
  it("does not take a purpose, temporal or relative clause as what was said", () => {
    const out = run(
      "Der Pilot meldete sich beim Tower, um die Landung anzukündigen.\n" +
        "Die Lotsen berichteten, nachdem das Flugzeug verschwunden war.\n" +
        "Die Kommission erklärte den Bericht, welcher die Ursachen nennt.\n",
    );
    expect(
      out.filter((s) => /anzukündigen|verschwunden|Ursachen/.test(s.text) && s.kind === "INDIRECT"),
    ).toEqual([]);
  });

  it("still takes a dass-clause and a Konjunktiv clause", () => {
    const out = run("Der Pilot Jan Ostholt erklärte, dass die Landung sicher war.\n");
    const s = find(out, "Landung sicher");
    expect(s.text).toBe("dass die Landung sicher war");
    expect(s.speaker.name).toBe("Jan Ostholt");
  });
});

describe("attribute: quote continuations and reflexive frames", () => {
  it("gives „Und: …“ after a quote to the same speaker", () => {
    const out = run(
      "Die Trainerin Maria Falk sagte: „Wir haben gut gespielt.“\nUnd: „Der Sieg war verdient.“\n",
    );
    const s = find(out, "Sieg war verdient");
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„Der Sieg war verdient.“");
    expect(s.speaker.name).toBe("Maria Falk");
  });

  it("reads „…“, erinnerte sich X and „…“, zeigte sich X, der Trainer, zufrieden", () => {
    const out = run(
      "„Damals war alles anders“, erinnerte sich der Bürgermeister Otto Renz.\n" +
        "„Wir haben drei Punkte“, zeigte sich Lars Moll, der Trainer der Gäste, nach dem Spiel zufrieden.\n",
    );
    const a = find(out, "Damals");
    expect(a.kind).toBe("DIRECT");
    expect(a.speaker.name).toBe("Otto Renz");
    const b = find(out, "drei Punkte");
    expect(b.kind).toBe("DIRECT");
    expect(b.text).toBe("„Wir haben drei Punkte“");
    expect(b.speaker.name).toBe("Lars Moll");
  });
});

describe("attribute: parentheses and more cues", () => {
  it("keeps a short parenthesis inside the frame (X (CDU) kündigte an, …; das Komitee (OK) hatte betont, …)", () => {
    const out = run(
      "Die Abgeordnete Petra Lenz (SPD) kündigte indes an, das Thema im Ausschuss anzusprechen.\n" +
        "Im Vorfeld hatte das Komitee (OK) der Messe betont, dass die Karten personalisiert seien.\n",
    );
    const a = find(out, "Ausschuss");
    expect(a.kind).toBe("INDIRECT");
    expect(a.text).toBe("das Thema im Ausschuss anzusprechen");
    expect(a.speaker.name).toBe("Petra Lenz");
    const b = find(out, "personalisiert");
    expect(b.text).toBe("dass die Karten personalisiert seien");
    expect(b.speaker.mention?.text).toContain("Komitee");
  });

  it("reads signalisiert and spricht davon, dass", () => {
    const out = run(
      "Die Stadtwerke haben signalisiert, dass die Preise stabil bleiben.\nDie Ärztin Uta Kern spricht davon, dass die Lage ernst sei.\n",
    );
    expect(find(out, "Preise stabil").speaker.name).toBe("Stadtwerke");
    expect(find(out, "Lage ernst").speaker.name).toBe("Uta Kern");
  });
});

describe("attribute: verbs of saying in another sense", () => {
  it("reads forderte Menschenleben and bestreitet ein Spiel as no speech act", () => {
    const out = run(
      "Der Sturm forderte in der Region 12 Menschenleben.\nDie Mannschaft bestreitet am Sonntag ihr letztes Heimspiel.\n" +
        "Die Gewerkschaft Verdi forderte ein friedliches Zusammenleben.\n",
    );
    expect(out.map((s) => s.text)).toEqual(["Die Gewerkschaft Verdi forderte ein friedliches Zusammenleben"]);
    expect(out[0]!.kind).toBe("REPORTED");
  });
});

describe("attribute: unclosed quotes in a row", () => {
  it("reads each „… „x“ … line on its own when no outer quote closes", () => {
    const line = "„Der Wirt sagte „ja“ und ging.\n";
    const text = line.repeat(50);
    const out = run(text);
    // no statement swallows more than its own line
    for (const s of out) expect(s.text.includes("\n")).toBe(false);
  });
});

describe("attribute: heißt es with a colon", () => {
  it("takes the document the words stand in as the source (In dem Antrag heißt es: „…“)", () => {
    const s = find(
      run("In dem Antrag der Fraktion heißt es wörtlich: „Die Schule muss saniert werden.“\n"),
      "Schule",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„Die Schule muss saniert werden.“");
    expect(s.speaker.mention?.text).toContain("Antrag");
    expect(s.cue?.text).toBe("heißt");
  });
});

describe("attribute: verlauten lassen, herausstreichen, hieß es vom", () => {
  it("reads these cue-after frames", () => {
    const out = run(
      "„Die Brücke wird repariert“, ließ ein Sprecher der Stadt kurz verlauten.\n" +
        "„Ich bleibe im Amt“, strich die Bürgermeisterin Eva Roth in Kassel heraus.\n" +
        "„Die Lage ist ruhig“, hieß es vom Landrat Otto Pfeil.\n",
    );
    expect(find(out, "Brücke").speaker.mention?.text).toContain("Sprecher der Stadt");
    const b = find(out, "im Amt");
    expect(b.kind).toBe("DIRECT");
    expect(b.speaker.name).toBe("Eva Roth");
    expect(find(out, "Lage ist ruhig").speaker.name).toBe("Otto Pfeil");
  });
});

describe("attribute: subjects in harder positions", () => {
  it("reads a name with a particle in the apposition after a role phrase", () => {
    const s = find(
      run("Der Sprecher des Vereins, Jan van Dijk, sagte dazu: „Wir warten das Urteil in aller Ruhe ab.“\n"),
      "Wir warten das Urteil",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.speaker.name).toBe("Jan van Dijk");
  });

  it("gives a verb coordinated with 'und' the subject of the clause before it", () => {
    const s = find(
      run("Als die Polizei eintraf, schlug der Gast um sich und schrie: „Ich gehe hier nicht weg!“\n"),
      "Ich gehe hier nicht weg",
    );
    expect(s.speaker.mention?.text).toBe("der Gast");
    expect(s.cue?.text).toBe("schrie");
  });

  it("reads the second of two verbs joined by a comma, with the first clause's subject", () => {
    const s = find(
      run("Die Behörde bestätigte den Unfall, teilte aber mit, es gebe keine Verletzten.\n"),
      "es gebe keine Verletzten",
    );
    expect(s.kind).toBe("INDIRECT");
    expect(s.text).toBe("es gebe keine Verletzten");
    expect(s.speaker.mention?.text).toBe("Die Behörde");
    expect(s.cue?.text).toBe("teilte aber mit");
  });

  it("skips an extended participle attribute to reach the noun and its name", () => {
    const s = find(
      run("„Das Buch hat mich drei Jahre gekostet“, schrieb die in Hamburg geborene Autorin Lea Brandt.\n"),
      "Das Buch hat mich",
    );
    expect(s.speaker.name).toBe("Lea Brandt");
    expect(s.speaker.mention?.text).toBe("die in Hamburg geborene Autorin Lea Brandt");
  });

  it("does not read a verb after content as its frame when no subject follows it", () => {
    // "…, erklärten" with nothing after it is not "„…“, erklärte X"
    const out = run("Die Ärzte behandelten die Verletzten vor Ort, erklärten aber, die Lage sei ernst.\n");
    const s = find(out, "die Lage sei ernst");
    expect(s.text).toBe("die Lage sei ernst");
    expect(s.speaker.mention?.text).toBe("Die Ärzte");
  });
});

describe("attribute: quoted labels before the verb", () => {
  it("takes the quoted complement of bezeichnen when it opens the sentence", () => {
    const s = find(run("Als „reinen Zufall“ bezeichnete der Trainer Otto Kranz die Niederlage.\n"), "Zufall");
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„reinen Zufall“");
    expect(s.speaker.name).toBe("Otto Kranz");
  });

  it("takes the quoted complement of a participle at the end of the clause", () => {
    const s = find(run("Der Verband hatte die Meldung als „frei erfunden“ zurückgewiesen.\n"), "erfunden");
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„frei erfunden“");
    expect(s.speaker.mention?.text).toBe("Der Verband");
  });

  it("takes 'von einer „…“ sprach X'", () => {
    const s = find(
      run("Von einem „schwarzen Tag“ sprach die Bürgermeisterin Petra Lang.\n"),
      "schwarzen Tag",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.text).toBe("„schwarzen Tag“");
    expect(s.speaker.name).toBe("Petra Lang");
  });
});

describe("attribute: plural and separable verbs of saying and thinking", () => {
  it("reads the plural present of a separable verb", () => {
    const s = find(run("Fachleute gehen davon aus, dass die Preise weiter steigen.\n"), "die Preise");
    expect(s.kind).toBe("INDIRECT");
    expect(s.text).toBe("dass die Preise weiter steigen");
    expect(s.speaker.mention?.text).toBe("Fachleute");
  });

  it("reads eingestehen and 'die Auffassung vertreten'", () => {
    const a = find(run("Die Veranstalter gestanden ein, dass die Planung mangelhaft war.\n"), "Planung");
    expect(a.speaker.mention?.text).toBe("Die Veranstalter");
    expect(a.cue?.text).toBe("gestanden ein");
    const b = find(
      run("Der Gutachter vertrat die Auffassung, das Gebäude sei nicht mehr sicher.\n"),
      "Gebäude",
    );
    expect(b.kind).toBe("INDIRECT");
    expect(b.text).toBe("das Gebäude sei nicht mehr sicher");
    expect(b.speaker.mention?.text).toBe("Der Gutachter");
  });
});

describe("attribute: quotations led in without a verb of saying", () => {
  it("gives the quotation after a sentence ending in a colon to that sentence's subject", () => {
    const out = run(
      "Die Reederei wehrt sich gegen die Vorwürfe:\n„Wir haben alle Auflagen erfüllt, jedes Jahr.“\n" +
        "Die Sängerin Mia Falk zu ihren Plänen:\n„Im Sommer gehe ich mit der Band auf Tournee.“\n",
    );
    const a = find(out, "alle Auflagen");
    expect(a.kind).toBe("DIRECT");
    expect(a.rule).toBe("direct:colon-lead");
    expect(a.speaker.mention?.text).toBe("Die Reederei");
    const b = find(out, "auf Tournee");
    expect(b.speaker.name).toBe("Mia Falk");
  });

  it("takes 'Ein Kommissar nach der Festnahme: „…“' as a speaker phrase with an attachment", () => {
    const s = find(
      run("Ein Kommissar nach der Festnahme: „Der Mann sitzt jetzt, wo er hingehört.“\n"),
      "Der Mann",
    );
    expect(s.rule).toBe("direct:name-colon");
    expect(s.speaker.mention?.text).toBe("Ein Kommissar");
  });

  it("reads 'mit den Worten' before, after and around the quotation", () => {
    const a = find(
      run(
        "Mit den Worten „Ich habe Dinge gesagt, die mir leidtun“ entschuldigte sich der Trainer Karl Moos.\n",
      ),
      "leidtun",
    );
    expect(a.text).toBe("„Ich habe Dinge gesagt, die mir leidtun“");
    expect(a.speaker.name).toBe("Karl Moos");
    expect(a.cue?.text).toBe("Mit den Worten");
    const b = find(
      run("„Guten Tag, ich bin wieder da“, mit diesen Worten meldete sich die Ministerin Ute Sand zurück.\n"),
      "Guten Tag",
    );
    expect(b.speaker.name).toBe("Ute Sand");
  });

  it("reads the passive of zitieren, whose subject is the speaker", () => {
    const a = find(
      run(
        "In der Mitteilung wird der Firmenchef Tom Baker wie folgt zitiert: „Wir starten noch in diesem Jahr.“\n",
      ),
      "Wir starten",
    );
    expect(a.kind).toBe("DIRECT");
    expect(a.speaker.name).toBe("Tom Baker");
    const b = find(
      run("„Das ist ein großer Tag für die Stadt“, wird die Bürgermeisterin Anna Roth zitiert.\n"),
      "großer Tag",
    );
    expect(b.speaker.name).toBe("Anna Roth");
  });
});

describe("attribute: a one-word quoted label", () => {
  it("is the words of a named speaker, but a summary when a collective gives it", () => {
    const named = find(run("Der Verbandschef Uwe Brandt nannte die Pläne „fahrlässig“.\n"), "fahrlässig");
    expect(named.kind).toBe("DIRECT");
    expect(named.text).toBe("„fahrlässig“");
    expect(named.speaker.name).toBe("Uwe Brandt");
    const summed = find(run("Alle Seiten nannten die Verhandlungen „ergiebig“.\n"), "ergiebig");
    expect(summed.kind).toBe("REPORTED");
    expect(summed.text).toBe("Alle Seiten nannten die Verhandlungen „ergiebig“");
  });
});

describe("attribute: 'so X' and 'wie X sagte' read more carefully", () => {
  it("reads 'so X' interrupting a sentence, also when only a noun phrase precedes it", () => {
    const a = find(
      run("Sein Gegner, so der Kandidat Paul Ried weiter, werde von Lobbygruppen bezahlt.\n"),
      "Gegner",
    );
    expect(a.kind).toBe("INDIRECT");
    expect(a.text).toBe("Sein Gegner, so der Kandidat Paul Ried weiter, werde von Lobbygruppen bezahlt");
    expect(a.speaker.name).toBe("Paul Ried");
    const b = find(
      run("Der Grund für die Absage, so vermutet die Zeitung, sei der Streit ums Geld.\n"),
      "Absage",
    );
    expect(b.speaker.mention?.text).toBe("die Zeitung");
  });

  it("takes content that opens with 'bis' or 'während' as a preposition", () => {
    const s = find(
      run("Bis ins hohe Alter sei sie geistig rege gewesen, so eine Sprecherin des Heims.\n"),
      "Alter",
    );
    expect(s.text).toBe("Bis ins hohe Alter sei sie geistig rege gewesen");
    expect(s.speaker.mention?.text).toBe("eine Sprecherin des Heims");
  });

  it("finds the subject after a focus adverb for a coordinated verb of saying", () => {
    const s = find(
      run(
        "Auch der Außenminister Jan Prax sprach sich gegen das Gesetz aus und sagte, es verletze Verträge.\n",
      ),
      "es verletze Verträge",
    );
    expect(s.text).toBe("es verletze Verträge");
    expect(s.speaker.name).toBe("Jan Prax");
  });

  it("does not read an indirect question with 'wie' as a 'wie X sagte' frame", () => {
    const out = run("Weiter sagte der Anwalt, er verstehe nicht, wie der Sprecher das behaupten konnte.\n");
    const s = find(out, "er verstehe nicht");
    expect(s.speaker.mention?.text).toBe("der Anwalt");
    expect(s.cue?.text).toBe("sagte");
  });

  it("takes the content clause of berichten, and the sentence when there is none", () => {
    const a = find(
      run("Die Zeitung berichtete unter Berufung auf Ermittler, dass drei Raketen abgefeuert wurden.\n"),
      "Raketen",
    );
    expect(a.text).toBe("dass drei Raketen abgefeuert wurden");
    const b = find(
      run("Die Ministerin Eva Kunz berichtete von „ermutigenden“ Gesprächen in Genf.\n"),
      "Gesprächen",
    );
    expect(b.kind).toBe("REPORTED");
    expect(b.speaker.name).toBe("Eva Kunz");
  });
});

describe("attribute: several speech acts in one sentence", () => {
  it("gives each speech act with a quoted label its own statement and speaker", () => {
    const out = run(
      "Der Stürmer Max Hahn nannte seinen Platzverweis „überzogen“, Trainer Jens Lau bezeichnete die vielen Karten als „übertrieben“.\n",
    );
    expect(find(out, "überzogen")).toMatchObject({
      kind: "DIRECT",
      text: "„überzogen“",
      speaker: { name: "Max Hahn" },
    });
    expect(find(out, "übertrieben")).toMatchObject({
      kind: "DIRECT",
      text: "„übertrieben“",
      speaker: { name: "Jens Lau" },
    });
  });

  it("keeps the label beside the sentence's content clause", () => {
    const out = run(
      "Der Verbandschef Uwe Brandt nannte die Pläne „fahrlässig“ und verwies auf Studien, nach denen die Methode wirke.\n",
    );
    expect(out.filter((s) => s.text === "„fahrlässig“").map((s) => s.speaker.name)).toEqual(["Uwe Brandt"]);
  });
});

describe("attribute: subjects after the verb", () => {
  it("takes the subject after the verb when an object opens a sentence with a colon and a quote", () => {
    const s = find(
      run(
        "Die Regel selbst stellte der Parteichef Ulf Berger ebenfalls in Frage: „Diese Regel lebt niemand.“\n",
      ),
      "Diese Regel lebt niemand",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.speaker.name).toBe("Ulf Berger");
  });

  it("finds the verb and its pronoun subject after a long prepositional phrase", () => {
    const out = run(
      "Die Nachricht kam von Kapitän Otto Brand.\n" +
        "Nach einer langen Fahrt mit seinen Kollegen Tim Lenz und Max Ruh erreichte er den Hafen und meldete sich mit den Worten: „Wir sind alle wohlauf.“\n",
    );
    const s = find(out, "Wir sind alle wohlauf");
    expect(s.rule).toBe("direct:mit-worten");
    expect(s.speaker.mention?.text).toBe("er");
  });
});

describe("attribute: Konjunktiv after a sentence about someone", () => {
  it("gives Konjunktiv I after a sentence whose subject is a person to that person", () => {
    const out = run(
      "Der Innenminister Usman Ngom stellte in Dakar das Ziel vor.\nEs gehe nicht darum, die Wanderung zu verhindern.\n",
    );
    const s = find(out, "Es gehe nicht darum");
    expect(s.kind).toBe("INDIRECT");
    expect(s.speaker.name).toBe("Usman Ngom");
  });

  it("reads Konjunktiv II forms of strong verbs in a continuation", () => {
    const out = run(
      "Die Regierung warnt vor weiteren Überschwemmungen.\nDie wichtigsten Dämme befänden sich nahe der Belastungsgrenze.\n",
    );
    expect(find(out, "Dämme befänden").speaker.mention?.text).toBe("Die Regierung");
  });
});

describe("attribute: frames in subordinate and relative clauses, and more verbs", () => {
  it("reads a verb of saying that closes a subordinate clause, with its content after the comma", () => {
    const out = run(
      "Während die Sängerin Lia Berg erklärte, sehr aufgeregt zu sein, blieb ihre Kollegin still.\n",
    );
    const s = find(out, "aufgeregt");
    expect(s.text).toBe("sehr aufgeregt zu sein");
    expect(s.speaker.name).toBe("Lia Berg");
  });

  it("gives a relative clause's verb of saying the phrase it hangs on", () => {
    const out = run(
      "Entscheidend war die Aussage eines jungen Zeugen, der angab, den Mann gesehen zu haben.\n",
    );
    const s = find(out, "den Mann gesehen");
    expect(s.text).toBe("den Mann gesehen zu haben");
    // the relative pronoun is the subject of "angab" and the mention; the antecedent names the speaker
    expect([s.speaker.name, s.speaker.mention?.text]).toEqual(["jungen Zeugen", "der"]);
  });

  it("does not read an article after a comma as a relative pronoun", () => {
    const out = run(
      "Er sprach von der Bereitschaft der Partner, der Regierung Garantien zu geben, wonach ein Angriff auf einen als Angriff auf alle gilt.\n",
    );
    expect(out.filter((s) => s.text.startsWith("wonach"))).toEqual([]);
  });

  it("finds a separable verb's particle behind an apposition, and 'bekannt gab' written apart", () => {
    const a = find(
      run("Vor dem Unglück kam kein Notruf, teilte später der Leiter der Behörde, Ivo Sand, mit.\n"),
      "kein Notruf",
    );
    expect(a.speaker.name).toBe("Ivo Sand");
    expect(a.cue?.text).toBe("teilte später der Leiter der Behörde, Ivo Sand, mit");
    const b = find(run("Wie die Polizei bekannt gab, soll der Täter gefasst worden sein.\n"), "Täter");
    expect(b.speaker.mention?.text).toBe("die Polizei");
    expect(b.cue?.text).toBe("bekannt gab");
  });

  it("keeps a content clause that ends in a colon", () => {
    const s = find(run("Er glaubt weiterhin, dass die Mannschaft stärker geworden sei:\n"), "Mannschaft");
    expect(s.text).toBe("dass die Mannschaft stärker geworden sei");
  });

  it("reads 'hält es für', beschließen, erwägen and planen with a content clause", () => {
    const texts = [
      "Die Behörde hält es für unwahrscheinlich, dass sich das Virus verbreitet.\n",
      "Der Vorstand beschloss, die Filialen zu schließen.\n",
      "Der Anwalt erwägt, in Berufung zu gehen.\n",
      "Die Stadt plant, die Busse mit Wasserstoff zu betreiben.\n",
    ];
    expect(texts.map((t) => run(t).map((s) => s.kind))).toEqual([
      ["INDIRECT"],
      ["INDIRECT"],
      ["INDIRECT"],
      ["INDIRECT"],
    ]);
  });
});

describe("attribute: the sentence before as content, and 'hieß es bei'", () => {
  it("reads 'Dies teilte X, Y, mit.' with an apposition and 'Dies geht aus X hervor.'", () => {
    const out = run(
      "Der Abgeordnete tritt nicht mehr an.\nDies teilte der Geschäftsführer der Fraktion, Jens Nacke, mit.\n" +
        "Die Firma will ihre Rechtsform ändern.\nDies geht aus einer Mitteilung des Vorstands hervor, die am Montag erschien.\n",
    );
    const a = find(out, "nicht mehr an");
    expect(a.text).toBe("Der Abgeordnete tritt nicht mehr an");
    expect(a.speaker.name).toBe("Jens Nacke");
    const b = find(out, "Rechtsform");
    expect(b.text).toBe("Die Firma will ihre Rechtsform ändern");
    expect(b.speaker.mention?.text).toBe("einer Mitteilung des Vorstands");
  });

  it("takes the source of 'hieß es bei X'", () => {
    const s = find(
      run("Die Reporter seien abgedrängt worden, hieß es bei der Agentur Interfax.\n"),
      "Reporter",
    );
    expect(s.speaker.mention?.text).toBe("der Agentur Interfax");
  });
});

describe("attribute: slogans, lists of quotes, relative speakers", () => {
  it("gives slogans on banners and chants to the people who carry or chant them", () => {
    const a = find(
      run(
        "Beim Protest trugen einige Studenten Schilder mit der Aufschrift „Bildung ist kein Luxus“ vor sich her.\n",
      ),
      "Bildung ist kein Luxus",
    );
    expect(a).toMatchObject({ kind: "DIRECT", rule: "direct:slogan", text: "„Bildung ist kein Luxus“" });
    expect(a.speaker.mention?.text.startsWith("einige Studenten")).toBe(true);
  });

  it("gives every quote of a list the same speaker", () => {
    const out = run(
      "Die Bauern zogen vor das Ministerium und skandierten Parolen wie „Kein Hof ohne Zukunft“ oder „Wir sind das Land“.\n",
    );
    expect(find(out, "Kein Hof").speaker.mention?.text).toBe("Die Bauern");
    expect(find(out, "Wir sind das Land")).toMatchObject({ kind: "DIRECT", text: "„Wir sind das Land“" });
    expect(find(out, "Wir sind das Land").speaker.mention?.text).toBe("Die Bauern");
  });

  it("gives a relative clause's colon quote to the phrase it hangs on", () => {
    const s = find(
      run(
        "Vor dem Rathaus standen hunderte Anwohner, die unter anderem riefen: „Lasst unseren Park in Ruhe!“\n",
      ),
      "Lasst unseren Park",
    );
    expect([s.speaker.name, s.speaker.mention?.text]).toEqual(["hunderte Anwohner", "die"]);
  });

  it("gives a bare quote to a person named with a long apposition in the sentence before", () => {
    const out = run(
      "Ida Marx, eine der Abgeordneten, die den Brief unterschrieben, verurteilte die Haltung der Regierung.\n" +
        "„Diese Politik wird von fast allen, mit denen ich spreche, als ungerecht empfunden.“\n",
    );
    expect(find(out, "ungerecht empfunden").speaker.name).toBe("Ida Marx");
  });
});

describe("attribute: labels in embedded clauses, and who speaks when someone is quoted", () => {
  it("reads a quoted label in a 'weil' clause and in a relative clause", () => {
    const a = find(
      run(
        "Der Bericht ist heikel, weil die Regierung das Land im Mai als „junge mutige Demokratie“ bezeichnet hat.\n",
      ),
      "Demokratie",
    );
    expect(a).toMatchObject({ kind: "DIRECT", text: "„junge mutige Demokratie“" });
    expect(a.speaker.mention?.text).toBe("die Regierung");
    const b = find(
      run(
        "Der Führer des Landes, der den Wahlsieg zunächst als „großes Fest“ bezeichnete, ordnete eine Prüfung an.\n",
      ),
      "großes Fest",
    );
    expect([b.speaker.name, b.speaker.mention?.text]).toEqual(["Führer des Landes", "der"]);
  });

  it("keeps a quoted object beside the content clause of the same verb", () => {
    const out = run(
      "Im Verfahren sieht Ilse Brandt einen „Angriff auf die Belegschaft“, es gehe um Lohnkürzungen.\n",
    );
    expect(find(out, "Angriff auf die Belegschaft")).toMatchObject({
      kind: "DIRECT",
      speaker: { name: "Ilse Brandt" },
    });
    expect(find(out, "es gehe um Lohnkürzungen")).toMatchObject({
      kind: "INDIRECT",
      speaker: { name: "Ilse Brandt" },
    });
  });

  it("reads 'rechnen mit „…“' and a quoted object before a colon", () => {
    expect(find(run("Die Meteorologen rechnen mit „sehr heftigen Gewittern“.\n"), "Gewittern").kind).toBe(
      "DIRECT",
    );
    const s = find(
      run("Die neue Version verspricht „Suche ohne Werbung“:\nSie ist schneller.\n"),
      "Suche ohne",
    );
    expect(s.text).toBe("„Suche ohne Werbung“");
  });

  it("gives a quotation to the person quoted, not to the one quoting", () => {
    const a = find(
      run("Die Zeitung zitierte den Minister Karl Bahr mit den Worten: „Wir werden das prüfen.“\n"),
      "Wir werden das prüfen",
    );
    expect(a.speaker.name).toBe("Karl Bahr");
    const b = find(
      run("„Wir sind hier nicht willkommen“, zitierte der Sender die Reporterin Ana Ruiz.\n"),
      "willkommen",
    );
    expect(b.speaker.name).toBe("Ana Ruiz");
    const c = find(
      run(
        "Der Minister Karl Bahr besuchte die Stadt.\nDie Zeitung zitierte ihn mit den Worten: „Hier wird gebaut.“\n",
      ),
      "Hier wird gebaut",
    );
    expect(c.speaker.name).toBe("Karl Bahr");
  });
});

describe("attribute: what is not the content of a verb of saying", () => {
  it("needs a separable verb's particle at the end of its clause", () => {
    // "nahm … an der WM teil" is teilnehmen, not annehmen
    expect(
      run("Die Läuferin nahm zum achten Mal an der WM teil, in Rom holte sie bereits einmal Gold.\n"),
    ).toEqual([]);
  });

  it("does not take a relative clause or a bare phrase after the comma as an indicative content clause", () => {
    expect(run("Vorher sind Flüge geplant, die sich ganz auf Roboter stützen sollen.\n")).toEqual([]);
    expect(
      run("Der Konzern plant eine Umwandlung in eine SE, eine Gesellschaft europäischen Rechts.\n"),
    ).toEqual([]);
  });

  it("still takes an indicative main clause with a subject of its own", () => {
    const s = find(
      run("Die Zeitung hatte berichtet, 200 Mitarbeiter sollen entlassen werden.\n"),
      "Mitarbeiter",
    );
    expect(s.text).toBe("200 Mitarbeiter sollen entlassen werden");
  });
});

describe("attribute: passive frames and quotes opened by a connective", () => {
  it("takes the agent after 'von' as the speaker of a passive verb of saying", () => {
    const s = find(
      run("Seine Bilder werden von Kritikern als „Meilensteine der Moderne“ bezeichnet.\n"),
      "Meilensteine",
    );
    expect(s).toMatchObject({ kind: "DIRECT", text: "„Meilensteine der Moderne“" });
    expect(s.speaker.mention?.text).toBe("Kritikern");
  });

  it("reads a passive participle that is no finite form ('gefordert') with its agent, too", () => {
    const s = find(run("Der Rücktritt des Ministers wurde von der Opposition gefordert.\n"), "Rücktritt");
    expect(s).toMatchObject({ kind: "REPORTED", speaker: { mention: { text: "der Opposition" } } });
    expect(run("Der Rücktritt des Ministers wurde gestern gefordert.\n")).toEqual([]);
  });

  it("names nobody for a passive without an agent", () => {
    expect(run("Seine Bilder werden oft als „Meilensteine der Moderne“ bezeichnet.\n")).toEqual([]);
  });

  it("reads a quote after 'Denn:' with its verb after it", () => {
    const s = find(
      run("Denn: „Wozu braucht es den Rat, wenn er nichts beschließen kann?“ fragen sich Beobachter.\n"),
      "Wozu braucht es den Rat",
    );
    expect(s.speaker.mention?.text).toBe("Beobachter");
  });

  it("reads 'Im letzten Satz der Anordnung heißt es: …'", () => {
    const s = find(
      run("Im letzten Satz der Anordnung heißt es: „Die Firma darf niemanden informieren.“\n"),
      "niemanden",
    );
    expect(s.speaker.mention?.text).toBe("letzten Satz der Anordnung");
  });
});

describe("attribute: quantified groups, demonstratives, nouns for words", () => {
  it("reads 'Die beiden Mitglieder X und Y meinen: …'", () => {
    const s = find(
      run("Die beiden Mitglieder Jan Kurz und Eva Lang meinen: „Die Koalition bricht ihre Versprechen.“\n"),
      "Versprechen",
    );
    expect(s.speaker.name).toBe("Jan Kurz");
  });

  it("resolves 'so letztere' and 'sagte dieser' like a pronoun", () => {
    const out = run(
      "Die Tierschützerin Anna Kral kritisierte die Zucht.\n„Durch die Hitze wird das Leiden noch größer.“, so letztere.\n",
    );
    expect(find(out, "Leiden").speaker.name).toBe("Anna Kral");
  });

  it("gives a quotation after 'Das Fazit der Ministerin X:' to X, and after 'Seine Antwort:' to him", () => {
    const a = find(
      run("Das Fazit der Ministerin Sandra Boser:\n„Die Zahlen zeigen, dass die Schulen gut arbeiten.“\n"),
      "Schulen gut arbeiten",
    );
    expect(a.speaker.name).toBe("Sandra Boser");
    const b = find(
      run(
        "Der Trainer Ole Fink wurde nach dem Spiel gefragt.\nSeine Antwort:\n„Wir haben verdient gewonnen.“\n",
      ),
      "verdient gewonnen",
    );
    expect(b.speaker.name).toBe("Ole Fink");
  });
});

describe("attribute: past tense that only looks like Konjunktiv II", () => {
  it("does not continue reported speech with 'wollten', 'sollten' or 'möchte'", () => {
    const out = run(
      "Der Sprecher Tim Roth sagte, die Bahn fahre wieder.\nDie Fahrgäste wollten trotzdem nicht länger warten.\n",
    );
    expect(out.map((s) => s.text)).toEqual(["die Bahn fahre wieder"]);
  });
});

describe("attribute: long quotes and long prefields", () => {
  it("follows a quotation over eight lines to its closing mark", () => {
    const lines = Array.from(
      { length: 8 },
      (_, k) => `Satz Nummer ${k + 1} der langen Erklärung steht hier.`,
    );
    const text = `Der Sprecher Paul Kern sagte:\n„${lines.join("\n")}“\n`;
    const s = find(run(text), "Satz Nummer 1");
    expect(s.text).toBe(`„${lines.join("\n")}“`);
    expect(s.speaker.name).toBe("Paul Kern");
  });

  it("prefers 'verb + pronoun' after a prepositional prefield over a word the phrase reader stops at", () => {
    const out = run(
      "Die Astronautin Eva Stern flog zum Mond.\n" +
        "Nach einem Flug mit Apollo zusammen mit ihren Kollegen Tim Hart und Ole Berg landete sie sicher und meldete sich mit den Worten: „Hier ist alles ruhig.“\n",
    );
    expect(find(out, "Hier ist alles ruhig").speaker.mention?.text).toBe("sie");
  });
});

describe("attribute: quotations named by a noun for words, and 'und „…“'", () => {
  it("reads a quotation that stands beside 'die Antwort', 'die Feststellung', 'die Worte'", () => {
    const a = find(
      run(
        "Das Wahlkampfteam veröffentlichte die Antwort, „Tut mir leid, da muss ich nachfragen“, prompt im Netz.\n",
      ),
      "Tut mir leid",
    );
    expect(a).toMatchObject({
      kind: "DIRECT",
      rule: "direct:speech-noun",
      text: "„Tut mir leid, da muss ich nachfragen“",
    });
    expect(a.speaker.mention?.text).toBe("Das Wahlkampfteam");
    const b = find(
      run("Die Antwort des Ministers Ralf Kuhn: „Wir prüfen das noch in Ruhe.“\n"),
      "Wir prüfen das",
    );
    expect(b.speaker.name).toBe("Ralf Kuhn");
  });

  it("continues a speaker's quotations with 'und „…“'", () => {
    const out = run(
      "Der Kanzler Udo Brand hatte erklärt: „Wir senken die Steuern.“\nund „Wer das nicht schafft, hat die Wahl nicht verdient.“\n",
    );
    const s = find(out, "Wahl nicht verdient");
    expect(s.text).toBe("„Wer das nicht schafft, hat die Wahl nicht verdient.“");
    expect(s.speaker.name).toBe("Udo Brand");
  });
});

describe("attribute: colon leads with long prefields and nouns for words", () => {
  it("finds the subject behind a prefield of several prepositional phrases", () => {
    const out = run(
      "Bei einer Debatte um die Praxis des Vollzugs von Abschiebungen in Hessen hatte sich Lea Pohl zu dem Zwischenruf hinreißen lassen:\n„Am besten schickt man Sie gleich mit.“\n",
    );
    expect(find(out, "schickt man Sie").speaker.name).toBe("Lea Pohl");
  });

  it("gives the quotation after 'Das Fazit von X nach fünf Jahren … überrascht nicht:' to X", () => {
    const out = run(
      "Das Fazit von Sandra Boser nach fünf Jahren Reform überrascht daher nicht:\n„Die Zahlen zeigen, dass die Qualität stimmt.“\n",
    );
    expect(find(out, "Qualität stimmt").speaker.name).toBe("Sandra Boser");
  });

  it("reads 'Seine Meinung zu X: „…“' as his words", () => {
    const out = run(
      "Der Präsident Horst Kehl sprach lange.\nSeine Meinung zu dem Streit: „Das darf doch nicht wahr sein.“\n",
    );
    expect(find(out, "nicht wahr sein").speaker.name).toBe("Horst Kehl");
  });

  it("finds 'als „…“' of bezeichnen after a relative clause", () => {
    const out = run(
      "Der Trainer Jens Lau bezeichnete acht Karten in einem Spiel, in dem es nur wenige Fouls gab, als „völlig übertrieben“.\n",
    );
    expect(find(out, "völlig übertrieben")).toMatchObject({ kind: "DIRECT", speaker: { name: "Jens Lau" } });
  });
});

describe("attribute: judgements 'für X', slogans in relative clauses and beside a speech act", () => {
  it("gives a quoted judgement in a clause with a copula to the person it is 'für'", () => {
    const s = find(
      run("Für den Gesundheitsminister Jose Temporao ist die Lage in der Stadt „alarmierend“.\n"),
      "alarmierend",
    );
    expect(s).toMatchObject({ kind: "DIRECT", rule: "direct:fuer-x", text: "„alarmierend“" });
    expect(s.speaker.name).toBe("Jose Temporao");
  });

  it("gives a slogan on banners in a relative clause to the banners' phrase", () => {
    const s = find(
      run(
        "Anhänger protestierten mit Transparenten, auf denen Sprüche wie „Nieder mit der Besatzung“ standen.\n",
      ),
      "Nieder mit der Besatzung",
    );
    expect(s.speaker.mention?.text).toBe("Transparenten");
  });

  it("keeps a slogan beside the speech act that carries it", () => {
    const out = run(
      "Im Vorfeld der nun abgesagten Parade haben Anhänger der Gruppe mit der Parole „Wir kriegen euch“ den Teilnehmern gedroht.\n",
    );
    expect(out.filter((s) => s.kind === "DIRECT").map((s) => [s.text, s.speaker.mention?.text])).toEqual([
      ["„Wir kriegen euch“", "Anhänger der Gruppe"],
    ]);
    expect(out.some((s) => s.kind === "REPORTED" && s.cue?.text === "gedroht")).toBe(true);
  });
});

describe("attribute: 'Das musste X einräumen.', 'zu Beginn', rechtfertigen als", () => {
  it("takes the sentence before for 'Das musste X einräumen.'", () => {
    const out = run(
      "„Ja, es gibt Zumutungen“.\nDas musste Finanzminister Peer Steinbrück zu Beginn der Debatte einräumen.\n",
    );
    const s = find(out, "Zumutungen");
    expect(s.text).toBe("„Ja, es gibt Zumutungen“");
    expect(s.speaker.name).toBe("Peer Steinbrück");
    expect(s.speaker.mention?.text).toBe("Finanzminister Peer Steinbrück");
  });

  it("reads the quoted label of rechtfertigen … als, and the quotation after its colon", () => {
    const out = run(
      "Das Ministerium Ost rechtfertigte die Aktion als „defensiver Natur“:\n„Auf Anweisung des Präsidenten hat das Militär gehandelt.“\n",
    );
    expect(find(out, "defensiver Natur")).toMatchObject({ kind: "DIRECT", text: "„defensiver Natur“" });
    expect(find(out, "Auf Anweisung").speaker.mention?.text).toBe("Das Ministerium Ost");
  });
});

describe("attribute: names, states and lists that are no statements", () => {
  it("does not take a name set beside a noun, or what 'man' calls something, as a quotation", () => {
    expect(run("Als Beispiele nennt der Konzern die Modelle „Touareg“ und „Phaeton“.\n")).toEqual([]);
    expect(run("Dies nennt man einen „Aktiensplit“.\n")).toEqual([]);
  });

  it("does not read a state passive ('ist geplant') as a speech act", () => {
    expect(run("Zudem ist der Einzug von Tieren geplant: Katzen, Ziegen und Kühe sollen es sein.\n")).toEqual(
      [],
    );
  });

  it("does not take a list of names after a colon as content", () => {
    expect(
      run(
        "Als Nachfolger haben sich bereits drei Kandidaten gemeldet: Anna Kroll, Jens Sahm und Fritz Merk.\n",
      ),
    ).toEqual([]);
  });

  it("still reads a pluperfect passive with its agent", () => {
    const s = find(
      run(
        "Von Seiten der deutschen Delegation war den USA vorgeworfen worden, das Dokument zu verwässern.\n",
      ),
      "verwässern",
    );
    expect(s.kind).toBe("REPORTED");
  });
});

describe("attribute: written words and the paper a passive names", () => {
  it("gives words written on something to that thing", () => {
    const s = find(
      run(
        "Damals musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: „Denke daran: Abhören ist verboten.“\n",
      ),
      "Abhören ist verboten",
    );
    expect(s).toMatchObject({ kind: "DIRECT", rule: "direct:written" });
    expect(s.speaker.mention?.text).toBe("ein Zettel");
  });

  it("takes the paper of 'wurde im „Standard“ als „…“ bezeichnet' as the source", () => {
    const s = find(
      run("Die Betriebe wurden gestern im „Standard“ als „eine Organisation der Partei“ bezeichnet.\n"),
      "Organisation der Partei",
    );
    expect(s.kind).toBe("DIRECT");
    expect(s.speaker.mention?.text).toBe("„Standard“");
  });
});
