// Link: meeting candidates. Every place named in a sentence about talks becomes a candidate with the
// dates of its sentence and the participants the sentence names; a sentence that only says who took
// part ("An den Gesprächen hatten … teilgenommen.") adds them to the talks named just before.
// merge-meetings.ts folds the candidates into meetings.

import { HERE_IN_ALL, MEETING_CUE, PARTICIPATION_CUE } from "../german/meeting-words.ts";
import { PERSON_PRONOUNS } from "../german/pronouns.ts";
import { MEDIATOR, SEPARATELY } from "../german/session-words.ts";
import type { Mention, Sentence, TextSpan } from "../types.ts";
import type { LinkContext } from "./context.ts";
import { type DateExpression, tenseOf } from "./dates.ts";

/** A source of information is not a guest: "nach Angaben aus dem Weißen Haus", "laut Berichten". */
const SOURCE_BEFORE = /\b(?:Angaben|laut|Berichten|zufolge|Informationen)\b[^,.;]{0,25}$/;
/** "bei seinem Gipfeltreffen mit US-Präsident Donald Trump": a meeting noun with its guests. */
const MEETING_WITH =
  /(?:[Tt]reffen|[Gg]ipfel\w*|[Gg]espräch\w*|[Vv]erhandlung\w*|[Uu]nterredung\w*)\s+(?:\S+\s+){0,2}?mit\b/;
/** "schon öfter", "mehrfach getroffen": a habit, not the talks just named. */
const HABITUAL = /\b(?:öfter|oft|mehrfach|mehrmals|wiederholt|regelmäßig|häufig)\b/;
const NEGATION = /\b(?:nicht|kein|keine|keinen|keiner|nie|niemand)\b/;
/** Organization kinds that take part in talks (media and companies only report on them). */
const PARTICIPANT_ORG_KINDS = new Set(["COUNTRY", "GOVERNMENT", "ALLIANCE", "INSTITUTION"]);
const MAX_DATE_DISTANCE = 90;

export interface Candidate {
  placeId: string;
  /** The place as named, when it is a venue inside the city the meeting is held in ("Golfclub Shell Bay"). */
  venueId: string | null;
  /** Only "hier in Berlin" said so: joins talks found elsewhere, never makes a meeting alone. */
  weak: boolean;
  sentence: Sentence;
  dates: DateExpression[];
  participants: Set<string>;
  evidence: TextSpan[];
}

/** The candidates of the whole article, in text order. */
export function meetingCandidates(ctx: LinkContext): Candidate[] {
  const candidates: Candidate[] = [];
  let last: Candidate | null = null;
  for (const sentence of ctx.sentences) {
    // a sentence without mentions names no place and no participant: nothing below would change
    const mentions = ctx.bySentence.get(sentence.index);
    if (!mentions?.length) continue;
    const text = sentence.text;
    // "trafen sich nicht direkt, sondern getrennt mit …": the negation denies the joint table, not the talks
    // (tested only where it decides: a sentence with meeting places, or one after talks)
    const places =
      ctx.meetingCue(sentence) || ctx.participationCue(sentence)
        ? mentions.map((m) => ({ m, place: ctx.meetingPlace(m) })).filter((x) => x.place !== null)
        : [];
    if (places.length && !negated(text)) {
      const here = placeCandidates(ctx, sentence, places);
      candidates.push(...here);
      if (ctx.participationCue(sentence) || MEETING_WITH.test(text))
        assignParticipants(ctx, here, mentions, sentence);
      last = here[here.length - 1]!;
    } else if (
      last &&
      !negated(text) &&
      ctx.participationCue(sentence) &&
      !HABITUAL.test(text) &&
      !elsewhere(ctx, mentions)
    ) {
      // "An den Gesprächen hatten … teilgenommen." after the sentence that named the place
      const target = followUpTarget(ctx, text, last, candidates);
      if (target && sentence.paragraph - target.sentence.paragraph <= 1)
        assignParticipants(ctx, [target], mentions, sentence);
    }
  }
  return candidates;
}

/** Not a closure in meetingCandidates: tsx (esbuild keepNames) names each closure with a defineProperty call. */
function negated(text: string): boolean {
  return NEGATION.test(text) && !SEPARATELY.test(text) && !MEDIATOR.test(text);
}

/** One candidate per place the sentence names; each date goes to the nearest place, if near enough. */
function placeCandidates(
  ctx: LinkContext,
  sentence: Sentence,
  places: { m: Mention; place: string | null }[],
): Candidate[] {
  const dates = ctx.datesOf(sentence).filter((d) => !d.since);
  const here: Candidate[] = [];
  const weak = !MEETING_CUE.test(sentence.text.replace(HERE_IN_ALL, ""));
  for (const { m, place } of places) {
    here.push({
      placeId: place!,
      venueId: m.type === "PLACE" && m.entityId !== place ? m.entityId : null,
      weak,
      sentence,
      dates: [],
      participants: new Set(),
      evidence: [{ text: m.text, start: m.start, end: m.end }],
    });
  }
  for (const d of dates) {
    let best: { c: Candidate; dist: number } | null = null;
    for (const c of here) {
      const ev = c.evidence[0]!;
      const dist = d.end <= ev.start ? ev.start - d.end : Math.max(0, d.start - ev.end);
      if (!best || dist < best.dist) best = { c, dist };
    }
    if (best && best.dist <= MAX_DATE_DISTANCE) best.c.dates.push(d);
  }
  return here;
}

