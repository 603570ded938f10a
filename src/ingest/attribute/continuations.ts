// Units without a frame of their own that still carry a statement: the quotation after a colon lead or
// after "X sagte:", a bare quote or a Konjunktiv sentence going on with the speaker before, Konjunktiv I
// with a speaker named a little earlier, a quote after a colon whose speaker is the clause's subject, and
// quoted judgements "für X". Each statement's rule names the step that made it.

import type { Token } from "../types.ts";
import { finiteVerbIndex } from "./clause.ts";
import { embeddedContent } from "./embedded.ts";
import { frameSpeaker } from "./frame-speaker.ts";
import { quoteOnly } from "./frames.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { type NP, parseNP, roleOf } from "./np.ts";
import { isNamed } from "./phrase-features.ts";
import { colonLead } from "./rules/colon-leads.ts";
import { opinionQuotes } from "./rules/judgements.ts";
import type { Frame } from "./rules/rule.ts";
import type { Discourse, ResolvedSpeaker } from "./speaker.ts";
import { type AttributionState, confidenceOf, type Last, trimmed } from "./statements.ts";
import { namedOpening, subjectOf } from "./subject.ts";
import type { Unit } from "./text.ts";

type Span = { start: number; end: number };

/** "direct:colon-lead": the quotation on the line after "Die Firma hält die Kritik für falsch:". */
export function colonLeadQuote(st: AttributionState, unit: Unit, led: ResolvedSpeaker): boolean {
  const q = quoteOnly(unit);
  if (!q) return false;
  st.statements.push("DIRECT", q.start, q.end, led, null, unit, "direct:colon-lead", 0.7);
  st.lastUnitWithStatement = unit.index;
  st.last = { speaker: led, unit: unit.index, extendable: -1 };
  return true;
}

/** The sentence after "X sagte:" is X's, under the rule of the colon frame. */
export function pendingContent(
  st: AttributionState,
  unit: Unit,
  p: { speaker: ResolvedSpeaker; frame: Frame; unit: Unit },
): void {
  const q = quoteOnly(unit);
  const span = q ?? trimmed(unit, st.text);
  st.statements.push(
    q ? "DIRECT" : "INDIRECT",
    span.start,
    span.end,
    p.speaker,
    p.frame,
    p.unit,
    p.frame.rule,
    0.8,
  );
  st.lastUnitWithStatement = unit.index;
  st.last = { speaker: p.speaker, unit: unit.index, extendable: -1 };
}

/** "direct:continuation" (a bare quote) and "indirect:continuation" (a Konjunktiv sentence) right after the
 * last speaker's statement; consecutive Konjunktiv sentences extend one passage. */
export function continuation(st: AttributionState, unit: Unit, last: Last, q: Span | null): void {
  const { statements } = st;
  if (q) {
    statements.push("DIRECT", q.start, q.end, last.speaker, null, unit, "direct:continuation", 0.75);
    st.lastUnitWithStatement = unit.index;
    st.last = { speaker: last.speaker, unit: unit.index, extendable: -1 };
    return;
  }
  // "Jugendliche haben … ausgesagt, dass …": a main clause that names a new speaker ends the passage
  if (embedded(st, unit, "indirect:continuation", 0.7)) return;
  // "Auch der Sprecher der Fraktion, X, will prüfen, ob … solle": an indicative main clause whose subject
  // names someone else is that one's
  const own = ownSubject(st, unit, true);
  if (own && own.name !== last.speaker.name && own.type === "PERSON") {
    pushKonjunktiv(st, unit, own);
    return;
  }
  const span = trimmed(unit, st.text);
  const prev = last.extendable >= 0 ? statements.out[last.extendable] : undefined;
  if (prev) {
    // consecutive Konjunktiv sentences are one passage of reported speech
    statements.extend(last.extendable, span.end);
    st.last = { ...last, unit: unit.index };
    st.lastUnitWithStatement = unit.index;
  } else {
    const idx = statements.push(
      "INDIRECT",
      span.start,
      span.end,
      last.speaker,
      null,
      unit,
      "indirect:continuation",
      0.7,
    );
    st.last = { speaker: last.speaker, unit: unit.index, extendable: idx };
  }
}

/** "indirect:konjunktiv": reported speech in Konjunktiv I whose speaker was named a little earlier (not in the
 * sentence before). */
