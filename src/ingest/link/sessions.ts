// Link: meeting sessions. When an article says that talks were held in parts — delegations met
// "getrennt"/"separat"/"nacheinander"/"jeweils" with a counterpart, "zunächst mit A, dann mit B",
// "indirekt" through a mediator, "in wechselnden Konstellationen" — or denies that some sides met ("kein
// direktes Treffen", "Gespräche mit X gab es nicht", "ohne dass … zusammentrafen"), the meeting keeps
// SESSIONS: who sat together in each part. Every sentence of such an article that puts participants at
// the meeting becomes one session (a split sentence one per part), unless a denial of the same article
// contradicts it. A session is keyed by its sides (countries, else the participant itself): articles
// that tell of the same constellation write the same session. An article that says nothing of parts
// writes none, and its participants attended the meeting as a whole (see cypher/analyst/03-…).

import { PARTICIPATION_CUE } from "../german/meeting-words.ts";
import {
  CONSTELLATIONS,
  MEDIATOR,
  NO_CONTACT,
  SEPARATELY,
  SEQUENCE,
  SEQUENCE_STEP,
} from "../german/session-words.ts";
import type { MeetingSession, Sentence, TextSpan } from "../types.ts";
import type { LinkContext } from "./context.ts";
import { earlier, later } from "./dates.ts";
import { type Candidate, isParticipant } from "./meetings.ts";

/** A participant named in a sentence, or a side a nationality adjective names ("eine russische … Delegation"). */
interface Item {
  id: string;
  start: number;
  end: number;
}

/** Sides the article says did not meet, tied to the talks named nearest before. */
export interface Denial {
  target: Candidate;
  apart: Array<[string, string]>;
}

/** How one sentence divides its talks: the parts (empty when it does not say who sat with whom). */
interface Split {
  parts: Set<string>[];
  apart: Array<[string, string]>;
}

/** "über ein Ende des Krieges": what follows is the topic, not a party (unless it names a mediator). */
const TOPIC_START = /\büber\b(?![^,.;]{0,30}[Vv]ermittl)/;
const WITH = /\bmit\b/g;
const CLAUSE_END = /[,;]|\b(?:zu|zur|zum|um|über|und\s+mit)\b/;

/** The side a participant belongs to: a country is its own side, a person or body its country's. */
export function sideOf(ctx: LinkContext, id: string): string {
  const e = ctx.entities.get(id);
  if (e?.kind === "COUNTRY") return id;
  return e?.countryId ?? id;
}

function sidesOf(ctx: LinkContext, ids: Iterable<string>): string[] {
  return [...new Set([...ids].map((id) => sideOf(ctx, id)))].sort();
}

function pairs(groups: string[][]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < groups.length; i++)
    for (let j = i + 1; j < groups.length; j++)
      for (const a of groups[i]!) for (const b of groups[j]!) if (a !== b) out.push([a, b]);
  return out;
}

/** Participants and nationality adjectives of a sentence, in text order, before its topic. */
function itemsOf(ctx: LinkContext, s: Sentence, skip: (start: number) => boolean): Item[] {
  const topic = TOPIC_START.exec(s.text);
  const limit = topic ? s.start + topic.index : s.end;
  const items: Item[] = [];
  const mentions = ctx.bySentence.get(s.index) ?? [];
  for (const m of mentions)
    if (m.end <= limit && !skip(m.start) && isParticipant(ctx, m))
      items.push({ id: m.entityId, start: m.start, end: m.end });
  // "eine russische sowie eine ukrainische Delegation": the first adjective has no noun of its own
  for (const w of s.text.matchAll(/[a-zäöüß][\p{L}-]*/gu)) {
    const start = s.start + w.index;
    if (start >= limit) break;
    const country = ctx.lex.adjectives.get(w[0]);
    if (!country || mentions.some((m) => m.start <= start && m.end > start)) continue;
    items.push({ id: country, start, end: start + w[0].length });
  }
  return items.sort((a, b) => a.start - b.start);
}

/** Items in a "mit …" phrase or next to a mediator noun: the counterpart of every part. */
function isCounterpart(ctx: LinkContext, s: Sentence, item: Item): boolean {
  const before = ctx.text.slice(s.start, item.start);
  let withAt = -1;
  for (const m of before.matchAll(WITH)) withAt = m.index;
  if (withAt >= 0 && !CLAUSE_END.test(before.slice(withAt + 3))) return true;
  const near = ctx.text.slice(Math.max(s.start, item.start - 25), Math.min(s.end, item.end + 25));
  return MEDIATOR.test(near) && !/[,;]/.test(near);
}

/** Groups of items by side, in order of first appearance. */
function bySide(ctx: LinkContext, items: Item[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const it of items) {
    const side = sideOf(ctx, it.id);
    const g = groups.get(side);
    if (!g) groups.set(side, [it.id]);
    else if (!g.includes(it.id)) g.push(it.id);
  }
  return [...groups.values()];
}

