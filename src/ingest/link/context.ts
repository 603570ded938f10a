// What every Link job of one article reads: its sentences, paragraphs and mentions indexed for lookup,
// the lexicon, the reference date, and answers asked again and again (a sentence's cues and dates, the
// place a mention stands for), each found once.

import { MEETING_CUE, PARTICIPATION_CUE } from "../german/meeting-words.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { Entity, Mention, Recognition, RoleMention, Segmented, Sentence } from "../types.ts";
import { type DateExpression, findDates, type Reference } from "./dates.ts";

/** A preposition of place up to two words before a place name. */
const LOCATIVE_BEFORE = /\b(?:in|im|nach|bei|beim|vor|am)\s+(?:\S+\s+){0,2}$/;

/** `re` on the sentence's text, remembered by sentence index in `memo`. */
function memoTest(memo: Array<boolean | undefined>, re: RegExp, s: Sentence): boolean {
  const known = memo[s.index];
  if (known !== undefined) return known;
  const found = re.test(s.text);
  memo[s.index] = found;
  return found;
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
export function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class LinkContext {
  readonly text: string;
  readonly entities = new Map<string, Entity>();
  /** Mentions per sentence index. */
  readonly bySentence = new Map<number, Mention[]>();
  readonly sentences: Sentence[];
  readonly byParagraph = new Map<number, Sentence[]>();
  /** MEETING_CUE and PARTICIPATION_CUE per sentence index, tested once: the meeting finder and every
   * statement's ABOUT ask again for the same sentences. */
  private readonly meetingCues: Array<boolean | undefined> = [];
  private readonly participationCues: Array<boolean | undefined> = [];
  private readonly datesCache = new Map<number, DateExpression[]>();
  private readonly meetingPlaces = new Map<Mention, string | null>();

  constructor(
    readonly doc: Segmented,
    readonly rec: Recognition,
    readonly lex: Lexicon,
    readonly ref: Reference | null,
  ) {
    this.text = doc.article.text;
    this.sentences = doc.sentences.length
      ? doc.sentences
      : [{ index: 0, paragraph: 0, start: 0, end: this.text.length, text: this.text }];
    for (const e of rec.entities) this.entities.set(e.id, e);
    for (const s of this.sentences) {
      const list = this.byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else this.byParagraph.set(s.paragraph, [s]);
    }
    let s = 0;
    for (const m of rec.mentions) {
      while (s < this.sentences.length - 1 && this.sentences[s]!.end <= m.start) s++;
      const list = this.bySentence.get(s) ?? [];
      list.push(m);
      this.bySentence.set(s, list);
    }
  }

  meetingCue(s: Sentence): boolean {
    return memoTest(this.meetingCues, MEETING_CUE, s);
  }

  participationCue(s: Sentence): boolean {
    return memoTest(this.participationCues, PARTICIPATION_CUE, s);
  }

  /** Date expressions of one sentence, found once (meetings and every statement ask again). */
  datesOf(s: Sentence): DateExpression[] {
    let list = this.datesCache.get(s.index);
    if (!list) {
      list = findDates(s.text, this.ref, s.start);
      this.datesCache.set(s.index, list);
    }
    return list;
  }

  /** The place a meeting mention stands for: venues count as their city, bodies as their seat. */
  meetingPlace(m: Mention): string | null {
    // asked again for every statement of the paragraph: the answer depends on the mention only
    let place = this.meetingPlaces.get(m);
    if (place === undefined) {
      place = this.meetingPlaceOf(m);
      this.meetingPlaces.set(m, place);
    }
    return place;
  }

  private meetingPlaceOf(m: Mention): string | null {
    // "der Berater im Kanzleramt": a complement of a role, not where something took place
    if (this.insideRole(m)) return null;
    const before = this.text.slice(Math.max(0, m.start - 6), m.start);
    if (/\baus\s+$/.test(before)) return null; // "aus Moskau reist … an": the origin, not the venue
    if (m.type === "ORGANIZATION") {
      const seat = this.lex.organizations.get(m.entityId)?.seat;
      return seat && /\b(?:im|ins|in\s+dem)\s+$/.test(before) ? seat : null;
    }
    if (m.type !== "PLACE" || m.rule === "lexicon-compound") return null;
    // a location takes a preposition ("in Miami", "im US-Bundesstaat Florida", "nach Florida");
    // "Unterhändler Kiews und Moskaus" names governments
    if (!LOCATIVE_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start))) return null;
    const place = this.lex.places.get(m.entityId);
    if (!place) return this.entities.get(m.entityId)?.kind === "CONTINENT" ? null : m.entityId;
    if (place.kind === "CONTINENT") return null;
    if (place.kind === "VENUE" && place.locatedIn && this.lex.places.get(place.locatedIn)?.kind === "CITY")
      return place.locatedIn;
    return place.id;
  }

  /** The role phrase of someone else that contains the mention ("der Berater im Kanzleramt"). */
  insideRole(m: Mention): RoleMention | null {
    const roles = this.rec.roleMentions;
    // role phrases are short: look back from the last one that starts before the mention
    for (let i = lowerBound(roles, m.start) - 1; i >= 0 && roles[i]!.start > m.start - 300; i--) {
      const rm = roles[i]!;
      if (rm.end >= m.end && rm.start < m.start && rm.entityId !== m.entityId) return rm;
    }
    return null;
  }

  /** `inner` lies (transitively) in `outer`. */
  isInside(inner: string, outer: string): boolean {
    let cur = this.lex.places.get(inner)?.locatedIn ?? null;
    for (let k = 0; cur && k < 8; k++) {
      if (cur === outer) return true;
      cur = this.lex.places.get(cur)?.locatedIn ?? null;
    }
    return false;
  }
}
