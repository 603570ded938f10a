// Link: what a statement is ABOUT. TEXT: what its own words name. CONTEXT: places and topics of its
// sentence(s), the meeting named nearest to it in its paragraph, and the article's main meeting when it
// speaks of talks without naming them; a statement about a meeting is about its place too. Also the
// day it was said on ("sagte Selenskyj am Samstag").

import { MEETING_CUE } from "../german/meeting-words.ts";
import type { About, Meeting, Mention, Sentence, Statement } from "../types.ts";
import { type LinkContext, lowerBound } from "./context.ts";

export class AboutLinker {
  /** The article's main meeting, found on first use. */
  private main: Meeting | null | undefined;

  constructor(
    private readonly ctx: LinkContext,
    private readonly meetings: Meeting[],
  ) {}

  /** The statement with its ABOUT list and, when the text says so, the day it was said on. */
  link(st: Statement): Statement {
    const { ctx, meetings } = this;
    const about = new Map<string, About>();
    const exclude = new Set([st.speaker.id, st.via?.id].filter(Boolean) as string[]);
    // TEXT: what the statement's own words name
    const mentions = ctx.rec.mentions;
    for (let i = lowerBound(mentions, st.start); i < mentions.length && mentions[i]!.start < st.end; i++)
      if (mentions[i]!.end <= st.end) this.addEntity(about, exclude, mentions[i]!, "TEXT");
    // CONTEXT: places and topics of its sentence(s), meeting places of its paragraph
    const sentences = this.sentencesOf(st);
    for (const s of sentences)
      for (const m of ctx.bySentence.get(s.index) ?? [])
        if ((m.type === "PLACE" || m.type === "TOPIC") && (m.start < st.start || m.end > st.end))
          this.addEntity(about, exclude, m, "CONTEXT");
    // a statement whose own sentence is placed elsewhere ("sagte Michal in Brüssel") keeps that place
    const placedElsewhere = [...about.values()].some((a) => a.type === "PLACE");
    if (!placedElsewhere && ![...about.values()].some((a) => a.type === "MEETING")) {
      const nearest = this.nearestMeeting(st, sentences);
      if (nearest) {
        this.add(about, exclude, "MEETING", nearest.id, "CONTEXT");
        this.add(about, exclude, "PLACE", nearest.placeId, "CONTEXT");
      }
    }
    // CONTEXT: the article's main meeting, for statements that speak of talks without naming them
    const main = this.mainMeeting();
    if (main && (sentences.some((s) => ctx.meetingCue(s)) || MEETING_CUE.test(st.text))) {
      if (!about.has(main.id)) this.add(about, exclude, "MEETING", main.id, "CONTEXT");
    }
    // a statement about a meeting is about its place too
    for (const a of [...about.values()])
      if (a.type === "MEETING") {
        const m = meetings.find((x) => x.id === a.id);
        if (m) this.add(about, exclude, "PLACE", m.placeId, a.via);
      }
    const saidOn = st.saidOn ?? this.saidOn(st, sentences);
    return { ...st, about: [...about.values()], saidOn };
  }

  /** An ABOUT entry, unless the speaker's own or already there by its words. (Methods, not closures in
   *  link(): tsx (esbuild keepNames) names each closure with a defineProperty call every time.) */
  private add(
    about: Map<string, About>,
    exclude: Set<string>,
    type: About["type"],
    id: string,
    via: About["via"],
  ): void {
    if (exclude.has(id)) return;
    const had = about.get(id);
    if (had && (had.via === "TEXT" || via === "CONTEXT")) return;
    const { ctx, meetings } = this;
    const name =
      ctx.entities.get(id)?.name ?? meetings.find((m) => m.id === id)?.name ?? ctx.lex.nameOf(id) ?? id;
    about.set(id, { type, id, name, via });
  }

  /** A mention's entity, and the meeting held at a place. */
  private addEntity(about: Map<string, About>, exclude: Set<string>, m: Mention, via: About["via"]): void {
    if (m.type === "PLACE") {
      this.add(about, exclude, "PLACE", m.entityId, via);
      const meeting = this.meetingAt(m.entityId);
      if (meeting) this.add(about, exclude, "MEETING", meeting.id, via);
    } else if (m.type === "PERSON" || m.type === "ORGANIZATION" || m.type === "TOPIC")
      this.add(about, exclude, m.type, m.entityId, via);
  }

