import { describe, expect, it } from "vitest";
import { link } from "../../../../src/ingest/link/link.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { Linked, Meeting, Segmented, Statement } from "../../../../src/ingest/types.ts";
import { seed, segmentLite } from "../recognize/support.ts";

/** A statement over the first occurrence of `quote`, as ATTRIBUTE would hand it over. */
function statement(doc: Segmented, quote: string, speakerId: string | null = null): Statement {
  const start = doc.article.text.indexOf(quote);
  if (start < 0) throw new Error(`not in text: ${quote}`);
  const end = start + quote.length;
  return {
    id: `${doc.article.id}:${start}-${end}`,
    kind: "DIRECT",
    text: quote,
    start,
    end,
    cue: null,
    speaker: { id: speakerId, name: speakerId, type: speakerId ? "PERSON" : "UNKNOWN", mention: null },
    via: null,
    about: [],
    confidence: 1,
    rule: "test",
    saidOn: null,
  };
}

function run(
  text: string,
  publishedAt: string | null,
  quotes: Array<[string, string | null]> = [],
  fallbackReference: string | null = null,
): Linked {
  const doc = segmentLite(text, publishedAt);
  return link(
    doc,
    recognize(doc),
    quotes.map(([q, s]) => statement(doc, q, s)),
    { fallbackReference },
  );
}
const about = (st: Statement) => st.about.map((a) => `${a.id}:${a.via}`).sort();

