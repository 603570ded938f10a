// The cue after the content: "„…“, sagte X.", "…, erklärte der Kreml.", "…, so X weiter.", "…, wie X sagte.",
// and "Das berichtete die Zeitung.", whose content is the sentence before.

import { CONDITIONAL_OPENERS, RESUMPTIVES } from "../../german/conditional-clauses.ts";
import { COORDINATORS, SUBORDINATORS } from "../../german/conjunctions.ts";
import { DETERMINERS, GENITIVE_PRONOUNS, POSSESSIVES } from "../../german/determiners.ts";
import {
  DIRECTIONAL_CONTRACTIONS,
  PREPOSITION_SUBORDINATORS,
  PREPOSITIONS,
  SOURCE_PREPOSITIONS,
} from "../../german/prepositions.ts";
import { NEUTER_DEMONSTRATIVES } from "../../german/pronouns.ts";
import { PREPOSITION_RELATIVES, SUBJECT_RELATIVES } from "../../german/relative-pronouns.ts";
import { AUXILIARIES, MODAL_VERBS, PERFECT_AUXILIARIES } from "../../german/verbs.ts";
import type { StatementKind, Token } from "../../types.ts";
import {
  attributive,
  clauseEnd,
  contentOf,
  DASHES,
  hasClauseWord,
  isFunction,
  onlyQuote,
  phraseAfterVerb,
  skipAdverbs,
  span,
  wordsIn,
} from "../clause.ts";
import { type Cue, cueAt } from "../cues.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isNamed } from "../phrase-features.ts";
import { disagreesInNumber } from "../subject.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame } from "./rule.ts";

/** "Das berichtete die Zeitung.", "Dies teilte der Sprecher mit.": the sentence before is the content. */
function dasSagteX(ctx: FrameContext): Frame | null {
  const { toks, lex, cues, firstWord } = ctx;
  const w0 = toks[firstWord];
  if (!(w0 && NEUTER_DEMONSTRATIVES.has(w0.lower))) return null;
  let cue = cues.find((q) => q.finiteIdx === firstWord + 1 && q.verb.content !== "reported");
  // "Das musste der Minister einräumen.", "Dies wollte X nicht bestätigen.": a modal and the infinitive
  if (!cue && MODAL_VERBS.has(toks[firstWord + 1]?.lower ?? "")) {
    let last = toks.length - 1;
    while (last > firstWord && toks[last]!.kind !== "word") last--;
    const verb = lex.lemmas.get(toks[last]!.lower);
    if (verb && verb.content !== "reported" && toks[last]!.q === -1)
      cue = { idx: last, finiteIdx: firstWord + 1, particleIdx: -1, verb };
  }
  // "Dies geht aus einer Mitteilung des Konzerns hervor": the source follows "aus"
  const aus = cue?.verb.lemma === "hervorgehen" && toks[cue.finiteIdx + 1]?.lower === "aus";
  const subject = cue ? phraseAfterVerb(toks, cue.finiteIdx + (aus ? 2 : 1), lex) : null;
  // commas only inside the subject ("Dies teilte der Sprecher, Jan Roth, mit") or after the frame
  // ("Dies geht aus einer Mitteilung hervor, die am Mittwoch erschien")
  const frameEnd = subject ? Math.max(subject.end, (cue?.particleIdx ?? -1) + 1) : 0;
  // and a relative clause on the subject before the particle ("aus einer Meldung der dpa, die … verbreitet
  // wurde, hervor")
  const relEnd = subject ? relativeOnSubject(toks, subject.end, cue?.particleIdx ?? -1) : -1;
  const commaOutside = toks.some(
    (t, k) =>
      t.q === -1 &&
      t.text === "," &&
      (!subject || k < subject.start || (k >= subject.end && k < frameEnd && k > relEnd)),
  );
  if (!cue || wordsIn(toks, 0, toks.length) > 18 || commaOutside || !subject || subject.pronoun) return null;
  return previousSentenceFrame(ctx, "indirect:das-sagte-x", cue, subject);
}

/** The closing comma of a relative clause that opens at the end of the subject (", die …,") and ends right
 * before the particle `particle`; -1 if there is none. */
function relativeOnSubject(toks: Token[], end: number, particle: number): number {
  // past a genitive the phrase reader leaves out ("einer Meldung der dpa, die …")
  let from = end;
  while (from < end + 3 && toks[from] && toks[from]!.kind === "word" && toks[from]!.q === -1) from++;
  if (particle < 0 || toks[from]?.text !== "," || !opensRelative(toks, from + 1)) return -1;
  const close = particle - 1;
  if (toks[close]?.text !== "," || toks[close]!.q !== -1) return -1;
  for (let k = from + 1; k < close; k++) if (toks[k]!.q === -1 && toks[k]!.text === ",") return -1;
  return close;
}

