// Link: meetings (place + dates resolved against the article date + participants), the ABOUT edges of
// every statement (what its own text names — TEXT — and what its paragraph or the article's main
// meeting is about — CONTEXT), and the entity list the writer needs, with every place's LOCATED_IN
// chain and every body's country even when the article does not name them.

import { lexicon } from "../lexicon/lexicon.ts";
import type { Lexicon } from "../lexicon/types.ts";
import { quoteRegions } from "../segment/quotes.ts";
import type {
  About,
  Entity,
  Linked,
  Meeting,
  Mention,
  Recognition,
  RoleMention,
  Segmented,
  Sentence,
  Statement,
  TextSpan,
} from "../types.ts";
import { type DateExpression, findDates, type Reference, referenceOf, tenseOf } from "./dates.ts";

/** Word parts that make a sentence talk about a meeting (Gespräche, Ukraine-Gespräche, Verhandlungen,
 *  Treffen, Gipfeltreffen, trafen sich, kamen … zusammen). No leading character class: this runs on
 *  every sentence. */
const MEETING_CUE =
  /\bhier in\b|[Gg]espräch|[Uu]nterredung|[Vv]erhand(?:l|el)|[Tt]reffen|[Gg]ipfel|[Kk]onferenz|[Bb]eratungen|\btraf(?:en)?\b|\btrifft\b|getroffen|zusammen(?:ge|k)|\b(?:kamen|kommen|kam|kommt)\b[^.]{0,60}\bzusammen\b/;
/** Verbs that say who took part; a sentence that only names talks ("über die Ergebnisse der Gespräche
 *  in Berlin sprechen") dates the meeting but says nothing about its participants. */
const PARTICIPATION_CUE =
  /\b(?:hier\s+in|kommt\s+zu|kam\s+zu|kamen\s+zu|teilgenommen|teilnehmen|teilnimmt|nahm(?:en)?\b[^.]*\bteil|nehmen\b[^.]*\bteil|beteiligt|anwesend|vertreten|zusammengekommen|zusammenkommen|(?:kamen|kommen|kam|kommt)\b[^.]{0,60}\bzusammen|trafen|traf|trifft|treffen\s+sich|getroffen|verhandeln|verhandelten|geflogen|gereist|angereist)\b/;
/** A source of information is not a guest: "nach Angaben aus dem Weißen Haus", "laut Berichten". */
const SOURCE_BEFORE = /\b(?:Angaben|laut|Berichten|zufolge|Informationen)\b[^,.;]{0,25}$/;
/** "bei seinem Gipfeltreffen mit US-Präsident Donald Trump": a meeting noun with its guests. */
const MEETING_WITH =
  /(?:[Tt]reffen|[Gg]ipfel\w*|[Gg]espräch\w*|[Vv]erhandlung\w*|[Uu]nterredung\w*)\s+(?:\S+\s+){0,2}?mit\b/;
/** "schon öfter", "mehrfach getroffen": a habit, not the talks just named. */
const HABITUAL = /\b(?:öfter|oft|mehrfach|mehrmals|wiederholt|regelmäßig|häufig)\b/;
/** A preposition of place up to two words before a place name. */
const LOCATIVE_BEFORE = /\b(?:in|im|nach|bei|beim|vor|am)\s+(?:\S+\s+){0,2}$/;
const NEGATION = /\b(?:nicht|kein|keine|keinen|keiner|nie|niemand)\b/;
/** Organization kinds that take part in talks (media and companies only report on them). */
const PARTICIPANT_ORG_KINDS = new Set(["COUNTRY", "GOVERNMENT", "ALLIANCE", "INSTITUTION"]);
const MAX_DATE_DISTANCE = 90;

interface Candidate {
  placeId: string;
  /** Only "hier in Berlin" said so: joins talks found elsewhere, never makes a meeting alone. */
  weak: boolean;
  sentence: Sentence;
  dates: DateExpression[];
  participants: Set<string>;
  evidence: TextSpan[];
}

export interface LinkOptions {
  /**
   * Date to read an undated article's "am Wochenende" and "im Juli" against: the pipeline passes the
   * latest publication date of the batch the article arrived with, so that an article without a date
   * still joins the talks its neighbours report. Absent or null resolves nothing relative.
   */
  fallbackReference?: string | null;
}

export function link(
  doc: Segmented,
  rec: Recognition,
  statements: Statement[],
  opts: LinkOptions = {},
): Linked {
  const own = referenceOf(doc.article.meta.publishedAt);
  const fallback = opts.fallbackReference ?? null;
  const ref = own ?? (fallback ? referenceOf(fallback) : null);
  return new Linker(doc, rec, lexicon(), ref).run(statements);
}

