// Quotations named by what surrounds them: "mit den Worten „…“", "auf dem geschrieben stand: „…“", "die
// Feststellung „…“", "Die ersten Worte Armstrongs: „…“". The words belong to the one who said or wrote them.

import { GENITIVE_ARTICLES } from "../../german/complements.ts";
import { AGENT_PREPOSITIONS } from "../../german/prepositions.ts";
import { WORDS_DETERMINERS, WORDS_NOUN_TEXT, WORDS_NOUNS } from "../../german/speech-words.ts";
import { STEHEN_FORMS } from "../../german/verbs.ts";
import type { Token } from "../../types.ts";
import { clauseStart, closeOf, finiteVerbIndex, phraseAfterVerb, wordsIn } from "../clause.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { clauseSpeaker, impersonalNP, subjectOf } from "../subject.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame } from "./rule.ts";

/** "Mit den Worten „…“ verabschiedete sich X", "„…“, mit diesen Worten trat er ab", "meldete sich mit den
 * Worten: „…“": the quoted words are the clause subject's. */
function mitWorten(ctx: FrameContext): Frame | null {
  const words = ctx.quoted && ctx.unit.text.includes("Worten") ? withWords(ctx.toks, ctx.lex) : null;
  if (!words) return null;
  const f = makeFrame(ctx, "DIRECT", "direct:mit-worten", words.quote, null, words.subject, ctx.toks, 0.8);
  f.cue = words.cue;
  return f;
}

/** "ein Zettel, auf dem geschrieben stand: „…“": written words belong to what they are written on. */
function written(ctx: FrameContext): Frame | null {
  const w = ctx.quoted && ctx.unit.text.includes("geschrieben") ? writtenQuote(ctx.toks, ctx.lex) : null;
  return w ? makeFrame(ctx, "DIRECT", "direct:written", w.quote, null, w.subject, ctx.toks, 0.6) : null;
}

/** A noun for words before a quotation: "fand sich die Feststellung „…“", "veröffentlichte die Antwort,
 * „…“", "Die ersten Worte Armstrongs: „…“". */
function speechNoun(ctx: FrameContext): Frame | null {
  const said = ctx.quoted && WORDS_NOUN_TEXT.test(ctx.unit.text) ? speechNounQuote(ctx.toks, ctx.lex) : null;
  return said
    ? makeFrame(ctx, "DIRECT", "direct:speech-noun", said.quote, null, said.subject, ctx.toks, 0.6)
    : null;
}

function withWords(
  toks: Token[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; cue: { start: number; end: number }; subject: NP } | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    const w = toks[k]!;
    if (w.lower !== "mit" || w.q !== -1) continue;
    if (!WORDS_DETERMINERS.has(toks[k + 1]!.lower) || toks[k + 2]!.lower !== "worten") continue;
    let qo = k + 3;
    if (toks[qo]?.text === ":") qo++;
    let open = -1;
    let close = -1;
    if (toks[qo]?.kind === "qopen") {
      open = qo;
      close = toks.findIndex((t, m) => m > qo && t.kind === "qclose");
    } else if (toks[k - 1]?.text === "," && toks[k - 2]?.kind === "qclose") {
      close = k - 2;
      for (let m = close - 1; m >= 0; m--)
        if (toks[m]!.kind === "qopen") {
          open = m;
          break;
        }
    }
    if (open < 0 || close < 0) continue;
    // the phrase opens the clause ("Mit den Worten „…“ trat er ab"): the verb follows it, the subject the verb
    const after = open > k ? close + 1 : k + 3;
    const opensClause = open > k ? k === clauseStart(toks, k) : true;
    let subject: NP | null = null;
    if (opensClause && toks[after]?.kind === "word" && !toks[after]!.cap) {
      let s = after + 1;
      if (toks[s]?.lower === "sich") s++;
      subject = phraseAfterVerb(toks, s, lex);
    } else {
      const from = clauseStart(toks, k);
      const v = finiteVerbIndex(toks, from, k, lex);
      subject = v >= 0 ? subjectOf(toks, from, v, lex) : null;
    }
    if (!subject || impersonalNP(subject)) continue;
    return {
      quote: { start: toks[open]!.start, end: toks[close]!.end },
      cue: { start: w.start, end: toks[k + 2]!.end },
      subject,
    };
  }
  return null;
}