/** A frame that gives the sentence before to its speaker ("Das sagte X.", "So X."): no words of its own. */
function previousSentenceFrame(ctx: FrameContext, rule: string, cue: Cue | null, subject: NP): Frame {
  const at = { start: ctx.unit.start, end: ctx.unit.start };
  const f = makeFrame(ctx, "INDIRECT", rule, at, cue, subject, ctx.toks, 0.8);
  f.previous = true;
  return f;
}

/** Dashes that set off a clause: "… – das meint X", also a hyphen typed for one. */
const SEPARATING_DASHES = new Set([...DASHES, "-"]);

/** "A, das teilte das Institut mit.", "A – das zumindest meint X vom Sekretariat": a demonstrative after the
 * content, the verb of saying right after it (past adverbs) and its subject after the verb, closing the
 * sentence: the words before the demonstrative are the subject's. */
function demonstrativeFrame(ctx: FrameContext, c: number): Frame | null {
  const { toks, lex, cues } = ctx;
  // "das meint", "das zumindest meint": the verb second, after at most one word of focus
  const cue = cues.find(
    (q) =>
      q.finiteIdx === q.idx &&
      (q.idx === c + 1 || q.idx === skipAdverbs(toks, c + 1) || (q.idx === c + 2 && !toks[c + 1]!.cap)) &&
      q.verb.content !== "reported",
  );
  const v = cue?.idx ?? -1;
  if (!cue || wordsIn(toks, 0, c - 1) < 4 || !hasClauseWord(toks, 0, c - 1)) return null;
  const subject = phraseAfterVerb(toks, v + 1, lex);
  if (
    !subject ||
    subject.pronoun ||
    !(subject.names.length || subject.role || subject.org || subject.media || subject.title)
  )
    return null;
  // nothing after the subject but the verb's particle and a few words of time, place or affiliation
  const rest = Math.max(subject.end, cue.particleIdx + 1);
  if (wordsIn(toks, rest, toks.length) > 8 || toks.slice(rest).some((x) => x.q === -1 && x.text === ","))
    return null;
  const content = contentOf(toks, 0, c - 1);
  if (!content) return null;
  const direct = onlyQuote(toks, 0, c - 1);
  return makeFrame(
    ctx,
    direct ? "DIRECT" : "INDIRECT",
    `${direct ? "direct" : "indirect"}:das-sagte-x`,
    content,
    cue,
    subject,
    span(toks, c, toks.length),
    0.85,
  );
}

/** "„…“ So Trainer Max Kuhn.": a sentence of "So" and a speaker alone names who said the sentence before. */
function soXAlone(ctx: FrameContext): Frame | null {
  const { toks, lex, firstWord } = ctx;
  if (firstWord !== 0 || toks[0]?.lower !== "so" || ctx.quoted) return null;
  const np = parseNP(toks, 1, lex);
  if (!np || np.pronoun || !isNamed(np)) return null;
  let e = skipAdverbs(toks, np.end);
  while (e < toks.length && toks[e]!.kind === "punct" && toks[e]!.q === -1) e++;
  if (e < toks.length) return null;
  const f = previousSentenceFrame(ctx, "indirect:so-x-alone", null, np);
  f.cue = { start: toks[0]!.start, end: toks[0]!.end };
  return f;
}

const CUE_AFTER = "cue-after";
const SO_X = "so-x";
const WIE_X_SAGTE = "wie-x-sagte";

/**
 * The first comma or closing quote after content that a cue closes: "„…“, sagte X" and "…, erklärte der
 * Kreml" (cue-after), "…, so der Bericht" and "…, so schätzen die Forscher" (so-x), "…, wie X sagte"
 * (wie-x-sagte). The kind is DIRECT when the content is only a quotation.
 */