/** The talks a participation sentence continues: the last ones, but talks still to come skip back
 * over talks that are already over. */
function followUpTarget(
  ctx: LinkContext,
  text: string,
  last: Candidate,
  candidates: Candidate[],
): Candidate | undefined {
  if (tenseOf(text) !== "future" || !ctx.ref) return last;
  const today = ctx.ref.date;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (!c.dates.length || c.dates.some((d) => d.to >= today)) return c;
  }
  return undefined;
}

/** The sentence names a location of its own ("zu Verhandlungen in Russland"): not the talks before. */
function elsewhere(ctx: LinkContext, mentions: Mention[]): boolean {
  return mentions.some(
    (m) =>
      (m.type === "PLACE" || ctx.entities.get(m.entityId)?.kind === "COUNTRY") &&
      /\b(?:in|im|nach)\s+$/.test(ctx.text.slice(Math.max(0, m.start - 6), m.start)),
  );
}

function assignParticipants(ctx: LinkContext, here: Candidate[], mentions: Mention[], sentence: Sentence) {
  const cue = PARTICIPATION_CUE.exec(sentence.text);
  const verbAt = cue ? sentence.start + cue.index : sentence.start;
  const subject = cue ? pronounSubject(ctx, sentence, cue.index) : null;
  if (subject) for (const c of here) c.participants.add(subject);
  for (const m of mentions) {
    if (!isParticipant(ctx, m)) continue;
    // the place itself ("im Kreml") is not a guest
    if (here.some((c) => c.evidence.some((e) => e.start === m.start))) continue;
    if (here.length === 1) {
      here[0]!.participants.add(m.entityId);
      continue;
    }
    // several places: the subject before the verb met at all of them, others at the nearest place
    if (m.end <= verbAt) for (const c of here) c.participants.add(m.entityId);
    else {
      let best = here[0]!;
      let bestDist = Number.POSITIVE_INFINITY;
      for (const c of here) {
        const ev = c.evidence[0]!;
        const dist = m.end <= ev.start ? ev.start - m.end : m.start - ev.end;
        if (dist >= 0 && dist < bestDist) {
          best = c;
          bestDist = dist;
        }
      }
      best.participants.add(m.entityId);
    }
  }
}

/**
 * "Er traf Witkoff und Kushner …": a personal pronoun right before the verb is the subject, and stands
 * for the one person the sentence before names (none when it names several: the reader could not tell).
 */
function pronounSubject(ctx: LinkContext, sentence: Sentence, verbAt: number): string | null {
  const pronoun = /^(\p{L}+)\s+$/u.exec(sentence.text.slice(0, verbAt));
  if (!pronoun || !PERSON_PRONOUNS.has(pronoun[1]!.toLowerCase())) return null;
  const prev = ctx.sentences[sentence.index - 1];
  if (!prev || prev.paragraph !== sentence.paragraph) return null;
  const people = new Set(
    (ctx.bySentence.get(prev.index) ?? []).filter((m) => m.type === "PERSON").map((m) => m.entityId),
  );
  return people.size === 1 ? [...people][0]! : null;
}

export function isParticipant(ctx: LinkContext, m: Mention): boolean {
  if (SOURCE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const role = ctx.insideRole(m);
  // "Vertreter Kanadas" sends Kanada to the talks; "der Berater von Präsident Trump" does not send Trump
  if (role && !(role.entityId === null && role.organizationId === m.entityId)) return false;
  if (m.type === "PERSON") {
    // "Trumps Schwiegersohn", "Nach Umerows Angaben": a genitive names someone's relation, not a guest
    if (m.rule.endsWith("inflected")) return false;
    // "der Berater von Kremlchef Wladimir Putin": the complement of another person's role
    let start = m.start;
    for (const rm of ctx.rec.roleMentions)
      if (rm.entityId === m.entityId && rm.end <= m.start && m.start - rm.end <= 2)
        start = Math.min(start, rm.start);
    return !/\b(?:von|vom)\s+$/.test(ctx.text.slice(Math.max(0, start - 5), start));
  }
  if (m.type === "ORGANIZATION") {
    const kind = ctx.entities.get(m.entityId)?.kind;
    return !!kind && PARTICIPANT_ORG_KINDS.has(kind) && m.rule !== "lexicon-compound";
  }
  return false;
}
