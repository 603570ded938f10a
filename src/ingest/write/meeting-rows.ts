// Meeting rows: one Meeting node per id (folded when an article lists the same talks twice), HELD_IN,
// ATTENDED for the people and organizations of this article, the meeting's MENTIONS, and its sessions
// when the article tells of parts (HAS_SESSION, ATTENDED and HELD_IN of each session).

import type { Meeting, MeetingSession } from "../types.ts";
import { requireId, requireSpan, uniqueStrings } from "./contract.ts";
import type { RowContext } from "./row-types.ts";

/** Writes the article's meetings; returns their ids (statements may only be ABOUT those). */
export function addMeetingRows(ctx: RowContext, meetings: Meeting[]): Set<string> {
  const { rows, articleId, labelOf } = ctx;
  const meetingIds = new Set<string>();
  for (const [i, m] of foldMeetings(meetings).entries()) {
    const field = `meetings[${i}]`;
    requireId(m.id, `${field}.id`);
    meetingIds.add(m.id);
    rows.meetings.push({
      id: m.id,
      name: m.name || m.id,
      start: m.start ?? null,
      end: m.end ?? null,
      articleId,
    });
    if (m.placeId) rows.heldIn.push({ meetingId: m.id, placeId: m.placeId });
    for (const p of uniqueStrings(m.participants ?? [])) {
      const label = labelOf.get(p);
      if (label === "Person" || label === "Organization") {
        rows.attended.push({ label, id: p, meetingId: m.id, articleId });
      } else {
        rows.warnings.push(
          `${field}(${m.id}).participants: '${p}' is not a person or organization of this article; skipped`,
        );
      }
    }
    if (m.sessions) rows.meetingParts.push({ meetingId: m.id, articleId });
    addSessionRows(ctx, m.id, m.sessions ?? [], field);
    const offsets: number[] = [];
    for (const [j, ev] of (m.evidence ?? []).entries()) {
      requireSpan(ev.start, ev.end, ctx.text.length, `${field}(${m.id}).evidence[${j}]`);
      offsets.push(ev.start, ev.end);
    }
    if (offsets.length > 0)
      rows.mentions.push({ label: "Meeting", id: m.id, count: offsets.length / 2, offsets });
  }
  return meetingIds;
}

function addSessionRows(
  ctx: RowContext,
  meetingId: string,
  sessions: MeetingSession[],
  meetingField: string,
) {
  const { rows, articleId, labelOf } = ctx;
  for (const [i, s] of sessions.entries()) {
    const field = `${meetingField}.sessions[${i}]`;
    requireId(s.id, `${field}.id`);
    const sources: string[] = [];
    for (const [j, ev] of (s.evidence ?? []).entries()) {
      requireSpan(ev.start, ev.end, ctx.text.length, `${field}(${s.id}).evidence[${j}]`);
      sources.push(`${articleId} ${ev.start}-${ev.end}`);
    }
    rows.sessions.push({
      id: s.id,
      meetingId,
      name: s.name || s.id,
      sides: uniqueStrings(s.sides ?? []).sort(),
      start: s.start ?? null,
      end: s.end ?? null,
      articleId,
      sources: uniqueStrings(sources),
    });
    if (s.placeId && labelOf.get(s.placeId) === "Place")
      rows.sessionHeldIn.push({ sessionId: s.id, placeId: s.placeId });
    for (const p of uniqueStrings(s.participants ?? [])) {
      const label = labelOf.get(p);
      if (label === "Person" || label === "Organization") {
        rows.sessionAttended.push({ label, id: p, sessionId: s.id, articleId });
      } else {
        rows.warnings.push(
          `${field}(${s.id}).participants: '${p}' is not a person or organization of this article; skipped`,
        );
      }
    }
  }
}

/** The same talks may be listed twice in one article (two evidence passages); the graph has one node. */
function foldMeetings(meetings: Meeting[]): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const m of meetings) {
    const prev = byId.get(m.id);
    if (!prev) {
      byId.set(m.id, {
        ...m,
        participants: [...(m.participants ?? [])],
        evidence: [...(m.evidence ?? [])],
        ...(m.sessions ? { sessions: [...m.sessions] } : {}),
      });
      continue;
    }
    if (m.sessions) prev.sessions = foldSessions([...(prev.sessions ?? []), ...m.sessions]);
    prev.start = earlierDate(prev.start, m.start);
    prev.end = laterDate(prev.end, m.end);
    prev.placeId ||= m.placeId;
    prev.participants.push(...(m.participants ?? []));
    prev.evidence.push(...(m.evidence ?? []));
  }
  return [...byId.values()];
}

function foldSessions(sessions: MeetingSession[]): MeetingSession[] {
  const byId = new Map<string, MeetingSession>();
  for (const s of sessions) {
    const prev = byId.get(s.id);
    if (!prev) {
      byId.set(s.id, { ...s, participants: [...(s.participants ?? [])], evidence: [...(s.evidence ?? [])] });
      continue;
    }
    prev.start = earlierDate(prev.start, s.start);
    prev.end = laterDate(prev.end, s.end);
    prev.placeId ||= s.placeId;
    prev.participants.push(...(s.participants ?? []));
    prev.evidence.push(...(s.evidence ?? []));
  }
  return [...byId.values()];
}

/** Same rule as cypher/write/meetings.cypher: a more precise date of the same period wins, else the earlier. */
export function earlierDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return b < a ? b : a;
}

export function laterDate(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return b > a ? b : a;
}