describe("link: meetings", () => {
  it("dates meetings from relative expressions against the article date", () => {
    // 2026-03-12 is a Thursday
    const r = run(
      "Vertreter Kanadas und Norwegens treffen sich an diesem Wochenende in Genf. Am Sonntag und Montag hatte es in Oslo Gespräche gegeben.",
      "2026-03-12T08:00",
    );
    expect(r.meetings.map((m) => [m.id, m.placeId, m.start, m.end])).toEqual([
      ["meeting-genf-2026-03", "genf", "2026-03-14", "2026-03-15"],
      ["meeting-oslo-2026-03", "oslo", "2026-03-08", "2026-03-09"],
    ]);
    expect(r.meetings[0]!.participants.sort()).toEqual(["kanada", "norwegen"]);
  });

  it("takes participants from participation verbs, also in the next sentence, but no relations or sources", () => {
    const r = run(
      "Am Samstag kamen Delegationen in Genf zusammen.\n\n" +
        "An den Gesprächen nahmen der kanadische Außenminister Paul Tremblay, der Sondergesandte Keith Kellogg und Trumps Schwiegersohn Jared Kushner teil. " +
        "Nach Angaben aus dem Weißen Haus war auch der Berater von Präsident Donald Trump dabei.",
      "2026-03-15",
    );
    const [m] = r.meetings;
    expect(m).toMatchObject({ id: "meeting-genf-2026-03", start: "2026-03-14", end: "2026-03-14" });
    expect(m!.participants.sort()).toEqual(["jared-kushner", "keith-kellogg", "paul-tremblay"]);
  });

  it("does not hold a meeting where someone comes from, nor where a role sits", () => {
    const r = run(
      "Aus Moskau reist der Unterhändler Kirill Dmitrijew an. Der Berater im Kanzleramt, Hans Keller, war anwesend.",
      "2026-03-12",
    );
    expect(r.meetings).toEqual([]);
  });

  it("holds talks 'im Kreml' in Moskau and puts each guest at the nearest place", () => {
    const r = run(
      "Witkoff und Kushner trafen sich im November mit Wladimir Putin im Kreml und zuletzt in Berlin mit Friedrich Merz.",
      "2026-01-08",
    );
    const byId = Object.fromEntries(r.meetings.map((m) => [m.id, m]));
    expect(byId["meeting-moskau-2025-11"]).toMatchObject({ placeId: "moskau", start: "2025-11", end: null });
    expect(byId["meeting-moskau-2025-11"]!.participants.sort()).toEqual([
      "jared-kushner",
      "steve-witkoff",
      "wladimir-putin",
    ]);
    expect(byId["meeting-berlin-2026-01"]!.participants.sort()).toEqual([
      "friedrich-merz",
      "jared-kushner",
      "steve-witkoff",
    ]);
  });

  it("folds a venue and the surrounding state into the city of the same talks", () => {
    const r = run(
      "Die Gespräche in Miami dauerten das gesamte Wochenende. Am Freitag waren Delegationen in Florida zusammengekommen. Dmitrijew traf Witkoff im Golfclub Shell Bay.",
      "2026-03-15",
    );
    expect(r.meetings.map((m) => [m.id, m.start, m.end])).toEqual([
      ["meeting-miami-2026-03", "2026-03-13", "2026-03-15"],
    ]);
    expect(r.meetings[0]!.participants.sort()).toEqual(["kirill-dmitrijew", "steve-witkoff"]);
  });

  it("gives two articles on the same talks the same meeting id", () => {
    const a = run("Die Unterhändler treffen sich an diesem Wochenende in Genf.", "2026-03-12");
    const b = run("Am Wochenende verhandelten die Unterhändler in Genf.", "2026-03-15");
    expect(a.meetings[0]!.id).toBe("meeting-genf-2026-03");
    expect(b.meetings[0]!.id).toBe(a.meetings[0]!.id);
  });

  it("makes no meeting it cannot date: no article date and no explicit date", () => {
    expect(run("Am Wochenende verhandelten die Unterhändler in Genf.", null).meetings).toEqual([]);
    expect(run("Am 14. März 2026 verhandelten die Unterhändler in Genf.", null).meetings[0]?.id).toBe(
      "meeting-genf-2026-03",
    );
  });

  it("reads an undated article against the fallback reference, and only against that", () => {
    const r = run("Am Freitag waren die Delegationen in Genf zusammengekommen.", null, [], "2026-03-15");
    expect(r.meetings.map((m) => [m.id, m.start])).toEqual([["meeting-genf-2026-03", "2026-03-13"]]);
    // Linking a dated article first leaves no state behind: the next undated one still resolves nothing.
    const dated = segmentLite("Die Unterhändler treffen sich am Wochenende in Oslo.", "2026-04-02");
    link(dated, recognize(dated), []);
    const undated = segmentLite("Am Wochenende hatten die Unterhändler in Genf verhandelt.", null);
    expect(link(undated, recognize(undated), []).meetings).toEqual([]);
  });

  it("puts a speaker 'hier in Berlin' at talks found there, but makes no meeting of it alone", () => {
    const r = run(
      "Die Gespräche in Berlin dauerten zwei Tage. «Was hier in Berlin erreicht wurde, ist gut», sagte Kanzler Friedrich Merz.",
      "2026-03-15",
    );
    expect(r.meetings[0]!.participants).toContain("friedrich-merz");
    expect(run("«Ich bin gern hier in Berlin», sagte Friedrich Merz.", "2026-03-15").meetings).toEqual([]);
  });

  it("ignores negated talks", () => {
    expect(run("Ein Treffen in Genf gab es am Wochenende nicht.", "2026-03-15").meetings).toEqual([]);
  });
});