export function konjunktiv(st: AttributionState, unit: Unit): boolean {
  const { lex, disc, statements } = st;
  if (!strongKonjunktiv(unit, lex)) return false;
  // "Ein Sprecher … schränkte die Bereitschaft ein, sie sei …": Konjunktiv only below an indicative main
  // verb whose subject names someone — that subject is the source
  const own = ownSubject(st, unit);
  // else the person or organization the sentence before was about ("X definierte das Ziel. Es gehe nicht
  // darum, …"): a new subject between the last speaker and this sentence is the new source; else the last
  // speaker close by
  const lastSpeaker = statements.lastSpeaker;
  const near = (n: number) =>
    lastSpeaker && unit.index - lastSpeaker.unit <= n ? lastSpeaker.speaker : null;
  const ref =
    own ??
    near(1) ??
    disc.recentSpeaker(unit.index, unit.start, 1, true) ??
    near(5) ??
    disc.recentPerson(unit.index, unit.start, 1) ??
    // "Die Firma plant einen Börsengang. Eine Option sei …": the organization the sentence before was about
    disc.recentSpeaker(unit.index, unit.start, 1);
  if (!ref) return false;
  if (embedded(st, unit, "indirect:konjunktiv", 0.55)) return true;
  pushKonjunktiv(st, unit, ref);
  return true;
}

/** The whole unit as "indirect:konjunktiv" said by `speaker`, and the passage that later Konjunktiv sentences
 * extend. */
function pushKonjunktiv(st: AttributionState, unit: Unit, speaker: ResolvedSpeaker): void {
  const span = trimmed(unit, st.text);
  const idx = st.statements.push(
    "INDIRECT",
    span.start,
    span.end,
    speaker,
    null,
    unit,
    "indirect:konjunktiv",
    0.55,
  );
  st.lastUnitWithStatement = unit.index;
  st.last = { speaker, unit: unit.index, extendable: idx };
}

/** The named subject of an indicative main clause above the Konjunktiv ("Ein Sprecher … schränkte die
 * Bereitschaft ein, sie sei …"), resolved; null when the main verb is Konjunktiv or names nobody. */
function ownSubject(st: AttributionState, unit: Unit, introduced = false): ResolvedSpeaker | null {
  const { lex, disc } = st;
  const v = finiteVerbIndex(unit.toks, 0, unit.toks.length, lex);
  const mainKonj =
    v >= 0 && (lex.konjunktiv1.has(unit.toks[v]!.lower) || lex.konjunktiv2.has(unit.toks[v]!.lower));
  // only a word that looks like a finite verb ("schränkte", "betont") makes the clause indicative
  const verbLike = v >= 0 && /(t|te|ten|en|st|ll)$/.test(unit.toks[v]!.lower);
  const np = verbLike && !mainKonj ? subjectOf(unit.toks, 0, v, lex) : null;
  if (!np || np.pronoun || !isNamed(np)) return null;
  // with `introduced`, only someone introduced here with role and name ("der Sprecher der Fraktion, X")
  if (introduced && !(np.role && np.names.length) && !namedAfterRole(unit.toks, np, lex)) return null;
  return disc.resolve(np, unit.toks, unit.index, null);
}

/** "Der Sprecher der Fraktion, Dieter Wiefelspütz, will …": a full name in apposition after a role noun. */
function namedAfterRole(toks: Token[], np: NP, lex: AttributionLexicon): boolean {
  if (np.names.length < 2 || toks[np.start - 1]?.text !== ",") return false;
  for (let k = 0; k < np.start - 1; k++) if (toks[k]!.cap && roleOf(toks[k]!.text, lex)) return true;
  return false;
}

/** "direct:bare-quote": a bare quote after a sentence about someone ("X verteidigte den Plan. „…“"): the
 * person the sentence before was about, else the last speaker within three sentences, else the person
 * written about two sentences before. */
