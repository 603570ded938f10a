// Link: candidates → meetings. One meeting per place and month: venues and states fold into the city
// the article names, dated mentions split a place into months, undated ones join the article's month
// (or the only month there is). The id `meeting-<place>-<month>` is what merges the same talks across
// articles in the graph.

import type { Meeting, TextSpan } from "../types.ts";
import type { LinkContext } from "./context.ts";
import { earlier, later } from "./dates.ts";
import type { Candidate } from "./meetings.ts";
import { contactDenials, type Denial, meetingSessions } from "./sessions.ts";

interface MonthSlot {
  from: string | null;
  to: string | null;
  cs: Set<Candidate>;
}

/** The article's meetings, sorted by id. */
export function mergeMeetings(ctx: LinkContext, candidates: Candidate[]): Meeting[] {
  const cities = new Set(candidates.map((c) => c.placeId));
  for (const c of candidates) {
    // "Treffen in Florida" in an article about the talks in Miami: the same talks
    const inside = [...cities].find((p) => p !== c.placeId && ctx.isInside(p, c.placeId));
    if (inside) c.placeId = inside;
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const g = groups.get(c.placeId);
    if (g) g.push(c);
    else groups.set(c.placeId, [c]);
  }
  const denials = contactDenials(ctx, candidates);
  const out = new Map<string, Meeting>();
  for (const [placeId, group] of groups) {
    if (group.every((c) => c.weak)) continue;
    for (const [month, slot] of monthSlots(ctx, group)) {
      const id = `meeting-${placeId}-${month}`;
      out.set(id, meetingOf(ctx, id, placeId, month, slot, denials));
    }
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The candidates of one place by month, with the month's date range. */
function monthSlots(ctx: LinkContext, group: Candidate[]): Map<string, MonthSlot> {
  // dated mentions split a place into months; undated ones join the article's month or the only one
  const byMonth = new Map<string, MonthSlot>();
  const undated: Candidate[] = [];
  for (const c of group) {
    if (!c.dates.length) {
      undated.push(c);
      continue;
    }
    for (const d of c.dates) {
      const month = d.from.slice(0, 7);
      const slot = byMonth.get(month) ?? { from: null, to: null, cs: new Set<Candidate>() };
      slot.from = earlier(slot.from, d.from);
      slot.to = later(slot.to, d.granularity === "month" ? null : d.to);
      slot.cs.add(c);
      byMonth.set(month, slot);
    }
  }
  if (undated.length) {
    const refMonth = ctx.ref?.date.slice(0, 7) ?? null;
    const target =
      refMonth && byMonth.has(refMonth) ? refMonth : byMonth.size === 1 ? [...byMonth.keys()][0]! : refMonth;
    if (target) {
      const slot = byMonth.get(target) ?? { from: target, to: null, cs: new Set<Candidate>() };
      for (const c of undated) slot.cs.add(c);
      byMonth.set(target, slot);
    }
  }
  return byMonth;
}

function meetingOf(
  ctx: LinkContext,
  id: string,
  placeId: string,
  month: string,
  slot: MonthSlot,
  denials: Denial[],
): Meeting {
  const participants = new Set<string>();
  const evidence: TextSpan[] = [];
  for (const c of slot.cs) {
    for (const p of c.participants) participants.add(p);
    evidence.push(...c.evidence, ...c.dates.map((d) => ({ text: d.text, start: d.start, end: d.end })));
  }
  const placeName = ctx.lex.nameOf(placeId) ?? ctx.entities.get(placeId)?.name ?? placeId;
  const name = `Gespräche in ${placeName}`;
  const sessions = meetingSessions(ctx, { id, name, placeId }, [...slot.cs], denials);
  // a session's participant is the meeting's too ("Er traf …" may name one no other sentence does)
  for (const s of sessions ?? []) for (const p of s.participants) participants.add(p);
  return {
    id,
    name,
    placeId,
    start: slot.from ?? month,
    end: slot.to,
    participants: [...participants],
    evidence: dedupeSpans(evidence),
    ...(sessions ? { sessions } : {}),
  };
}

function dedupeSpans(spans: TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}-${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
