// Attribute statements: direct quotes, indirect and reported speech, each with its speaker resolved
// through coreference. Works unit by unit (a sentence, or sentences joined by a running quote), keeping
// a small discourse state: who spoke last (for continuation sentences in Konjunktiv and bare quotes)
// and who was salient (for pronouns and role descriptions). Linear in the article length.

import { WEEKDAYS } from "../german/calendar.ts";
import { slug } from "../slug.ts";
import type { Entity, Recognition, Segmented, Statement, StatementKind } from "../types.ts";
import { finiteVerbIndex, isKonjunktiv } from "./clause.ts";
import { coordinatedQuotes, isHeadline, quoteOnly, readFrame } from "./frames.ts";
import { attributionLexicon } from "./lexicon.ts";
import { parseNP } from "./np.ts";
import { colonLead } from "./rules/colon-leads.ts";
import { opinionQuotes } from "./rules/judgements.ts";
import type { Frame } from "./rules/rule.ts";
import { labelFrames } from "./rules/speech-act-labels.ts";
import { Discourse, type ResolvedSpeaker } from "./speaker.ts";
import { namedOpening, subjectOf } from "./subject.ts";
import { buildUnits, type Unit } from "./text.ts";
import { findVia } from "./via.ts";

interface Last {
  speaker: ResolvedSpeaker;
  unit: number;
  /** index in the output of a continuation statement that the next Konjunktiv sentence may extend */
  extendable: number;
}