describe("link: ABOUT", () => {
  const text =
    "Die Gespräche in Genf gingen am Wochenende weiter. «Die Atmosphäre war gut», sagte der Unterhändler Kirill Dmitrijew.\n\n" +
    "Zum Wiederaufbau sagte Selenskyj: «Wir brauchen Sicherheitsgarantien.»\n\nEr dankte: «Danke, Genf.»\n\n" +
    "Putin äußerte sich zum Wetter: «Es ist kalt in Moskau.» Der Kreml lobte die Gespräche als «nützlich».";

  it("links a statement to its paragraph's meeting and place via CONTEXT", () => {
    const r = run(text, "2026-03-15", [["Die Atmosphäre war gut", "kirill-dmitrijew"]]);
    expect(about(r.statements[0]!)).toEqual(["genf:CONTEXT", "meeting-genf-2026-03:CONTEXT"]);
  });

  it("links what the statement names via TEXT, and its sentence's topics via CONTEXT", () => {
    const r = run(text, "2026-03-15", [
      ["Wir brauchen Sicherheitsgarantien.", "wolodymyr-selenskyj"],
      ["Danke, Genf.", "wolodymyr-selenskyj"],
    ]);
    expect(about(r.statements[0]!)).toEqual(["sicherheitsgarantien:TEXT", "wiederaufbau:CONTEXT"]);
    expect(about(r.statements[1]!)).toEqual(["genf:TEXT", "meeting-genf-2026-03:TEXT"]);
  });

  it("keeps unrelated paragraphs out, but gives talk statements the article's main meeting", () => {
    const r = run(`${text}\n\nGenf bleibt Thema.`, "2026-03-15", [
      ["Es ist kalt in Moskau.", "wladimir-putin"],
      ["nützlich", "kreml"],
    ]);
    expect(about(r.statements[0]!)).toEqual(["moskau:TEXT"]);
    expect(about(r.statements[1]!)).toEqual(["genf:CONTEXT", "meeting-genf-2026-03:CONTEXT"]);
  });

  it("keeps a statement placed elsewhere in its own sentence out of the paragraph's meeting", () => {
    const r = run(
      "«Wir haben keine Zeit», sagte Michal am Donnerstag in Brüssel. Am Mittwoch trafen sich die Minister in Helsinki.",
      "2026-02-12",
      [["Wir haben keine Zeit", null]],
    );
    expect(r.meetings.map((m) => m.id)).toEqual(["meeting-helsinki-2026-02"]);
    expect(about(r.statements[0]!)).toEqual(["bruessel:CONTEXT"]);
  });

  it("never makes a statement about its own speaker", () => {
    const r = run("Dmitrijew sagte: «Dmitrijew bleibt in Genf.»", "2026-03-15", [
      ["Dmitrijew bleibt in Genf.", "kirill-dmitrijew"],
    ]);
    expect(r.statements[0]!.about.map((a) => a.id)).not.toContain("kirill-dmitrijew");
  });

  it("fills saidOn from a day named outside the quote", () => {
    const r = run("«Wir sind bereit», sagte Macron am Freitag.", "2026-03-15", [
      ["Wir sind bereit", "emmanuel-macron"],
    ]);
    expect(r.statements[0]!.saidOn).toBe("2026-03-13");
  });

  it("does not read a weekday inside a quoted title or a named paper as the day it was said", () => {
    // 2026-03-15 is a Sunday; "am Montag" and "am Sonntag" here are parts of newspaper names
    const quoted = run("«Wir sind bereit», sagte Macron dem «Kurier am Montag».", "2026-03-15", [
      ["Wir sind bereit", "emmanuel-macron"],
    ]);
    expect(quoted.statements[0]!.saidOn).toBeNull();
    const named = run("«Wir sind bereit», sagte Macron der Bild am Sonntag.", "2026-03-15", [
      ["Wir sind bereit", "emmanuel-macron"],
    ]);
    expect(named.statements[0]!.saidOn).toBeNull();
    // the real day next to the title still counts
    const both = run("«Wir sind bereit», sagte Macron am Freitag der «Bild am Sonntag».", "2026-03-15", [
      ["Wir sind bereit", "emmanuel-macron"],
    ]);
    expect(both.statements[0]!.saidOn).toBe("2026-03-13");
  });
});

describe("link: entities for the writer", () => {
  it("adds LOCATED_IN ancestors and PART_OF countries the article does not name", () => {
    const r = run("Im Golfclub Shell Bay sprach der Kreml-Unterhändler.", "2026-03-15");
    const byId = Object.fromEntries(r.entities.map((e) => [e.id, e]));
    expect(byId["shell-bay"]?.locatedIn).toBe("miami");
    expect(byId.miami?.locatedIn).toBe("florida");
    expect(byId.florida?.locatedIn).toBe("usa");
    expect(byId.usa).toMatchObject({ type: "ORGANIZATION", kind: "COUNTRY", mentions: [] });
    expect(byId.kreml?.countryId).toBe("russland");
    expect(byId.russland?.kind).toBe("COUNTRY");
  });
});

