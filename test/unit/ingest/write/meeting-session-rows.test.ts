import { describe, expect, it } from "vitest";
import type { Extraction, Meeting, MeetingSession } from "../../../../src/ingest/types.ts";
import { buildRows } from "../../../../src/ingest/write/rows.ts";
import { entity } from "./entity.ts";

// Our own article: two delegations met a host separately, one of them in a venue of its own.
const TEXT =
  "In Porto trafen sich eine kanadische und eine norwegische Delegation getrennt mit Vertretern Japans. " +
  "Tremblay traf die Japaner im Hotel Ribeira.";

function span(text: string) {
  const start = TEXT.indexOf(text);
  if (start < 0) throw new Error(`fixture: '${text}' not in TEXT`);
  return { text, start, end: start + text.length };
}

const FIRST = span(
  "In Porto trafen sich eine kanadische und eine norwegische Delegation getrennt mit Vertretern Japans.",
);
const SECOND = span("Tremblay traf die Japaner im Hotel Ribeira.");

function session(
  sides: string[],
  participants: string[],
  more: Partial<MeetingSession> = {},
): MeetingSession {
  return {
    id: `meeting-porto-2026-03-session-${sides.join("-")}`,
    name: `Gespräche in Porto: ${sides.join(", ")}`,
    sides,
    participants,
    start: "2026-03-14",
    end: null,
    placeId: null,
    evidence: [FIRST],
    ...more,
  };
}

function fixture(sessions: MeetingSession[] | undefined): Extraction {
  const meeting: Meeting = {
    id: "meeting-porto-2026-03",
    name: "Gespräche in Porto",
    placeId: "porto",
    start: "2026-03-14",
    end: null,
    participants: ["kanada", "norwegen", "japan", "paul-tremblay"],
    evidence: [span("Porto")],
    ...(sessions ? { sessions } : {}),
  };
  return {
    file: "sessions.txt",
    article: {
      id: "art-2",
      title: null,
      source: null,
      sources: [],
      publishedAt: "2026-03-15",
      url: null,
      contentHash: "hash-2",
      text: TEXT,
    },
    statements: [],
    entities: [
      entity({ id: "kanada", type: "ORGANIZATION", name: "Kanada", kind: "COUNTRY" }),
      entity({ id: "norwegen", type: "ORGANIZATION", name: "Norwegen", kind: "COUNTRY" }),
      entity({ id: "japan", type: "ORGANIZATION", name: "Japan", kind: "COUNTRY" }),
      entity({ id: "paul-tremblay", type: "PERSON", name: "Paul Tremblay", countryId: "kanada" }),
      entity({ id: "porto", type: "PLACE", name: "Porto", kind: "CITY" }),
      entity({
        id: "hotel-ribeira",
        type: "PLACE",
        name: "Hotel Ribeira",
        kind: "VENUE",
        locatedIn: "porto",
      }),
    ],
    meetings: [meeting],
    warnings: [],
  };
}

describe("write: meeting sessions", () => {
  it("writes each session under its meeting, with its participants, venue and source sentences", () => {
    const rows = buildRows(
      fixture([
        session(["japan", "kanada"], ["kanada", "japan", "paul-tremblay"], {
          placeId: "hotel-ribeira",
          evidence: [FIRST, SECOND, FIRST],
        }),
        session(["japan", "norwegen"], ["norwegen", "japan", "nobody-known"]),
      ]),
    );
    expect(rows.sessions).toEqual([
      {
        id: "meeting-porto-2026-03-session-japan-kanada",
        meetingId: "meeting-porto-2026-03",
        name: "Gespräche in Porto: japan, kanada",
        sides: ["japan", "kanada"],
        start: "2026-03-14",
        end: null,
        articleId: "art-2",
        sources: [`art-2 ${FIRST.start}-${FIRST.end}`, `art-2 ${SECOND.start}-${SECOND.end}`],
      },
      expect.objectContaining({
        id: "meeting-porto-2026-03-session-japan-norwegen",
        sides: ["japan", "norwegen"],
      }),
    ]);
    expect(rows.sessionHeldIn).toEqual([
      { sessionId: "meeting-porto-2026-03-session-japan-kanada", placeId: "hotel-ribeira" },
    ]);
    expect(
      rows.sessionAttended.map((r) => `${r.sessionId.split("-session-")[1]}: ${r.label} ${r.id}`),
    ).toEqual([
      "japan-kanada: Organization kanada",
      "japan-kanada: Organization japan",
      "japan-kanada: Person paul-tremblay",
      "japan-norwegen: Organization norwegen",
      "japan-norwegen: Organization japan",
    ]);
    expect(rows.warnings.filter((w) => w.includes("sessions[1]") && w.includes("nobody-known"))).toHaveLength(
      1,
    );
    expect(rows.meetingParts).toEqual([{ meetingId: "meeting-porto-2026-03", articleId: "art-2" }]);
  });

  it("records an article that tells of parts without naming one, so nobody is paired at that meeting", () => {
    const rows = buildRows(fixture([]));
    expect(rows.meetingParts).toEqual([{ meetingId: "meeting-porto-2026-03", articleId: "art-2" }]);
    expect(rows.sessions).toEqual([]);
    expect(rows.attended).toHaveLength(4);
  });

  it("writes no session rows for a meeting told of as one gathering", () => {
    const rows = buildRows(fixture(undefined));
    expect(rows.meetings).toHaveLength(1);
    expect(rows.attended).toHaveLength(4);
    expect([rows.meetingParts, rows.sessions, rows.sessionAttended, rows.sessionHeldIn]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it("rejects a session whose evidence lies outside the text", () => {
    const bad = session(["japan", "kanada"], ["kanada", "japan"], {
      evidence: [{ text: "x", start: TEXT.length, end: TEXT.length + 5 }],
    });
    expect(() => buildRows(fixture([bad]))).toThrow(/sessions\[0\]/);
  });
});