export function bareQuote(st: AttributionState, unit: Unit, q: Span): boolean {
  const { disc, statements } = st;
  const lastSpeaker = statements.lastSpeaker;
  const ref =
    disc.recentPerson(unit.index, unit.start, 1) ??
    (lastSpeaker && unit.index - lastSpeaker.unit <= 3 && lastSpeaker.speaker.type !== "UNKNOWN"
      ? lastSpeaker.speaker
      : null) ??
    disc.recentPerson(unit.index, unit.start, 2);
  if (!ref) return false;
  statements.push("DIRECT", q.start, q.end, ref, null, unit, "direct:bare-quote", 0.6);
  st.lastUnitWithStatement = unit.index;
  st.last = { speaker: ref, unit: unit.index, extendable: -1 };
  return true;
}

/** "direct:colon-context" ("… mit der Aufschrift: „…“"): the subject of the clause before the colon. */
export function colonContext(st: AttributionState, unit: Unit, frame: Frame, follows: boolean): boolean {
  const { lex, disc, last } = st;
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
  if (!(speaker && (speaker.type === "PERSON" || speaker === going))) return false;
  st.statements.push("DIRECT", frame.start, frame.end, speaker, frame, unit, frame.rule, 0.6);
  disc.noteSalient(speaker, unit.index, speaker.mention.start);
  st.last = { speaker, unit: unit.index, extendable: -1 };
  return true;
}

/** "Für den Minister ist die Lage „alarmierend“": the quoted judgement of the one it is "for" (rules/judgements.ts). */
export function judgements(st: AttributionState, unit: Unit): boolean {
  let found = false;
  for (const f of opinionQuotes(unit, st.lex)) {
    const sp = frameSpeaker(f, unit, st.disc);
    if (!sp || sp.type === "UNKNOWN") continue;
    st.statements.push("DIRECT", f.start, f.end, sp, f, unit, f.rule, confidenceOf(f, sp));
    found = true;
  }
  if (!found) return false;
  st.lastUnitWithStatement = unit.index;
  st.last = null;
  return true;
}

/** A sentence ending in a colon without a verb of saying leads into the quotation on the next line. */
export function leadInto(st: AttributionState, unit: Unit): void {
  const np = colonLead(unit, st.lex);
  const ref = np ? st.disc.resolve(np, unit.toks, unit.index, null) : null;
  if (ref && ref.type !== "UNKNOWN") st.lead = { speaker: ref, unit: unit.index };
}

/** "Jugendliche haben … ausgesagt, dass … sei", "Die BVG begegnet der Kritik mit dem Argument, die Züge
 * seien …": a verb or noun of saying that no frame rule knows, in an indicative main clause whose subject
 * names someone — the clause after it is the statement, that subject's. The Konjunktiv sentences after it
 * extend it, as they extend a continuation. */
function embedded(st: AttributionState, unit: Unit, rule: string, confidence: number): boolean {
  const e = embeddedContent(unit.toks, st.lex);
  const np = e?.subject;
  if (!(e && np) || np.pronoun || !isNamed(np)) return false;
  const speaker = st.disc.resolve(np, unit.toks, unit.index, null);
  if (!speaker || speaker.type === "UNKNOWN") return false;
  const idx = st.statements.push("INDIRECT", e.start, e.end, speaker, null, unit, rule, confidence);
  st.lastUnitWithStatement = unit.index;
  st.last = { speaker, unit: unit.index, extendable: idx };
  return true;
}

/** Konjunktiv I proper (sei, habe, werde, könne …), not the Konjunktiv II of conditionals. */
function strongKonjunktiv(unit: Unit, lex: AttributionLexicon): boolean {
  for (const t of unit.toks) {
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (lex.konjunktiv1.has(t.lower)) return true;
  }
  return false;
}

/** The subject of a sentence without a statement stays salient for later pronouns and descriptions. */
export function noteSubject(unit: Unit, disc: Discourse, lex: AttributionLexicon): void {
  const v = finiteVerbIndex(unit.toks, 0, unit.toks.length, lex);
  // "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte …": a name with a long
  // apposition before the verb still opens the sentence as its subject
  const np = v >= 0 ? subjectOf(unit.toks, 0, v, lex) : namedOpening(unit.toks, lex);
  if (!np) return;
  const ref = disc.resolve(np, unit.toks, unit.index, v >= 0 ? /(en|ten)$/.test(unit.toks[v]!.lower) : null);
  if (ref && (ref.type === "PERSON" || ref.type === "ORGANIZATION"))
    disc.noteSalient(ref, unit.index, ref.mention.start);
}