export function attribute(doc: Segmented, rec: Recognition): Statement[] {
  const lex = attributionLexicon();
  const article = doc.article;
  const text = article.text;
  const quotes = doc.quotes;
  const units = buildUnits(doc);
  const disc = new Discourse(text, rec, lex);
  const out: Statement[] = [];
  const seen = new Set<string>();
  let last: Last | null = null;
  let lastUnitWithStatement = -1;
  let lastSpeaker = null as { speaker: ResolvedSpeaker; unit: number } | null;
  let pending = null as { speaker: ResolvedSpeaker; frame: Frame; unit: Unit } | null;
  let lead = null as { speaker: ResolvedSpeaker; unit: number } | null;

  // organizations by lower-cased name and alias (the first one listed wins, as a search in order would)
  let media: Map<string, Entity> | null = null;
  const mediaByName = (): Map<string, Entity> => {
    if (media) return media;
    media = new Map();
    for (const e of rec.entities)
      if (e.type === "ORGANIZATION")
        for (const n of [e.name, ...e.aliases]) {
          const key = n.toLowerCase();
          if (!media.has(key)) media.set(key, e);
        }
    return media;
  };
  const viaOf = (frame: Frame, unit: Unit, speaker: ResolvedSpeaker): Statement["via"] => {
    // a source frame ("laut X", "X zufolge") names the speaker; its words are not a channel
    if (/^reported:(laut|zufolge|nach)/.test(frame.rule)) return null;
    const v = findVia(frame.frameToks, unit.toks, lex);
    // "laut X" that names the speaker is the source, not a channel
    if (!v || v.name === speaker.name || speaker.mention.text.includes(v.name)) return null;
    const ent = mediaByName().get(v.name.toLowerCase());
    return ent
      ? { id: ent.id, name: ent.name, type: "ORGANIZATION" }
      : { id: slug(v.name), name: v.name, type: "ORGANIZATION" };
  };

  const push = (
    kind: StatementKind,
    start: number,
    end: number,
    speaker: ResolvedSpeaker,
    frame: Frame | null,
    unit: Unit,
    rule: string,
    confidence: number,
  ): number => {
    const id = `${article.id}:${start}-${end}`;
    if (seen.has(id)) return -1;
    lastSpeaker = { speaker, unit: unit.index };
    seen.add(id);
    out.push({
      id,
      kind,
      text: text.slice(start, end),
      start,
      end,
      cue: frame?.cue
        ? { start: frame.cue.start, end: frame.cue.end, text: text.slice(frame.cue.start, frame.cue.end) }
        : null,
      speaker: { id: speaker.id, name: speaker.name, type: speaker.type, mention: speaker.mention },
      via: frame ? viaOf(frame, unit, speaker) : null,
      about: [],
      confidence,
      rule,
      saidOn: frame ? saidOn(frame, article.meta.publishedAt) : null,
    });
    return out.length - 1;
  };

  for (const unit of units) {
    disc.registerRoleNames(unit.toks);
    if (isHeadline(unit)) {
      last = null;
      continue;
    }
    const frame = readFrame(unit, lex);
    const led = lead && lead.unit === unit.index - 1 ? lead.speaker : null;
    lead = null;
    if (led && !frame) {
      // "Die Firma hält die Kritik für falsch:" and the quotation on the next line
      const q = quoteOnly(unit);
      if (q) {
        push("DIRECT", q.start, q.end, led, null, unit, "direct:colon-lead", 0.7);
        lastUnitWithStatement = unit.index;
        last = { speaker: led, unit: unit.index, extendable: -1 };
        continue;
      }
    }
    if (pending) {
      // the sentence after "X sagte:" is X's
      const p = pending;
      pending = null;
      if (!frame && !isHeadline(unit)) {
        const q = quoteOnly(unit);
        const span = q ?? trimmed(unit, text);
        push(q ? "DIRECT" : "INDIRECT", span.start, span.end, p.speaker, p.frame, p.unit, p.frame.rule, 0.8);
        lastUnitWithStatement = unit.index;
        last = { speaker: p.speaker, unit: unit.index, extendable: -1 };
        continue;
      }
    }
    const follows: boolean = last !== null && unit.index - last.unit === 1;
    if (frame && frame.rule !== "direct:colon-context") {
      const speaker = frameSpeaker(frame, unit, disc) ?? unresolvedPronoun(frame, text);
      if (!speaker) {
        last = null;
        noteSubject(unit, disc, lex);
        continue;
      }
      if (frame.pending) {
        // "X sagte:" closing the sentence: the next sentence is the content
        pending = { speaker, frame, unit };
        last = null;
        continue;
      }
      let { start, end } = frame;
      if (frame.previous) {
        // "Das berichtete X.": the sentence before, unless it is attributed already
        const prevUnit = units[unit.index - 1];
        if (!prevUnit || lastUnitWithStatement === prevUnit.index || isHeadline(prevUnit)) {
          last = null;
          continue;
        }
        ({ start, end } = trimmed(prevUnit, text));
      }
      push(frame.kind, start, end, speaker, frame, unit, frame.rule, confidenceOf(frame, speaker));
      lastUnitWithStatement = unit.index;
      // "Parolen wie „A“ oder „B“": each quote of a list is said by the same speaker
      if (frame.kind === "DIRECT")
        for (const c of coordinatedQuotes(unit, end))
          push("DIRECT", c.start, c.end, speaker, frame, unit, frame.rule, confidenceOf(frame, speaker));
      // another speech act in the same sentence with a quoted label of its own, or a slogan beside it
      for (const lf of labelFrames(unit, lex, frame)) {
        const ls = frameSpeaker(lf, unit, disc);
        if (ls) push("DIRECT", lf.start, lf.end, ls, lf, unit, lf.rule, confidenceOf(lf, ls));
      }
      // an interrupted quote: „A“, sagte X, „B“ — B is X's too
      if (frame.cue && /cue-after|so-x/.test(frame.rule)) {
        for (const qi of unit.quotes) {
          const q = quotes[qi]!;
          const before = unit.toks.findIndex((t) => t.start === q.start) - 1;
          const sep = unit.toks[before];
          if (
            q.start > frame.cue.end &&
            sep &&
            (sep.text === "," || sep.text === ":") &&
            q.innerEnd - q.innerStart > 12
          )
            push("DIRECT", q.start, q.end, speaker, frame, unit, "direct:interrupted", 0.85);
        }
      }
      disc.noteSalient(speaker, unit.index, speaker.mention.start);
      last = { speaker, unit: unit.index, extendable: -1 };
      continue;
    }
    // no frame of its own: a bare quote or a Konjunktiv sentence goes on with the previous speaker
    const q = quoteOnly(unit);
    // Konjunktiv I carries reported speech on its own; Konjunktiv II alone is as often a conditional
    const konj = !q && isKonjunktiv(unit.toks, 0, unit.toks.length, lex, true);
    if (last && follows && (q || konj)) {
      if (q) {
        push("DIRECT", q.start, q.end, last.speaker, null, unit, "direct:continuation", 0.75);
        lastUnitWithStatement = unit.index;
        last = { speaker: last.speaker, unit: unit.index, extendable: -1 };
      } else {
        const span = trimmed(unit, text);
        const prev = last.extendable >= 0 ? out[last.extendable] : undefined;
        if (prev) {
          // consecutive Konjunktiv sentences are one passage of reported speech
          const start = prev.start;
          seen.delete(prev.id);
          const id = `${article.id}:${start}-${span.end}`;
          seen.add(id);
          out[last.extendable] = { ...prev, id, end: span.end, text: text.slice(start, span.end) };
          last = { ...last, unit: unit.index };
          lastUnitWithStatement = unit.index;
        } else {
          const idx = push(
            "INDIRECT",
            span.start,
            span.end,
            last.speaker,
            null,
            unit,
            "indirect:continuation",
            0.7,
          );
          last = { speaker: last.speaker, unit: unit.index, extendable: idx };
        }
      }
      continue;
    }
    if (konj && !frame && !isHeadline(unit) && strongKonjunktiv(unit, lex)) {
      // reported speech in Konjunktiv I whose speaker was named a little earlier (not in the sentence before)
      // "Ein Sprecher … schränkte die Bereitschaft ein, sie sei …": Konjunktiv only below an indicative main
      // verb whose subject names someone — that subject is the source
      const v = finiteVerbIndex(unit.toks, 0, unit.toks.length, lex);
      const mainKonj =
        v >= 0 && (lex.konjunktiv1.has(unit.toks[v]!.lower) || lex.konjunktiv2.has(unit.toks[v]!.lower));
      // only a word that looks like a finite verb ("schränkte", "betont") makes the clause indicative
      const verbLike = v >= 0 && /(t|te|ten|en|st)$/.test(unit.toks[v]!.lower);
      const np = verbLike && !mainKonj ? subjectOf(unit.toks, 0, v, lex) : null;
      const own =
        np && !np.pronoun && (np.names.length || np.role || np.org)
          ? disc.resolve(np, unit.toks, unit.index, null)
          : null;
      // else the last speaker close by, else the person the sentence before was about ("X definierte das Ziel.
      // Es gehe nicht darum, …")
      const ref =
        own ??
        (lastSpeaker && unit.index - lastSpeaker.unit <= 5 ? lastSpeaker.speaker : null) ??
        disc.recentPerson(unit.index, unit.start, 1);
      if (ref) {
        const span = trimmed(unit, text);
        const idx = push("INDIRECT", span.start, span.end, ref, null, unit, "indirect:konjunktiv", 0.55);
        lastUnitWithStatement = unit.index;
        last = { speaker: ref, unit: unit.index, extendable: idx };
        continue;
      }
    }
    if (q && !isHeadline(unit)) {
      // a bare quote after a sentence about someone: "X verteidigte den Plan. „…“"
      // the last speaker within three sentences, else the person just written about
      // the person the sentence before was about, else the last speaker within three sentences
      const ref =
        disc.recentPerson(unit.index, unit.start, 1) ??
        (lastSpeaker && unit.index - lastSpeaker.unit <= 3 && lastSpeaker.speaker.type !== "UNKNOWN"
          ? lastSpeaker.speaker
          : null) ??
        disc.recentPerson(unit.index, unit.start, 2);
      if (ref) {
        push("DIRECT", q.start, q.end, ref, null, unit, "direct:bare-quote", 0.6);
        lastUnitWithStatement = unit.index;
        last = { speaker: ref, unit: unit.index, extendable: -1 };
        continue;
      }
    }
    if (frame && frame.rule === "direct:colon-context") {
      // "… mit der Aufschrift: „…“": the subject of the clause before the colon
      const v = finiteVerbIndex(unit.toks, 0, unit.toks.length, lex);
      const np = v >= 0 ? subjectOf(unit.toks, 0, v, lex) : null;
      // "Und: „…“" right after a quote goes on with its speaker
      const going: ResolvedSpeaker | null = !np && v < 0 && last && follows ? last.speaker : null;
      let speaker: ResolvedSpeaker | null = np ? disc.resolve(np, unit.toks, unit.index, null) : going;
      // "Die Anwendung … stellte der Vorsitzende X in Frage: „…“": an object in the prefield, the subject
      // after the verb
      if (v >= 0 && speaker?.type !== "PERSON" && speaker !== going) {
        const after = parseNP(unit.toks, v + 1, lex);
        const ref = after && !after.pronoun ? disc.resolve(after, unit.toks, unit.index, null) : null;
        if (ref?.type === "PERSON") speaker = ref;
      }
      if (speaker && (speaker.type === "PERSON" || speaker === going)) {
        push("DIRECT", frame.start, frame.end, speaker, frame, unit, frame.rule, 0.6);
        disc.noteSalient(speaker, unit.index, speaker.mention.start);
        last = { speaker, unit: unit.index, extendable: -1 };
        continue;
      }
    }
    // "Für den Minister ist die Lage „alarmierend“": the quoted judgement of the one it is "for"
    if (!frame && unit.quotes.length > 0) {
      let found = false;
      for (const f of opinionQuotes(unit, lex)) {
        const sp = frameSpeaker(f, unit, disc);
        if (!sp || sp.type === "UNKNOWN") continue;
        push("DIRECT", f.start, f.end, sp, f, unit, f.rule, confidenceOf(f, sp));
        found = true;
      }
      if (found) {
        lastUnitWithStatement = unit.index;
        last = null;
        continue;
      }
    }
    last = null;
    const np = colonLead(unit, lex);
    const ref = np ? disc.resolve(np, unit.toks, unit.index, null) : null;
    if (ref && ref.type !== "UNKNOWN") lead = { speaker: ref, unit: unit.index };
    noteSubject(unit, disc, lex);
  }
  return out;
}

