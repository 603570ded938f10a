// Attribute statements: direct quotes, indirect and reported speech, each with its speaker resolved
// through coreference. Works unit by unit (a sentence, or sentences joined by a running quote), keeping
// a small discourse state: who spoke last (for continuation sentences in Konjunktiv and bare quotes)
// and who was salient (for pronouns and role descriptions). Linear in the article length.
//
// Per unit: the frame rules (frames.ts, rules/) read its frame; a framed unit gives its statement, the
// quotations listed or interrupted beside it and the labels of other speech acts (framedUnit); a unit
// without a frame may go on with the discourse (continuations.ts); the speaker of each is resolved by
// Discourse (speaker.ts) and the statement built by Statements (statements.ts).

import { MODAL_INFINITIVES } from "../german/verb-forms.ts";
import type { Recognition, Segmented, Statement } from "../types.ts";
import { anaphoricSource } from "./anaphoric-sources.ts";
import { clauseStart, finiteVerbIndex, isKonjunktiv } from "./clause.ts";
import {
  bareQuote,
  colonContext,
  colonLeadQuote,
  continuation,
  judgements,
  konjunktiv,
  leadInto,
  noteSubject,
  pendingContent,
} from "./continuations.ts";
import { frameSpeaker, unresolvedPronoun } from "./frame-speaker.ts";
import { coordinatedQuotes, isHeadline, quoteOnly, readFrame } from "./frames.ts";
import { type AttributionLexicon, attributionLexicon } from "./lexicon.ts";
import { secondCueFrame } from "./rules/cue-before.ts";
import type { Frame, SourceFrame } from "./rules/rule.ts";
import { sideSourceFrames, sourcePhrases } from "./rules/source-phrases.ts";
import { labelFrames } from "./rules/speech-act-labels.ts";
import { Discourse, type ResolvedSpeaker } from "./speaker.ts";
import { type AttributionState, confidenceOf, Statements, trimmed } from "./statements.ts";
import { buildUnits, type Unit } from "./text.ts";

export function attribute(doc: Segmented, rec: Recognition): Statement[] {
  const lex = attributionLexicon();
  const text = doc.article.text;
  const quotes = doc.quotes;
  const units = buildUnits(doc);
  const st: AttributionState = {
    lex,
    text,
    units,
    quotes,
    disc: new Discourse(text, rec, lex),
    statements: new Statements(doc.article, rec, lex),
    last: null,
    lastUnitWithStatement: -1,
    pending: null,
    lead: null,
  };
  for (const unit of units) attributeUnit(st, unit);
  return st.statements.out;
}

/** One unit: its frame's statements, else a sentence that goes on with the discourse, else its subject
 * noted for what follows. */
function attributeUnit(st: AttributionState, unit: Unit): void {
  st.disc.registerRoleNames(unit.toks);
  if (isHeadline(unit)) {
    st.last = null;
    return;
  }
  // the source phrases, read once for the frame rules and the source frames beside the frame
  const sources = sourcePhrases(unit.toks, st.lex);
  const frame = readFrame(unit, st.lex, sources);
  const led = st.lead && st.lead.unit === unit.index - 1 ? st.lead.speaker : null;
  st.lead = null;
  // "Die Firma hält die Kritik für falsch:" and the quotation on the next line
  if (led && !frame && colonLeadQuote(st, unit, led)) return;
  if (st.pending) {
    // the sentence after "X sagte:" is X's
    const p = st.pending;
    st.pending = null;
    if (!frame) {
      pendingContent(st, unit, p);
      return;
    }
  }
  const follows: boolean = st.last !== null && unit.index - st.last.unit === 1;
  // "X sagte, … . Außerdem hätten ihr Experten gesagt, dass …": a verb of saying in Konjunktiv is itself
  // reported — the sentence goes on with the speaker before
  if (frame && st.last && follows && reportedCue(unit, frame, st.lex)) {
    continuation(st, unit, st.last, null);
    return;
  }
  if (frame && frame.rule !== "direct:colon-context") {
    framedUnit(st, unit, frame, sources);
    return;
  }
  // "Demnach …": the source named before
  if (!frame && anaphoricSource(st, unit)) return;
  // no frame of its own: a bare quote or a Konjunktiv sentence goes on with the previous speaker
  const q = quoteOnly(unit);
  // Konjunktiv I carries reported speech on its own; Konjunktiv II alone is as often a conditional
  const konj =
    !q && isKonjunktiv(unit.toks, 0, unit.toks.length, st.lex, true) && !pastIrrealis(unit, st.lex);
  if (st.last && follows && (q || konj)) {
    continuation(st, unit, st.last, q);
    return;
  }
  if (konj && !frame && konjunktiv(st, unit)) return;
  if (q && bareQuote(st, unit, q)) return;
  if (frame && frame.rule === "direct:colon-context" && colonContext(st, unit, frame, follows)) return;
  if (!frame && unit.quotes.length > 0 && judgements(st, unit)) return;
  st.last = null;
  leadInto(st, unit);
  noteSubject(unit, st.disc, st.lex);
}