function speechNounQuote(
  toks: Token[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const wordsNoun = (k: number) => {
    let n = k - 1;
    if (toks[n]!.q === -1 && (toks[n]!.text === "," || toks[n]!.text === ":")) n--;
    const noun = toks[n];
    return noun && noun.q === -1 && noun.cap && WORDS_NOUNS.has(noun.lower) ? n : -1;
  };
  for (const { open, close, label: n } of labelledQuotes(toks, wordsNoun, 3)) {
    // the owner of the words ("die Antwort des Ministers", "Armstrongs Worte"), else the clause's subject
    let subject: NP | null = null;
    const g = toks[n + 1];
    if (
      g &&
      g.q === -1 &&
      (GENITIVE_ARTICLES.has(g.lower) || AGENT_PREPOSITIONS.has(g.lower)) &&
      n + 1 < open
    )
      subject = parseNP(toks, AGENT_PREPOSITIONS.has(g.lower) ? n + 2 : n + 1, lex);
    if (!subject) {
      const from = clauseStart(toks, n);
      const v = finiteVerbIndex(toks, from, n, lex);
      subject = v >= 0 ? subjectOf(toks, from, v, lex) : null;
    }
    if (!subject || impersonalNP(subject)) continue;
    if (!(subject.pronoun || subject.names.length || subject.role || subject.org || subject.det)) continue;
    return { quote: { start: toks[open]!.start, end: toks[close]!.end }, subject };
  }
  return null;
}

/**
 * Quotations named by a noun just before them ("die Antwort: „…“", "Parolen wie „…“"): the opening and
 * closing marks and the noun, for each quotation after which `labelAt` finds a noun (-1: none) and that
 * holds at least `minWords` words.
 */
export function* labelledQuotes(
  toks: Token[],
  labelAt: (open: number) => number,
  minWords: number,
): Generator<{ open: number; close: number; label: number }> {
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind !== "qopen") continue;
    const label = labelAt(k);
    if (label < 0) continue;
    const close = closeOf(toks, k);
    if (close < 0 || wordsIn(toks, k + 1, close) < minWords) continue;
    yield { open: k, close, label };
  }
}

function writtenQuote(
  toks: Token[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const g = toks.findIndex(
    (t, k) =>
      t.lower === "geschrieben" &&
      t.q === -1 &&
      (STEHEN_FORMS.has(toks[k + 1]?.lower ?? "") || STEHEN_FORMS.has(toks[k - 1]?.lower ?? "")),
  );
  if (g < 0) return null;
  const colon = toks.findIndex((t, k) => k > g && t.text === ":" && t.q === -1);
  const open = colon >= 0 && toks[colon + 1]?.kind === "qopen" ? colon + 1 : -1;
  const close = open >= 0 ? closeOf(toks, open) : -1;
  if (close < 0) return null;
  const subject = clauseSpeaker(toks, clauseStart(toks, g), g, lex);
  if (!subject || subject.pronoun) return null;
  return { quote: { start: toks[open]!.start, end: toks[close]!.end }, subject };
}

export const mitWortenRule: FrameRule = {
  name: "mit-worten",
  reports: ["direct:mit-worten"],
  read: mitWorten,
};
export const writtenRule: FrameRule = { name: "written", reports: ["direct:written"], read: written };
export const speechNounRule: FrameRule = {
  name: "speech-noun",
  reports: ["direct:speech-noun"],
  read: speechNoun,
};