function cueAfter(ctx: FrameContext): Frame | null {
  const { toks, lex, cues } = ctx;
  for (let c = 1; c < toks.length; c++) {
    const t = toks[c]!;
    if (t.q !== -1 || t.kind !== "word") continue;
    const prev = toks[c - 1]!;
    const afterComma = prev.text === "," && prev.q === -1;
    const afterQuote = prev.kind === "qclose" || (afterComma && toks[c - 2]?.kind === "qclose");
    // "…, das teilte das Institut mit.", "… – das zumindest meint X": the demonstrative takes up the words
    // before it
    if (
      NEUTER_DEMONSTRATIVES.has(t.lower) &&
      prev.q === -1 &&
      (afterComma || SEPARATING_DASHES.has(prev.text))
    ) {
      const f = demonstrativeFrame(ctx, c);
      if (f) return f;
    }
    if (!afterComma && !afterQuote) continue;
    const before = afterComma ? c - 1 : c;
    // "Sein Rivale, so Obama, werde …": "so X," interrupts a sentence that goes on after it
    const inter =
      t.lower === "so" && afterComma && wordsIn(toks, 0, before) >= 2 && interjected(toks, c, lex);
    if (!inter && (wordsIn(toks, 0, before) < 3 || !hasClauseWord(toks, 0, before))) continue;
    // "Der NDR, der … verantwortlich ist, teilte mit": the part before the comma must be content, not a
    // subject with its relative clause or an adverbial clause
    if (!inter && !contentLike(toks, before)) continue;
    let cue: Cue | undefined;
    let subjAt: number;
    let name: string;
    if (t.lower === "so" && afterComma) {
      // "…, so der Bericht," and "…, so schätzen die Forscher,"
      cue = cueAt(cues, c + 1);
      subjAt = cue ? skipAdverbs(toks, c + 2) : c + 1;
      name = SO_X;
    } else if (t.lower === "wie" && afterComma) {
      cue = wieCue(toks, cues, c, lex);
      if (!cue) continue;
      subjAt = skipAdverbs(toks, c + 1);
      name = WIE_X_SAGTE;
    } else {
      cue = closingCue(toks, cues, c, afterQuote, lex);
      if (!cue) continue;
      // "Über Russland, …, schrieb Witkoff: „…“" is a colon frame, not content before the verb
      const ce = clauseEnd(toks, c);
      if (toks[ce]?.text === ":") continue;
      subjAt = skipAdverbs(toks, c + 1);
      name = CUE_AFTER;
    }
    const frame = cueAfterFrame(ctx, c, before, cue, subjAt, name);
    if (frame) return frame;
  }
  return null;
}

/** The cue at `c` after the content, or the finite verb at `c` of a quoting verb or a perfect ("…, hat X
 * gesagt"). A loop, not cues.find with a closure: a closure over the loop's `c` makes V8 allocate a scope
 * for every token of every unit. */
function closingCue(
  toks: Token[],
  cues: Cue[],
  c: number,
  afterQuote: boolean,
  lex: AttributionLexicon,
): Cue | undefined {
  for (const q of cues)
    if (
      (q.idx === c || (q.finiteIdx === c && (q.verb.quotes || perfectClose(toks, q, lex)))) &&
      (q.verb.content !== "reported" || afterQuote)
    )
      return q;
  return undefined;
}

/** "…, wie X sagte.": the verb closes the clause ("wie ein Sprecher sagte", "wie es hieß", "wie X berichtet
 * hatte"); "wie er das behaupten konnte" is an indirect question, not a frame. */
function wieCue(toks: Token[], cues: Cue[], c: number, lex: AttributionLexicon): Cue | undefined {
  let end = clauseEnd(toks, c);
  // "wie Burt Rutan, Chef der Firma, mitteilte": an apposition between commas stays inside the clause
  const apposition = toks[end]?.text === "," ? parseNP(toks, end + 1, lex) : null;
  if (apposition && !apposition.pronoun && toks[apposition.end]?.text === ",")
    end = clauseEnd(toks, apposition.end);
  return cues.find((q) => {
    if (q.idx <= c || q.idx >= end) return false;
    for (let k = Math.max(q.idx, q.particleIdx) + 1; k < end; k++)
      if (
        toks[k]!.kind === "word" &&
        !PERFECT_AUXILIARIES.has(toks[k]!.lower) &&
        toks[k]!.lower !== "wurde" &&
        toks[k]!.lower !== "worden"
      )
        return false;
    return true;
  });
}