/** A unit with a frame: its statement, the quotes listed after it, the labels of other speech acts beside
 * it, and the rest of a quotation the cue interrupted. */
function framedUnit(st: AttributionState, unit: Unit, frame: Frame, sources: SourceFrame[]): void {
  const { disc, statements, text } = st;
  const speaker = frameSpeaker(frame, unit, disc) ?? unresolvedPronoun(frame, text);
  if (!speaker) {
    st.last = null;
    noteSubject(unit, disc, st.lex);
    return;
  }
  if (frame.wordless) {
    // "Die Gewerkschaft kritisierte die Pläne.": no words, but the actor speaks on after it
    disc.noteSalient(speaker, unit.index, speaker.mention.start);
    st.last = { speaker, unit: unit.index, extendable: -1 };
    return;
  }
  if (frame.pending) {
    // "X sagte:" closing the sentence: the next sentence is the content
    st.pending = { speaker, frame, unit };
    st.last = null;
    return;
  }
  let { start, end } = frame;
  let kind = frame.kind;
  if (frame.previous) {
    // "Das berichtete X.": the sentence before, unless it is attributed already
    const prevUnit = st.units[unit.index - 1];
    // "„…“ So Trainer X.": the speaker named without a verb takes the words over from a guessed speaker
    const soX = frame.rule === "indirect:so-x-alone";
    const taken = prevUnit && st.lastUnitWithStatement === prevUnit.index;
    if (soX && prevUnit && taken) statements.reassign(prevUnit, speaker, frame.rule);
    if (!prevUnit || taken || isHeadline(prevUnit)) {
      st.last = soX && taken ? { speaker, unit: unit.index, extendable: -1 } : null;
      return;
    }
    ({ start, end } = trimmed(prevUnit, text));
    // "A. B. Das berichtete X.": the demonstrative points back over the news since the last statement — one
    // more sentence of the same paragraph (or of a text with one sentence per line)
    const before = st.units[prevUnit.index - 1];
    const oneLine = (u: Unit) => u.paragraphStart && u.paragraphEnd;
    if (
      !soX &&
      before &&
      before.index > st.lastUnitWithStatement &&
      !isHeadline(before) &&
      (!prevUnit.paragraphStart || (oneLine(prevUnit) && oneLine(before)))
    )
      start = trimmed(before, text).start;
    if (soX && quoteOnly(prevUnit)) kind = "DIRECT";
  }
  const rule = kind === frame.kind ? frame.rule : frame.rule.replace(/^indirect:/, "direct:");
  statements.push(kind, start, end, speaker, frame, unit, rule, confidenceOf(frame, speaker));
  st.lastUnitWithStatement = unit.index;
  // "Parolen wie „A“ oder „B“": each quote of a list is said by the same speaker
  if (frame.kind === "DIRECT")
    for (const c of coordinatedQuotes(unit, end))
      statements.push(
        "DIRECT",
        c.start,
        c.end,
        speaker,
        frame,
        unit,
        frame.rule,
        confidenceOf(frame, speaker),
      );
  // another speech act in the same sentence with a quoted label of its own, or a slogan beside it
  for (const lf of labelFrames(unit, st.lex, frame)) {
    const ls = frameSpeaker(lf, unit, disc);
    if (ls) statements.push("DIRECT", lf.start, lf.end, ls, lf, unit, lf.rule, confidenceOf(lf, ls));
  }
  // "X wurden nach Angaben von A von B aufgefordert, …": a source phrase with a clause of its own beside it
  for (const sf of sideSourceFrames(unit.toks, st.lex, frame, sources)) {
    const ss = frameSpeaker(sf, unit, disc);
    if (ss) statements.push(sf.kind, sf.start, sf.end, ss, sf, unit, sf.rule, confidenceOf(sf, ss));
  }
  // "Er sagte, A, und fügte hinzu: „B“": a second verb of saying with words of its own
  const second = frame.previous || frame.wordless ? null : secondCueFrame(unit, st.lex, frame);
  const ss = second ? frameSpeaker(second, unit, disc) : null;
  if (second && ss)
    statements.push(
      "INDIRECT",
      second.start,
      second.end,
      ss,
      second,
      unit,
      second.rule,
      confidenceOf(second, ss),
    );
  if (frame.cue && /cue-after|so-x/.test(frame.rule)) interrupted(st, unit, frame, speaker);
  if (frame.cue && frame.rule === "direct:colon") openingQuote(st, unit, frame, speaker);
  disc.noteSalient(speaker, unit.index, speaker.mention.start);
  st.last = { speaker, unit: unit.index, extendable: -1 };
}