/** How a sentence of the talks divides them, or null when it does not. */
export function splitOf(ctx: LinkContext, c: Candidate): Split | null {
  const s = c.sentence;
  const sequence = SEQUENCE.test(s.text);
  if (!sequence && !SEPARATELY.test(s.text) && !MEDIATOR.test(s.text)) {
    return CONSTELLATIONS.test(s.text) ? { parts: [], apart: [] } : null;
  }
  const isPlace = (start: number) => c.evidence.some((e) => e.start === start);
  const items = itemsOf(ctx, s, isPlace);
  let common: Item[];
  let groups: string[][];
  if (sequence) {
    // "X traf zunächst A, dann B": each step is a part, what comes before the first step is in each
    const steps = [...s.text.matchAll(SEQUENCE_STEP)].map((m) => s.start + m.index);
    const stepOf = (it: Item) => steps.filter((p) => p <= it.start).length;
    common = items.filter((it) => stepOf(it) === 0);
    groups = steps
      .map((_, i) =>
        bySide(
          ctx,
          items.filter((it) => stepOf(it) === i + 1),
        ).flat(),
      )
      .filter((g) => g.length);
  } else {
    // "A und B trafen sich getrennt mit C": C is in each part; "C traf getrennt mit A und mit B": A and B are the parts
    const counter = items.filter((it) => isCounterpart(ctx, s, it));
    const rest = items.filter((it) => !counter.includes(it));
    const restGroups = bySide(ctx, rest);
    const counterGroups = bySide(ctx, counter);
    [common, groups] =
      restGroups.length >= 2 || counterGroups.length < 2 ? [counter, restGroups] : [rest, counterGroups];
  }
  const apart = pairs(groups.map((g) => sidesOf(ctx, g)));
  if (!common.length || groups.length < 2) return { parts: [], apart };
  const shared = common.map((it) => it.id);
  return { parts: groups.map((g) => new Set([...g, ...shared])), apart };
}

/** The sides each "kein direktes Treffen" sentence keeps apart, with the talks it speaks of. */
export function contactDenials(ctx: LinkContext, candidates: Candidate[]): Denial[] {
  const out: Denial[] = [];
  // a denial only ever targets talks found before (nearestTalks): without candidates no sentence is tested
  if (candidates.length === 0) return out;
  for (const s of ctx.sentences) {
    if (!NO_CONTACT.test(s.text)) continue;
    // "A und B verhandelten mit C, ohne dass sie zusammentrafen": the split of the sentence says it
    if (candidates.some((c) => c.sentence === s && splitOf(ctx, c)?.apart.length)) continue;
    const target = nearestTalks(s, candidates);
    if (!target) continue;
    const sides = sidesOf(
      ctx,
      itemsOf(ctx, s, () => false).map((it) => it.id),
    );
    if (sides.length >= 2) {
      out.push({ target, apart: pairs(sides.map((x) => [x])) });
      continue;
    }
    // "Gespräche mit der russischen Seite gab es nicht": the other side is the subject of the talks before
    const subject = subjectSides(ctx, target.sentence);
    if (sides.length === 1 && subject.length) out.push({ target, apart: pairs([sides, subject]) });
  }
  return out;
}

/** The talks a sentence speaks of: the last ones named up to it, at most a paragraph back, else the next in its paragraph. */
function nearestTalks(s: Sentence, candidates: Candidate[]): Candidate | null {
  let before: Candidate | null = null;
  for (const c of candidates) {
    if (c.sentence.index <= s.index) before = c;
    else if (!before && c.sentence.paragraph === s.paragraph) return c;
  }
  return before && s.paragraph - before.sentence.paragraph <= 1 ? before : null;
}

/** Sides named before the participation verb of a sentence (its subject). */
function subjectSides(ctx: LinkContext, s: Sentence): string[] {
  const cue = PARTICIPATION_CUE.exec(s.text);
  if (!cue) return [];
  const verbAt = s.start + cue.index;
  const items = itemsOf(ctx, s, () => false).filter((it) => it.end <= verbAt);
  return sidesOf(
    ctx,
    items.map((it) => it.id),
  );
}

/**
 * The sessions of one meeting as this article tells them, or undefined when the article says nothing
 * of parts.
 */
export function meetingSessions(
  ctx: LinkContext,
  meeting: { id: string; name: string; placeId: string },
  cs: Candidate[],
  denials: Denial[],
): MeetingSession[] | undefined {
  const splits = new Map(cs.map((c) => [c, splitOf(ctx, c)]));
  const mine = denials.filter((d) => cs.includes(d.target));
  if (![...splits.values()].some(Boolean) && !mine.length) return undefined;
  const apart = new Set<string>();
  for (const [a, b] of [
    ...mine.flatMap((d) => d.apart),
    ...[...splits.values()].flatMap((x) => x?.apart ?? []),
  ])
    apart.add(`${a}|${b}`).add(`${b}|${a}`);
  const byKey = new Map<string, MeetingSession>();
  for (const c of cs) {
    const split = splits.get(c);
    const parts = split ? split.parts : [c.participants];
    for (const part of parts) {
      const sides = sidesOf(ctx, part);
      // one side alone ("Witkoff und Kushner") says nobody met anybody
      if (sides.length < 2) continue;
      if (sides.some((a) => sides.some((b) => apart.has(`${a}|${b}`)))) continue;
      const id = `${meeting.id}-session-${sides.join("-")}`;
      const name = `${meeting.name}: ${sides.map((x) => ctx.lex.nameOf(x) ?? ctx.entities.get(x)?.name ?? x).join(", ")}`;
      const session = byKey.get(id) ?? newSession(id, name, sides);
      for (const p of part) if (!session.participants.includes(p)) session.participants.push(p);
      for (const d of c.dates) {
        session.start = earlier(session.start, d.from);
        session.end = later(session.end, d.granularity === "month" ? null : d.to);
      }
      if (c.venueId && c.venueId !== meeting.placeId) session.placeId ??= c.venueId;
      session.evidence.push(spanOf(c.sentence));
      byKey.set(id, session);
    }
  }
  return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function newSession(id: string, name: string, sides: string[]): MeetingSession {
  return { id, name, sides, participants: [], start: null, end: null, placeId: null, evidence: [] };
}

function spanOf(s: Sentence): TextSpan {
  return { text: s.text, start: s.start, end: s.end };
}