/** `re` on the sentence's text, remembered by sentence index in `memo`. */
function memoTest(memo: Array<boolean | undefined>, re: RegExp, s: Sentence): boolean {
  const known = memo[s.index];
  if (known !== undefined) return known;
  const found = re.test(s.text);
  memo[s.index] = found;
  return found;
}

class Linker {
  readonly text: string;
  readonly ref: Reference | null;
  readonly entities = new Map<string, Entity>();
  /** Mentions per sentence index. */
  readonly bySentence = new Map<number, Mention[]>();
  readonly sentences: Sentence[];
  readonly byParagraph = new Map<number, Sentence[]>();
  /** MEETING_CUE and PARTICIPATION_CUE per sentence index, tested once: meetings() and every
   * statement's about() ask again for the same sentences. */
  private readonly meetingCues: Array<boolean | undefined> = [];
  private readonly participationCues: Array<boolean | undefined> = [];

  constructor(
    readonly doc: Segmented,
    readonly rec: Recognition,
    readonly lex: Lexicon,
    ref: Reference | null,
  ) {
    this.text = doc.article.text;
    this.ref = ref;
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

  run(statements: Statement[]): Linked {
    const meetings = this.meetings();
    const linked = statements.map((st) => this.about(st, meetings));
    for (const m of meetings) {
      this.ensure(m.placeId);
      for (const p of m.participants) this.ensure(p);
    }
    this.closeAncestors();
    return { statements: linked, meetings, entities: [...this.entities.values()] };
  }

  // --- meetings --------------------------------------------------------------------------------------

  /** The place a meeting mention stands for: venues count as their city, bodies as their seat. */
  private meetingPlace(m: Mention): string | null {
    // asked again for every statement of the paragraph: the answer depends on the mention only
    let place = this.meetingPlaces.get(m);
    if (place === undefined) {
      place = this.meetingPlaceOf(m);
      this.meetingPlaces.set(m, place);
    }
    return place;
  }

  private readonly meetingPlaces = new Map<Mention, string | null>();

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
  private insideRole(m: Mention): RoleMention | null {
    const roles = this.rec.roleMentions;
    // role phrases are short: look back from the last one that starts before the mention
    for (let i = lowerBound(roles, m.start) - 1; i >= 0 && roles[i]!.start > m.start - 300; i--) {
      const rm = roles[i]!;
      if (rm.end >= m.end && rm.start < m.start && rm.entityId !== m.entityId) return rm;
    }
    return null;
  }

  private meetingCue(s: Sentence): boolean {
    return memoTest(this.meetingCues, MEETING_CUE, s);
  }

  private participationCue(s: Sentence): boolean {
    return memoTest(this.participationCues, PARTICIPATION_CUE, s);
  }

  private meetings(): Meeting[] {
    const candidates: Candidate[] = [];
    let last: Candidate | null = null;
    for (const sentence of this.sentences) {
      // a sentence without mentions names no place and no participant: nothing below would change
      const mentions = this.bySentence.get(sentence.index);
      if (!mentions?.length) continue;
      const text = sentence.text;
      const negated = NEGATION.test(text);
      const places =
        this.meetingCue(sentence) || this.participationCue(sentence)
          ? mentions.map((m) => ({ m, place: this.meetingPlace(m) })).filter((x) => x.place !== null)
          : [];
      if (places.length && !negated) {
        const dates = this.datesOf(sentence).filter((d) => !d.since);
        const here: Candidate[] = [];
        const weak = !MEETING_CUE.test(text.replace(/\bhier in\b/g, ""));
        for (const { m, place } of places) {
          const c: Candidate = {
            placeId: place!,
            weak,
            sentence,
            dates: [],
            participants: new Set(),
            evidence: [{ text: m.text, start: m.start, end: m.end }],
          };
          here.push(c);
          candidates.push(c);
          void m;
        }
        // each date belongs to the nearest place named in the sentence, if near enough
        for (const d of dates) {
          let best: { c: Candidate; dist: number } | null = null;
          for (const c of here) {
            const ev = c.evidence[0]!;
            const dist = d.end <= ev.start ? ev.start - d.end : Math.max(0, d.start - ev.end);
            if (!best || dist < best.dist) best = { c, dist };
          }
          if (best && best.dist <= MAX_DATE_DISTANCE) best.c.dates.push(d);
        }
        if (this.participationCue(sentence) || MEETING_WITH.test(text))
          this.assignParticipants(here, mentions, sentence);
        last = here[here.length - 1]!;
      } else if (
        last &&
        !negated &&
        this.participationCue(sentence) &&
        !HABITUAL.test(text) &&
        !this.elsewhere(mentions)
      ) {
        // "An den Gesprächen hatten … teilgenommen." after the sentence that named the place; a sentence
        // about talks still to come skips back over talks that are already over
        let target: Candidate | undefined = last;
        if (tenseOf(text) === "future" && this.ref) {
          const today = this.ref.date;
          target = undefined;
          for (let i = candidates.length - 1; i >= 0 && !target; i--) {
            const c = candidates[i]!;
            if (!c.dates.length || c.dates.some((d) => d.to >= today)) target = c;
          }
        }
        if (target && sentence.paragraph - target.sentence.paragraph <= 1)
          this.assignParticipants([target], mentions, sentence);
      }
    }
    return this.merge(candidates);
  }

  /** The sentence names a location of its own ("zu Verhandlungen in Russland"): not the talks before. */
  private elsewhere(mentions: Mention[]): boolean {
    return mentions.some(
      (m) =>
        (m.type === "PLACE" || this.entities.get(m.entityId)?.kind === "COUNTRY") &&
        /\b(?:in|im|nach)\s+$/.test(this.text.slice(Math.max(0, m.start - 6), m.start)),
    );
  }

  private assignParticipants(here: Candidate[], mentions: Mention[], sentence: Sentence) {
    const cue = PARTICIPATION_CUE.exec(sentence.text);
    const verbAt = cue ? sentence.start + cue.index : sentence.start;
    for (const m of mentions) {
      if (!this.isParticipant(m)) continue;
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

  private isParticipant(m: Mention): boolean {
    if (SOURCE_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start))) return false;
    const role = this.insideRole(m);
    // "Vertreter Kanadas" sends Kanada to the talks; "der Berater von Präsident Trump" does not send Trump
    if (role && !(role.entityId === null && role.organizationId === m.entityId)) return false;
    if (m.type === "PERSON") {
      // "Trumps Schwiegersohn", "Nach Umerows Angaben": a genitive names someone's relation, not a guest
      if (m.rule.endsWith("inflected")) return false;
      // "der Berater von Kremlchef Wladimir Putin": the complement of another person's role
      let start = m.start;
      for (const rm of this.rec.roleMentions)
        if (rm.entityId === m.entityId && rm.end <= m.start && m.start - rm.end <= 2)
          start = Math.min(start, rm.start);
      return !/\b(?:von|vom)\s+$/.test(this.text.slice(Math.max(0, start - 5), start));
    }
    if (m.type === "ORGANIZATION") {
      const kind = this.entities.get(m.entityId)?.kind;
      return !!kind && PARTICIPANT_ORG_KINDS.has(kind) && m.rule !== "lexicon-compound";
    }
    return false;
  }

  /** One meeting per place and month: venues and states fold into the city the article names. */
  private merge(candidates: Candidate[]): Meeting[] {
    const cities = new Set(candidates.map((c) => c.placeId));
    for (const c of candidates) {
      // "Treffen in Florida" in an article about the talks in Miami: the same talks
      const inside = [...cities].find((p) => p !== c.placeId && this.isInside(p, c.placeId));
      if (inside) c.placeId = inside;
    }
    const groups = new Map<string, Candidate[]>();
    for (const c of candidates) {
      const g = groups.get(c.placeId);
      if (g) g.push(c);
      else groups.set(c.placeId, [c]);
    }
    const out = new Map<string, Meeting>();
    for (const [placeId, group] of groups) {
      if (group.every((c) => c.weak)) continue;
      // dated mentions split a place into months; undated ones join the article's month or the only one
      const byMonth = new Map<string, { from: string | null; to: string | null; cs: Set<Candidate> }>();
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
        const refMonth = this.ref?.date.slice(0, 7) ?? null;
        const target =
          refMonth && byMonth.has(refMonth)
            ? refMonth
            : byMonth.size === 1
              ? [...byMonth.keys()][0]!
              : refMonth;
        if (target) {
          const slot = byMonth.get(target) ?? { from: target, to: null, cs: new Set<Candidate>() };
          for (const c of undated) slot.cs.add(c);
          byMonth.set(target, slot);
        }
      }
      for (const [month, slot] of byMonth) {
        const id = `meeting-${placeId}-${month}`;
        const participants = new Set<string>();
        const evidence: TextSpan[] = [];
        for (const c of slot.cs) {
          for (const p of c.participants) participants.add(p);
          evidence.push(...c.evidence, ...c.dates.map((d) => ({ text: d.text, start: d.start, end: d.end })));
        }
        const placeName = this.lex.nameOf(placeId) ?? this.entities.get(placeId)?.name ?? placeId;
        out.set(id, {
          id,
          name: `Gespräche in ${placeName}`,
          placeId,
          start: slot.from ?? month,
          end: slot.to,
          participants: [...participants],
          evidence: dedupeSpans(evidence),
        });
      }
    }
    return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  /** `inner` lies (transitively) in `outer`. */
  private isInside(inner: string, outer: string): boolean {
    let cur = this.lex.places.get(inner)?.locatedIn ?? null;
    for (let k = 0; cur && k < 8; k++) {
      if (cur === outer) return true;
      cur = this.lex.places.get(cur)?.locatedIn ?? null;
    }
    return false;
  }

  // --- ABOUT -----------------------------------------------------------------------------------------

  private about(st: Statement, meetings: Meeting[]): Statement {
    const about = new Map<string, About>();
    const exclude = new Set([st.speaker.id, st.via?.id].filter(Boolean) as string[]);
    const add = (type: About["type"], id: string, via: About["via"]) => {
      if (exclude.has(id)) return;
      const had = about.get(id);
      if (had && (had.via === "TEXT" || via === "CONTEXT")) return;
      const name =
        this.entities.get(id)?.name ?? meetings.find((m) => m.id === id)?.name ?? this.lex.nameOf(id) ?? id;
      about.set(id, { type, id, name, via });
    };
    const meetingOf = (placeId: string) =>
      meetings.find((m) => m.placeId === placeId || this.isInside(placeId, m.placeId));
    const addEntity = (m: Mention, via: About["via"]) => {
      if (m.type === "PLACE") {
        add("PLACE", m.entityId, via);
        const meeting = meetingOf(m.entityId);
        if (meeting) add("MEETING", meeting.id, via);
      } else if (m.type === "PERSON" || m.type === "ORGANIZATION" || m.type === "TOPIC")
        add(m.type, m.entityId, via);
    };

    // TEXT: what the statement's own words name
    const mentions = this.rec.mentions;
    for (let i = lowerBound(mentions, st.start); i < mentions.length && mentions[i]!.start < st.end; i++)
      if (mentions[i]!.end <= st.end) addEntity(mentions[i]!, "TEXT");
    // CONTEXT: places and topics of its sentence(s), meeting places of its paragraph
    const sentences: Sentence[] = [];
    for (let i = Math.max(0, lowerBound(this.sentences, st.start) - 1); i < this.sentences.length; i++) {
      const s = this.sentences[i]!;
      if (s.start >= st.end) break;
      if (s.end > st.start) sentences.push(s);
    }
    const paragraphs = new Set(sentences.map((s) => s.paragraph));
    for (const s of sentences)
      for (const m of this.bySentence.get(s.index) ?? [])
        if ((m.type === "PLACE" || m.type === "TOPIC") && (m.start < st.start || m.end > st.end))
          addEntity(m, "CONTEXT");
    // a statement whose own sentence is placed elsewhere ("sagte Michal in Brüssel") keeps that place
    const placedElsewhere = [...about.values()].some((a) => a.type === "PLACE");
    if (!placedElsewhere && ![...about.values()].some((a) => a.type === "MEETING")) {
      // the meeting place named nearest to the statement in its paragraph
      let best: { meeting: Meeting; dist: number } | null = null;
      for (const p of paragraphs)
        for (const s of this.byParagraph.get(p) ?? [])
          for (const m of this.bySentence.get(s.index) ?? []) {
            if (m.type !== "PLACE" && m.type !== "ORGANIZATION") continue;
            const place = this.meetingPlace(m) ?? (m.type === "PLACE" ? m.entityId : null);
            const meeting = place ? meetingOf(place) : undefined;
            if (!meeting) continue;
            const dist = m.end <= st.start ? st.start - m.end : Math.max(0, m.start - st.end);
            if (!best || dist < best.dist) best = { meeting, dist };
          }
      if (best) {
        add("MEETING", best.meeting.id, "CONTEXT");
        add("PLACE", best.meeting.placeId, "CONTEXT");
      }
    }
    // CONTEXT: the article's main meeting, for statements that speak of talks without naming them
    const main = this.mainMeeting(meetings);
    if (main && (sentences.some((s) => this.meetingCue(s)) || MEETING_CUE.test(st.text))) {
      if (!about.has(main.id)) add("MEETING", main.id, "CONTEXT");
    }
    // a statement about a meeting is about its place too
    for (const a of [...about.values()])
      if (a.type === "MEETING") {
        const m = meetings.find((x) => x.id === a.id);
        if (m) add("PLACE", m.placeId, a.via);
      }
    const saidOn = st.saidOn ?? this.saidOn(st, sentences);
    return { ...st, about: [...about.values()], saidOn };
  }

  private mainCache: Meeting | null | undefined;
  /** The meeting whose place the article names most (at least twice and more than any other). */
  private mainMeeting(meetings: Meeting[]): Meeting | null {
    if (this.mainCache !== undefined) return this.mainCache;
    const counts = new Map<string, number>();
    const named = new Map<string, number>();
    for (const m of this.rec.mentions) {
      if (m.type !== "PLACE") continue;
      const meeting = meetings.find((x) => x.placeId === m.entityId || this.isInside(m.entityId, x.placeId));
      if (!meeting) continue;
      // the headline and lead say what the article is about
      const weight = m.start < (this.doc.paragraphs[1]?.end ?? 0) ? 3 : 1;
      counts.set(meeting.id, (counts.get(meeting.id) ?? 0) + weight);
      named.set(meeting.id, (named.get(meeting.id) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    this.mainCache =
      first && (named.get(first[0]) ?? 0) >= 2 && (!second || first[1] > second[1])
        ? (meetings.find((m) => m.id === first[0]) ?? null)
        : null;
    return this.mainCache;
  }

  /** "sagte Selenskyj am Samstag": a day named in the statement's sentence, outside the quote. */
  private saidOn(st: Statement, sentences: Sentence[]): string | null {
    if (!this.ref) return null;
    for (const s of sentences) {
      for (const d of this.datesOf(s)) {
        if (d.granularity !== "day" || d.from !== d.to || d.since) continue;
        if (d.start >= st.start && d.end <= st.end) continue;
        // "der «Bild am Sonntag»": a weekday inside a quoted title or a named paper is no date
        if (this.inQuote(s, d) || this.inOrganization(s, d)) continue;
        return d.from;
      }
    }
    return null;
  }

  private readonly datesCache = new Map<number, DateExpression[]>();

  /** Date expressions of one sentence, found once (meetings and every statement ask again). */
  private datesOf(s: Sentence): DateExpression[] {
    let list = this.datesCache.get(s.index);
    if (!list) {
      list = findDates(s.text, this.ref, s.start);
      this.datesCache.set(s.index, list);
    }
    return list;
  }

  private inQuote(s: Sentence, span: { start: number; end: number }): boolean {
    for (const [a, b] of quoteRegions(s.text))
      if (s.start + a < span.start && span.end <= s.start + b) return true;
    return false;
  }

  private inOrganization(s: Sentence, span: { start: number; end: number }): boolean {
    for (const m of this.bySentence.get(s.index) ?? [])
      if (m.type === "ORGANIZATION" && m.start < span.end && span.start < m.end) return true;
    return false;
  }

  // --- entities --------------------------------------------------------------------------------------

  /** Adds a lexicon entity the article does not mention (Florida for Miami, Russland for the Kreml). */
  private ensure(id: string) {
    if (this.entities.has(id)) return;
    const lex = this.lex;
    const org = lex.organizations.get(id);
    const place = lex.places.get(id);
    const person = lex.people.get(id);
    const topic = lex.topics.get(id);
    const type = lex.typeOf(id);
    if (!type) return;
    this.entities.set(id, {
      id,
      type,
      name: org?.name ?? place?.name ?? person?.name ?? topic?.name ?? id,
      aliases: org?.aliases ?? place?.aliases ?? person?.aliases ?? topic?.aliases ?? [],
      kind: org?.kind ?? place?.kind ?? null,
      countryId: org?.countryId ?? person?.countryId ?? null,
      locatedIn: place?.locatedIn ?? null,
      origin: "lexicon",
      mentions: [],
      affiliations: [],
    });
  }

  private closeAncestors() {
    const queue = [...this.entities.keys()];
    while (queue.length) {
      const e = this.entities.get(queue.pop()!)!;
      const refs = [
        e.locatedIn,
        e.type === "ORGANIZATION" ? e.countryId : null,
        ...e.affiliations.map((a) => a.organizationId),
      ];
      for (const id of refs) {
        if (!id || this.entities.has(id)) continue;
        this.ensure(id);
        if (this.entities.has(id)) queue.push(id);
      }
    }
  }
}

/** Index of the first item whose start is at or after `pos` (items sorted by start). */
function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function earlier(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b < a ? b : a;
}
function later(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return b > a ? b : a;
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
