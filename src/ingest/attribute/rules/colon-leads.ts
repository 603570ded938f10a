// A colon after a frame: "schrieb Witkoff: „…“", "BKA-Präsident Ziercke: „…“", "… mit der Aufschrift: „…“",
// "Er sagte:" before a quotation on the next line, and a colon lead without a verb of saying.

import { PREPOSITIONS, SOURCE_PREPOSITIONS } from "../../german/prepositions.ts";
import { SPEECH_NOUNS, WORDS_NOUNS } from "../../german/speech-words.ts";
import {
  contentOf,
  finiteVerbIndex,
  hasClauseWord,
  nominalOnly,
  onlyQuote,
  skipAdverbs,
  span,
  wordsIn,
} from "../clause.ts";
import { type Cue, firstCueBefore } from "../cues.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isActor } from "../phrase-features.ts";
import { cueSubject, impersonalNP, initialNP, ownerOfWords, subjectOf } from "../subject.ts";
import type { Unit } from "../text.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame } from "./rule.ts";

/**
 * The first colon after a frame: with a cue before it (colon; a colon that closes the sentence leaves the
 * content to the next one), else before a quotation a speaker phrase (name-colon) or nobody named
 * (colon-context: the speaker comes from the clause or the sentence before).
 */
function colon(ctx: FrameContext): Frame | null {
  const toks = ctx.toks;
  for (let c = 1; c < toks.length; c++) {
    const t = toks[c]!;
    if (t.text !== ":" || t.q !== -1) continue;
    const cue = firstCueBefore(ctx.cues, c);
    const content = contentOf(toks, c + 1, toks.length);
    if (!content) {
      const f = cue ? pendingColon(ctx, c, cue) : null;
      if (f) return f;
      continue;
    }
    const direct = onlyQuote(toks, c + 1, toks.length);
    if (cue) {
      const f = cueColon(ctx, c, cue, content, direct);
      if (f) return f;
      continue;
    }
    if (direct) return nameColon(ctx, c, content) ?? colonContext(ctx, c, content);
  }
  return null;
}

/** "Er sagte:" closing the sentence — the next sentence is the content; "Er glaubt, dass …:" has its content
 * before the colon. */
function pendingColon(ctx: FrameContext, c: number, cue: Cue): Frame | null {
  const { toks, lex, unit } = ctx;
  const ownContent = toks.some(
    (t, k) => k > cue.idx && k < c && ((t.q === -1 && t.text === ",") || t.kind === "qopen"),
  );
  if (wordsIn(toks, c + 1, toks.length) !== 0 || ownContent) return null;
  const subject = cueSubject(toks, cue, lex);
  if (!subject) return null;
  const f = makeFrame(
    ctx,
    "DIRECT",
    "direct:colon",
    { start: unit.end, end: unit.end },
    cue,
    subject,
    span(toks, 0, c),
    0.8,
  );
  f.pending = true;
  return f;
}

/** "schrieb Witkoff: „…“", "Dennoch fügte er hinzu: …". */
function cueColon(
  ctx: FrameContext,
  c: number,
  cue: Cue,
  content: { start: number; end: number },
  direct: boolean,
): Frame | null {
  const { toks, lex } = ctx;
  // "Als Nachfolger haben sich gemeldet: A, B und C": a list of names is no content
  if (!direct && !hasClauseWord(toks, c + 1, toks.length)) return null;
  let subject = cueSubject(toks, cue, lex);
  // "In dem Antrag heißt es: „…“": an impersonal verb's source is where the words stand
  if (cue.verb.impersonal && (!subject || subject.pronoun?.lower === "es")) {
    const at = toks.findIndex((x, k) => k < c && x.q === -1 && SOURCE_PREPOSITIONS.has(x.lower));
    subject = at >= 0 ? parseNP(toks, at + 1, lex) : null;
    if (!subject) return null;
  }
  return makeFrame(
    ctx,
    direct ? "DIRECT" : "INDIRECT",
    `${direct ? "direct" : "indirect"}:colon`,
    content,
    cue,
    subject,
    span(toks, 0, c),
    subject ? 0.9 : 0.5,
  );
}

/** "BKA-Präsident Ziercke: „…“" — a speaker phrase and a colon; "Die Antwort des Ministers X: „…“" — a noun
 * for words and its owner. */
function nameColon(ctx: FrameContext, c: number, content: { start: number; end: number }): Frame | null {
  const { toks, lex } = ctx;
  const np0 = initialNP(toks, lex);
  // "Ein Kommissar nach der Festnahme: „…“", "Die Sängerin zu ihren Plänen: „…“"
  // "Geschäftsführerin Y dazu: „…“", "Der Trainer hingegen: „…“": only adverbs before the colon
  const attached =
    !!np0 &&
    np0.end < c &&
    ((PREPOSITIONS.has(toks[np0.end]!.lower) && nominalOnly(toks, np0.end, c)) ||
      skipAdverbs(toks, np0.end) === c);
  if (np0 && !np0.pronoun && (np0.end === c || attached) && (np0.names.length || np0.role))
    return makeFrame(ctx, "DIRECT", "direct:name-colon", content, null, np0, span(toks, 0, c), 0.8);
  // "Die Antwort des Ministers X: „…“", "Seine Meinung zu Kirchhoff: „…“": a noun for words, its owner
  const head = np0?.head?.lower ?? "";
  if (np0 && (np0.end === c || attached) && (SPEECH_NOUNS.has(head) || WORDS_NOUNS.has(head))) {
    const who = ownerOfWords(np0, toks, lex);
    if (who && (who.names.length || who.role || who.pronoun))
      return makeFrame(ctx, "DIRECT", "direct:name-colon", content, null, who, span(toks, 0, c), 0.75);
  }
  return null;
}

/** "… mit der Aufschrift: „…“" — a quote introduced by a colon; the speaker comes from context. */
function colonContext(ctx: FrameContext, c: number, content: { start: number; end: number }): Frame {
  return makeFrame(ctx, "DIRECT", "direct:colon-context", content, null, null, span(ctx.toks, 0, c), 0.6);
}

export const colonRule: FrameRule = {
  name: "colon",
  reports: ["direct:colon", "indirect:colon", "direct:name-colon", "direct:colon-context"],
  read: colon,
};

/** A sentence that ends in a colon without a verb of saying ("Die Firma hält die Kritik für falsch:",
 * "Die Sängerin zu ihren Plänen:") leads into a quotation on the next line; its subject is the speaker.
 * The quotation is reported as "direct:colon-lead" (continuations.ts). */
export function colonLead(unit: Unit, lex: AttributionLexicon): NP | null {
  const toks = unit.toks;
  const last = toks[toks.length - 1];
  if (last?.text !== ":" || last.q !== -1 || toks.some((t) => t.q !== -1)) return null;
  const v = finiteVerbIndex(toks, 0, toks.length - 1, lex);
  let np = v >= 0 ? subjectOf(toks, 0, v, lex) : initialNP(toks, lex);
  // "Das Fazit der Ministerin X:", "Seine Antwort:": a noun for words hands them to its owner
  if (np && SPEECH_NOUNS.has(np.head?.lower ?? np.caps[0]?.lower ?? "")) np = ownerOfWords(np, toks, lex);
  if (!np || impersonalNP(np)) return null;
  return isActor(np) ? np : null;
}