/** The frame of a cue after the content before `before`, its subject at `subjAt`; null when it names nobody. */
function cueAfterFrame(
  ctx: FrameContext,
  c: number,
  before: number,
  cue: Cue | undefined,
  subjAt: number,
  name: string,
): Frame | null {
  const { toks, lex } = ctx;
  const unitEnd = toks.length;
  // "„…“, sagte dem Sender die Ministerin": the addressee is passed over
  let subject = name === SO_X ? parseNP(toks, subjAt, lex) : phraseAfterVerb(toks, subjAt, lex);
  if (name === SO_X && (!subject || (subject.caps.length === 0 && !subject.pronoun))) return null;
  // content before the verb puts the subject after it ("…, sagte X"); without one this is not the frame:
  // "Die UN bestätigten den Vorfall, teilten aber mit, …" reads the verb before its content
  if (!subject || (cue && disagreesInNumber(toks[cue.finiteIdx]!, subject))) return null;
  let impersonal = false;
  if (subject?.pronoun?.lower === "es" && cue?.verb.impersonal) {
    // "hieß es aus Regierungskreisen"
    impersonal = true;
    // "hieß es aus Regierungskreisen", "hieß es in der Rede"
    const aus = toks.findIndex((x, k) => k > c && SOURCE_PREPOSITIONS.has(x.lower) && x.q === -1);
    subject = aus > 0 ? parseNP(toks, aus + 1, lex) : null;
    if (!subject) return null;
  }
  let content = contentOf(toks, 0, before);
  if (!content) return null;
  const direct = onlyQuote(toks, 0, before);
  // an interjected frame: "Der Präsident sei, so Gamkrelids, schuld daran" — the content goes on
  if (subject && !direct) {
    let e = skipAdverbs(toks, subject.end);
    if (toks[e]?.text === ",") e++;
    // the frame's own verb comes later ("wie X, Chef der Firma, mitteilte"): the comma opens an apposition
    const verbEnd = cue ? Math.max(cue.idx, cue.particleIdx) : -1;
    if (
      toks[e - 1]?.text === "," &&
      e > verbEnd &&
      wordsIn(toks, e, unitEnd) >= 2 &&
      toks[e]?.kind !== "qopen"
    )
      content = contentOf(toks, 0, unitEnd) ?? content;
    // "Der Plan sei, wie X sagte, gescheitert": the wie-clause closes with its verb, the sentence goes on
    else if (name === WIE_X_SAGTE && cue && wieGoesOn(toks, cue, unitEnd))
      content = contentOf(toks, 0, unitEnd) ?? content;
  }
  const kind: StatementKind = direct ? "DIRECT" : "INDIRECT";
  const frame = makeFrame(
    ctx,
    kind,
    `${direct ? "direct" : "indirect"}:${name}`,
    content,
    cue ?? null,
    subject,
    span(toks, c, unitEnd),
    subject ? 0.9 : 0.5,
  );
  const t = toks[c]!;
  if (name === SO_X) frame.cue = { start: t.start, end: t.end };
  frame.impersonal = impersonal;
  return frame;
}

function contentLike(toks: Token[], before: number): boolean {
  let first = toks.findIndex((t) => t.kind !== "punct" || t.q !== -1);
  if (first < 0) return false;
  // "Denn: „…“ fragen sich Experten", "Und: „…“, sagte sie"
  if (COORDINATORS.has(toks[first]!.lower) && toks[first + 1]?.text === ":") first += 2;
  if (toks[first]?.kind === "qopen") return true;
  if (!toks[first]) return false;
  const w = toks[first]!;
  // "Bis ins hohe Alter sei …", "Während der Feiertage sollen …": a preposition, not a subordinate clause
  const next = toks[first + 1]?.lower ?? "";
  const preposition =
    PREPOSITION_SUBORDINATORS.has(w.lower) &&
    (DETERMINERS.has(next) ||
      PREPOSITIONS.has(next) ||
      DIRECTIONAL_CONTRACTIONS.has(next) ||
      /^\d+$/.test(next));
  if (SUBORDINATORS.has(w.lower) && w.lower !== "dass" && !preposition)
    return conditionalThenMain(toks, first, before);
  // the part up to the first comma; after a relative clause, the part that goes on from it ("Eine Gruppe,
  // aus deren Reihen …, sei festgesetzt worden, teilte die Polizei mit")
  let from = first;
  let relative = false;
  while (from < before) {
    let end = from;
    while (end < before && !(toks[end]!.q === -1 && toks[end]!.text === ",")) end++;
    if (from > first && opensRelative(toks, from)) relative = true;
    else if (from === first) {
      if (hasContentWord(toks, from, end)) return true;
    } else return relative && hasContentWord(toks, from, end);
    from = end + 1;
  }
  return false;
}

/** "Wer so stark wachse, „der muss …“, betonte er", "Wenn es regnet, dann …, sagte X": a free relative or
 * a condition whose main clause follows, resumed by a d-word or quoted — a whole sentence, so content. An
 * adverbial clause alone before the comma ("Als er ankam, sagte X") is the frame's own opening instead. */