function frameSpeaker(frame: Frame, unit: Unit, disc: Discourse): ResolvedSpeaker | null {
  if (frame.sourceTok) return disc.resolveWord(frame.sourceTok, unit.index);
  if (!frame.subject) return null;
  const cueTok = frame.cue ? unit.toks.find((t) => t.start === frame.cue!.start) : undefined;
  // "sagten sie" is plural, "sagte sie" singular
  const pluralVerb = cueTok ? /(en|ten)$/.test(cueTok.lower) : null;
  return disc.resolve(frame.subject, unit.toks, unit.index, pluralVerb);
}

/** "sagte er" with no antecedent in reach: keep the statement, with the pronoun as the speaker's words. */
function unresolvedPronoun(frame: Frame, text: string): ResolvedSpeaker | null {
  const p = frame.subject?.pronoun;
  if (!p || !/^(er|sie)$/.test(p.lower)) return null;
  return {
    id: null,
    name: p.text,
    type: "UNKNOWN",
    gender: p.lower === "er" ? "m" : "f",
    plural: false,
    mention: { start: p.start, end: p.end, text: text.slice(p.start, p.end) },
    how: "unresolved",
  };
}

/** Konjunktiv I proper (sei, habe, werde, könne …), not the Konjunktiv II of conditionals. */
function strongKonjunktiv(unit: Unit, lex: ReturnType<typeof attributionLexicon>): boolean {
  for (const t of unit.toks) {
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (lex.konjunktiv1.has(t.lower)) return true;
  }
  return false;
}

