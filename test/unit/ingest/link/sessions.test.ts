import { describe, expect, it } from "vitest";
import { link } from "../../../../src/ingest/link/link.ts";
import { recognize } from "../../../../src/ingest/recognize/recognize.ts";
import type { Meeting } from "../../../../src/ingest/types.ts";
import { segmentLite } from "../recognize/support.ts";

/** The one meeting of a text (2026-03-12 is a Thursday). */
function meetingOf(text: string): Meeting {
  const doc = segmentLite(text, "2026-03-12");
  const meetings = link(doc, recognize(doc), []).meetings;
  expect(meetings).toHaveLength(1);
  return meetings[0]!;
}

/** Sessions as "side+side: participant, participant", sorted: what the tables compare. */
function sessions(m: Meeting): string[] | undefined {
  return m.sessions?.map((s) => `${s.sides.join("+")}: ${[...s.participants].sort().join(", ")}`).sort();
}

describe("link: meeting sessions", () => {
  const cases: Array<{ rule: string; text: string; sessions: string[] | undefined }> = [
    {
      rule: "getrennt … mit: each delegation with the counterpart, never with each other",
      text: "Am Samstag hatten sich in Genf eine kanadische und eine norwegische Delegation getrennt mit Vertretern Japans getroffen.",
      sessions: ["japan+kanada: japan, kanada", "japan+norwegen: japan, norwegen"],
    },
    {
      rule: "zunächst … danach: the subject in each step, the steps apart",
      text: "Der Sondergesandte Keith Kellogg traf am Montag in Genf zunächst Vertreter Kanadas und danach Vertreter Norwegens.",
      sessions: ["kanada+usa: kanada, keith-kellogg", "norwegen+usa: keith-kellogg, norwegen"],
    },
    {
      rule: "indirekt über Vermittler: each party with the mediator",
      text: "Vertreter Kanadas und Norwegens verhandelten am Dienstag in Wien indirekt über Vermittler aus Katar.",
      sessions: ["kanada+katar: kanada, katar", "katar+norwegen: katar, norwegen"],
    },
    {
      rule: "ohne dass … zusammentrafen: the clause splits its own talks",
      text: "Am Montag verhandelten in Genf Vertreter Kanadas und Norwegens mit Japan, ohne dass die beiden Delegationen zusammentrafen.",
      sessions: ["japan+kanada: japan, kanada", "japan+norwegen: japan, norwegen"],
    },
    {
      rule: "kein direktes Treffen: a gathering of sides the article keeps apart is no session",
      text:
        "Die Unterhändler Kanadas, Norwegens und Japans kamen am Montag in Genf zusammen. " +
        "Ein direktes Treffen zwischen Kanada und Norwegen gab es dabei nicht.",
      sessions: [],
    },
    {
      rule: "Gespräche mit X gab es nicht: X is kept apart from the subject of the talks before",
      text:
        "Für Kanada war der Unterhändler Paul Tremblay nach Genf gereist, um mit Vertretern Japans Gespräche zu führen. " +
        "Gespräche mit der norwegischen Seite gab es nicht.",
      sessions: ["japan+kanada: japan, kanada, paul-tremblay"],
    },
    {
      rule: "in wechselnden Konstellationen: parts without saying who; only a sentence that says it makes one",
      text:
        "An den Gesprächen in Genf waren am Montag in wechselnden Konstellationen Delegationen aus Kanada, Norwegen und Japan beteiligt. " +
        "Am Dienstag kamen Vertreter Kanadas und Japans in Genf zusammen.",
      sessions: ["japan+kanada: japan, kanada"],
    },
    {
      rule: "zunächst alone is 'for now', not a first step: no parts",
      text: "Am Montag verhandelten in Genf Vertreter Kanadas und Japans. Die Gespräche wurden zunächst beendet.",
      sessions: undefined,
    },
    {
      rule: "an article that tells of one gathering keeps no sessions",
      text: "Vertreter Kanadas und Norwegens treffen sich an diesem Wochenende in Genf.",
      sessions: undefined,
    },
  ];
  for (const c of cases) {
    it(c.rule, () => {
      expect(sessions(meetingOf(c.text))).toEqual(c.sessions);
    });
  }

  it("dates each session by its own sentence and keys it by meeting and sides", () => {
    const m = meetingOf(
      "Am Wochenende hatten sich in Genf eine kanadische sowie eine norwegische Delegation separat mit Vertretern Japans getroffen. " +
        "Am Freitag waren Vertreter Kanadas und Japans in Genf zusammengekommen.",
    );
    expect(m.sessions?.map((s) => [s.id, s.name, s.start, s.end])).toEqual([
      [
        "meeting-genf-2026-03-session-japan-kanada",
        "Gespräche in Genf: Japan, Kanada",
        "2026-03-06",
        "2026-03-08",
      ],
      [
        "meeting-genf-2026-03-session-japan-norwegen",
        "Gespräche in Genf: Japan, Norwegen",
        "2026-03-07",
        "2026-03-08",
      ],
    ]);
  });

  it("keeps a venue of its own and the subject a pronoun stands for", () => {
    const m = meetingOf(
      "Vertreter Kanadas und Norwegens trafen sich am Wochenende in Miami getrennt mit Keith Kellogg. " +
        "Der kanadische Unterhändler Paul Tremblay äußerte sich zufrieden. Er traf Kellogg im Golfclub Shell Bay.",
    );
    expect(m.participants).toContain("paul-tremblay");
    const kanada = m.sessions?.find((s) => s.id.endsWith("-session-kanada-usa"));
    expect(kanada?.participants.sort()).toEqual(["kanada", "keith-kellogg", "paul-tremblay"]);
    expect(kanada?.placeId).toBe("shell-bay");
  });

  it("resolves a pronoun only when the sentence before names one person", () => {
    const one = meetingOf(
      "Der Unterhändler Paul Tremblay äußerte sich am Montag zufrieden. Er traf am Dienstag Vertreter Norwegens in Genf.",
    );
    expect(one.participants.sort()).toEqual(["norwegen", "paul-tremblay"]);
    const two = meetingOf(
      "Paul Tremblay und Keith Kellogg äußerten sich am Montag zufrieden. Er traf am Dienstag Vertreter Norwegens in Genf.",
    );
    expect(two.participants).toEqual(["norwegen"]);
  });
});