/** „A“, stellte X fest und fragte: „B“ — the quote that opens the sentence before the cue is X's too. */
function openingQuote(st: AttributionState, unit: Unit, frame: Frame, speaker: ResolvedSpeaker): void {
  const first = st.quotes[unit.quotes[0] ?? -1];
  if (!first || first.start !== unit.toks[0]?.start || first.end > frame.cue!.start) return;
  const after = unit.toks.findIndex((t) => t.start >= first.end);
  if (unit.toks[after]?.text !== "," || first.innerEnd - first.innerStart <= 12) return;
  st.statements.push("DIRECT", first.start, first.end, speaker, frame, unit, "direct:colon", 0.85);
}

/** An interrupted quote: „A“, sagte X, „B“ — B is X's too ("direct:interrupted"). */
function interrupted(st: AttributionState, unit: Unit, frame: Frame, speaker: ResolvedSpeaker): void {
  for (const qi of unit.quotes) {
    const q = st.quotes[qi]!;
    const before = unit.toks.findIndex((t) => t.start === q.start) - 1;
    const sep = unit.toks[before];
    if (
      q.start > frame.cue!.end &&
      sep &&
      (sep.text === "," || sep.text === ":") &&
      q.innerEnd - q.innerStart > 12
    )
      st.statements.push("DIRECT", q.start, q.end, speaker, frame, unit, "direct:interrupted", 0.85);
  }
}

/** The frame's verb of saying is finite in Konjunktiv ("hätten … gesagt", "habe erklärt"): a report within
 * reported speech. */
function reportedCue(unit: Unit, frame: Frame, lex: AttributionLexicon): boolean {
  if (frame.kind !== "INDIRECT" || !frame.cue || frame.rule !== "indirect:cue-before") return false;
  const k = unit.toks.findIndex((t) => t.start === frame.cue!.start);
  if (k < 0) return false;
  const v = finiteVerbIndex(unit.toks, clauseStart(unit.toks, k), k + 1, lex);
  const w = unit.toks[v]?.lower ?? "";
  return v >= 0 && v < k && (lex.konjunktiv1.has(w) || lex.konjunktiv2.has(w));
}

/** "Dennoch hätten die Kieler die Partie gewinnen können": Konjunktiv II of the past with a double
 * infinitive and no Konjunktiv I is the narrator's "could have", not a report of someone's words. */
function pastIrrealis(unit: Unit, lex: AttributionLexicon): boolean {
  let last = unit.toks.length - 1;
  while (last > 0 && unit.toks[last]!.kind !== "word") last--;
  const modal = unit.toks[last];
  if (!modal || modal.q !== -1 || !MODAL_INFINITIVES.has(modal.lower) || unit.toks[last - 1]?.cap !== false)
    return false;
  let hatte = false;
  for (const t of unit.toks) {
    if (t.q !== -1 || t.kind !== "word") continue;
    if (lex.konjunktiv1.has(t.lower)) return false;
    if (t.lower === "hätte" || t.lower === "hätten") hatte = true;
  }
  return hatte;
}