describe("link: the seed articles", () => {
  const dates: Record<string, string | null> = {
    "000": "2025-12-20T07:13",
    "001": "2025-12-21T21:54",
    "002": "2025-12-21",
    "003": null,
    "004": "2025-12-18T05:41",
  };
  const linked = Object.entries(dates).map(([p, d]) => {
    const doc = seed(p, d);
    return { p, doc, rec: recognize(doc) };
  });

  /** Merged the way the writer merges meetings: earliest start, latest end, all participants. */
  function merged(): Map<string, Meeting> {
    const out = new Map<string, Meeting>();
    let latest: string | null = null; // as the pipeline's batchExtractor passes it
    for (const { doc, rec } of linked) {
      const date = doc.article.meta.publishedAt;
      const meetings = link(doc, rec, [], { fallbackReference: latest }).meetings;
      if (date && (!latest || date > latest)) latest = date;
      for (const m of meetings) {
        const had = out.get(m.id);
        if (!had) out.set(m.id, { ...m, participants: [...m.participants] });
        else {
          const day = (a: string | null, b: string | null, pick: (x: string, y: string) => string) =>
            !a ? b : !b ? a : a.length !== b.length ? (a.length > b.length ? a : b) : pick(a, b);
          had.start = day(had.start, m.start, (x, y) => [x, y].sort()[0]!);
          had.end = day(had.end, m.end, (x, y) => [x, y].sort()[1]!);
          had.participants = [...new Set([...had.participants, ...m.participants])];
        }
      }
    }
    return out;
  }

  it("finds the Berlin and Miami talks with their dates, the Kremlin talks in November, Alaska and Istanbul", () => {
    const m = merged();
    expect(m.get("meeting-alaska-2025-08")).toMatchObject({ placeId: "alaska", start: "2025-08" });
    expect(m.get("meeting-alaska-2025-08")!.participants.sort()).toEqual(["donald-trump", "wladimir-putin"]);
    expect(m.get("meeting-istanbul-2025-07")).toMatchObject({ placeId: "istanbul", start: "2025-07" });
    expect(m.get("meeting-berlin-2025-12")).toMatchObject({
      placeId: "berlin",
      start: "2025-12-14",
      end: "2025-12-15",
    });
    expect(m.get("meeting-miami-2025-12")).toMatchObject({
      placeId: "miami",
      start: "2025-12-19",
      end: "2025-12-21",
    });
    expect(m.get("meeting-moskau-2025-11")).toMatchObject({ placeId: "moskau", start: "2025-11" });
    const miami = m.get("meeting-miami-2025-12")!.participants;
    for (const p of [
      "steve-witkoff",
      "jared-kushner",
      "kirill-dmitrijew",
      "rustem-umerow",
      "andrij-hnatow",
      "guenter-sautter",
    ])
      expect(miami).toContain(p);
    expect(miami).not.toContain("donald-trump");
    expect(m.get("meeting-berlin-2025-12")!.participants).toEqual(
      expect.arrayContaining([
        "steve-witkoff",
        "jared-kushner",
        "wolodymyr-selenskyj",
        "rustem-umerow",
        "friedrich-merz",
      ]),
    );
  });

  it("makes Dmitrijew's words in 002 and 003 about Miami", () => {
    const [, , d002, d003] = linked;
    const s002 = link(d002!.doc, d002!.rec, [
      statement(d002!.doc, "Die Diskussionen werden konstruktiv geführt", "kirill-dmitrijew"),
    ]);
    expect(about(s002.statements[0]!)).toEqual(
      expect.arrayContaining(["miami:CONTEXT", "meeting-miami-2025-12:CONTEXT"]),
    );
    const s003 = link(
      d003!.doc,
      d003!.rec,
      [statement(d003!.doc, "Danke, Miami. Nächstes Mal: Moskau.", "kirill-dmitrijew")],
      { fallbackReference: "2025-12-21" },
    );
    expect(about(s003.statements[0]!)).toEqual(["meeting-miami-2025-12:TEXT", "miami:TEXT", "moskau:TEXT"]);
  });
});