function conditionalThenMain(toks: Token[], first: number, before: number): boolean {
  if (!CONDITIONAL_OPENERS.has(toks[first]!.lower)) return false;
  let k = first + 1;
  while (k < before && !(toks[k]!.q === -1 && toks[k]!.text === ",")) k++;
  const next = toks[k + 1];
  return k < before - 1 && !!next && (next.kind === "qopen" || RESUMPTIVES.has(next.lower));
}

/** A word of the clause that is not a noun, a name or a function word: the part reads as a clause. */
function hasContentWord(toks: Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (isFunction(t.lower) && !AUXILIARIES.has(t.lower)) continue;
    const prev = toks[k - 1];
    if (prev && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower) || PREPOSITIONS.has(prev.lower)))
      continue;
    if (/^\d/.test(t.text) || attributive(toks, k)) continue;
    return true;
  }
  return false;
}

/** After "wie X sagte" (and its auxiliary) a comma and at least two more words of the interrupted sentence,
 * not a relative clause on X ("wie die Forscherin sagte, die …") nor a quotation. */
function wieGoesOn(toks: Token[], cue: Cue, unitEnd: number): boolean {
  let e = Math.max(cue.idx, cue.particleIdx) + 1;
  while (toks[e]?.kind === "word" && PERFECT_AUXILIARIES.has(toks[e]!.lower)) e++;
  return (
    toks[e]?.text === "," &&
    toks[e]!.q === -1 &&
    toks[e + 1]?.kind !== "qopen" &&
    !opensRelative(toks, e + 1) &&
    wordsIn(toks, e + 1, unitEnd) >= 2
  );
}

/** "…, der angab", "…, aus deren Reihen", "…, dessen Chef": a relative clause opens at k. */
function opensRelative(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || t.q !== -1) return false;
  const at = PREPOSITIONS.has(t.lower) ? k + 1 : k;
  const r = toks[at]?.lower ?? "";
  if (GENITIVE_PRONOUNS.includes(r)) return true;
  if (at > k) return PREPOSITION_RELATIVES.has(r);
  return (SUBJECT_RELATIVES.has(r) || r === "das") && !toks[at + 1]?.cap;
}

/** "…, so X, …" / "…, so vermutet X, …": the frame at `so` is followed by a comma and more of the sentence. */
function interjected(toks: Token[], so: number, lex: AttributionLexicon): boolean {
  let j = so + 1;
  if (toks[j]?.kind === "word" && !toks[j]!.cap && lex.finite.has(toks[j]!.lower)) j++;
  const np = parseNP(toks, skipAdverbs(toks, j), lex);
  if (!np || np.pronoun) return false;
  let e = skipAdverbs(toks, np.end);
  if (toks[e - 1]?.text === ",") e--;
  return toks[e]?.text === "," && wordsIn(toks, e + 1, toks.length) >= 2;
}

export const dasSagteXRule: FrameRule = {
  name: "das-sagte-x",
  reports: ["indirect:das-sagte-x", "indirect:so-x-alone", "direct:so-x-alone"],
  // "„…“ So Trainer X." names the speaker of the sentence before as well
  read: (ctx) => dasSagteX(ctx) ?? soXAlone(ctx),
};

export const cueAfterRule: FrameRule = {
  name: CUE_AFTER,
  reports: [
    "direct:cue-after",
    "indirect:das-sagte-x",
    "direct:das-sagte-x",
    "indirect:cue-after",
    "direct:so-x",
    "indirect:so-x",
    "direct:wie-x-sagte",
    "indirect:wie-x-sagte",
  ],
  read: cueAfter,
};

/** "…, hatte der Anwalt ausgeführt.": a perfect auxiliary after the comma, then only the subject, then the
 * participle closing the sentence ("…, hat nun seine Rückkehr angekündigt" has an object: not a frame). */
function perfectClose(toks: Token[], q: Cue, lex: AttributionLexicon): boolean {
  if (q.idx <= q.finiteIdx || !PERFECT_AUXILIARIES.has(toks[q.finiteIdx]?.lower ?? "")) return false;
  const end = Math.max(q.idx, q.particleIdx) + 1;
  if (toks.slice(end).some((t) => t.kind === "word" && t.q === -1)) return false;
  const np = parseNP(toks, skipAdverbs(toks, q.finiteIdx + 1), lex);
  return !!np && skipAdverbs(toks, np.end) === q.idx;
}