  /** The meeting held at the place or at a place that contains it. */
  private meetingAt(placeId: string): Meeting | undefined {
    return this.meetings.find((m) => m.placeId === placeId || this.ctx.isInside(placeId, m.placeId));
  }

  /** The sentences the statement overlaps. */
  private sentencesOf(st: Statement): Sentence[] {
    const all = this.ctx.sentences;
    const sentences: Sentence[] = [];
    for (let i = Math.max(0, lowerBound(all, st.start) - 1); i < all.length; i++) {
      const s = all[i]!;
      if (s.start >= st.end) break;
      if (s.end > st.start) sentences.push(s);
    }
    return sentences;
  }

  /** The meeting whose place is named nearest to the statement in its paragraph(s). */
  private nearestMeeting(st: Statement, sentences: Sentence[]): Meeting | null {
    const { ctx } = this;
    const paragraphs = new Set(sentences.map((s) => s.paragraph));
    let best: { meeting: Meeting; dist: number } | null = null;
    for (const p of paragraphs)
      for (const s of ctx.byParagraph.get(p) ?? [])
        for (const m of ctx.bySentence.get(s.index) ?? []) {
          if (m.type !== "PLACE" && m.type !== "ORGANIZATION") continue;
          const place = ctx.meetingPlace(m) ?? (m.type === "PLACE" ? m.entityId : null);
          const meeting = place ? this.meetingAt(place) : undefined;
          if (!meeting) continue;
          const dist = m.end <= st.start ? st.start - m.end : Math.max(0, m.start - st.end);
          if (!best || dist < best.dist) best = { meeting, dist };
        }
    return best?.meeting ?? null;
  }

  /** The meeting whose place the article names most (at least twice and more than any other). */
  private mainMeeting(): Meeting | null {
    if (this.main !== undefined) return this.main;
    const { ctx, meetings } = this;
    const counts = new Map<string, number>();
    const named = new Map<string, number>();
    for (const m of ctx.rec.mentions) {
      if (m.type !== "PLACE") continue;
      const meeting = meetings.find((x) => x.placeId === m.entityId || ctx.isInside(m.entityId, x.placeId));
      if (!meeting) continue;
      // the headline and lead say what the article is about
      const weight = m.start < (ctx.doc.paragraphs[1]?.end ?? 0) ? 3 : 1;
      counts.set(meeting.id, (counts.get(meeting.id) ?? 0) + weight);
      named.set(meeting.id, (named.get(meeting.id) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    this.main =
      first && (named.get(first[0]) ?? 0) >= 2 && (!second || first[1] > second[1])
        ? (meetings.find((m) => m.id === first[0]) ?? null)
        : null;
    return this.main;
  }

  /** "sagte Selenskyj am Samstag": a day named in the statement's sentence, outside the quote. */
  private saidOn(st: Statement, sentences: Sentence[]): string | null {
    if (!this.ctx.ref) return null;
    for (const s of sentences) {
      for (const d of this.ctx.datesOf(s)) {
        if (d.granularity !== "day" || d.from !== d.to || d.since) continue;
        if (d.start >= st.start && d.end <= st.end) continue;
        // "der «Bild am Sonntag»": a weekday inside a quoted title or a named paper is no date
        if (this.inQuote(d) || this.inOrganization(s, d)) continue;
        return d.from;
      }
    }
    return null;
  }

  /** Inside one of the article's quotations (the ones attribution reads: doc.quotes). */
  private inQuote(span: { start: number; end: number }): boolean {
    for (const q of this.ctx.doc.quotes) {
      if (q.start >= span.start) return false;
      if (span.end <= q.end) return true;
    }
    return false;
  }

  private inOrganization(s: Sentence, span: { start: number; end: number }): boolean {
    for (const m of this.ctx.bySentence.get(s.index) ?? [])
      if (m.type === "ORGANIZATION" && m.start < span.end && span.start < m.end) return true;
    return false;
  }
}