function confidenceOf(frame: Frame, speaker: ResolvedSpeaker): number {
  const how =
    speaker.how === "unresolved" ? 0.8 : speaker.how === "description" || speaker.how === "pronoun" ? 0.9 : 1;
  return Math.round(frame.confidence * how * 100) / 100;
}

/** The subject of a sentence without a statement stays salient for later pronouns and descriptions. */
function noteSubject(unit: Unit, disc: Discourse, lex: ReturnType<typeof attributionLexicon>): void {
  const v = finiteVerbIndex(unit.toks, 0, unit.toks.length, lex);
  // "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": a name with a long
  // apposition before the verb still opens the sentence as its subject
  const np = v >= 0 ? subjectOf(unit.toks, 0, v, lex) : namedOpening(unit.toks, lex);
  if (!np) return;
  const ref = disc.resolve(np, unit.toks, unit.index, v >= 0 ? /(en|ten)$/.test(unit.toks[v]!.lower) : null);
  if (ref && (ref.type === "PERSON" || ref.type === "ORGANIZATION"))
    disc.noteSalient(ref, unit.index, ref.mention.start);
}

function trimmed(unit: Unit, text: string): { start: number; end: number } {
  let start = unit.start;
  let end = unit.end;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** "am Mittwoch" in the frame: the last such weekday on or before the publication day. */
function saidOn(frame: Frame, publishedAt: string | null): string | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return null;
  const toks = frame.frameToks;
  for (let k = 0; k + 1 < toks.length; k++) {
    // "der «Bild am Sonntag»" names a paper, not a day
    if (toks[k]!.lower !== "am" || toks[k]!.q !== -1) continue;
    const wd = WEEKDAYS.indexOf(toks[k + 1]!.lower);
    if (wd < 0) continue;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    const back = (d.getUTCDay() - wd + 7) % 7;
    d.setUTCDate(d.getUTCDate() - back);
    return d.toISOString().slice(0, 10);
  }
  return null;
}
