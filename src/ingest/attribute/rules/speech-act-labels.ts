// Speech acts: "Lawrow warf den Europäern vor, …", "Rutte lobte …", "äußerte sich positiv" (reported), and
// the quoted labels they give: "nannte den Platzverweis „überzogen“", "bezeichnete die Karten als
// „übertrieben“" (direct, as the speaker's own words).

import { FRAME_SUBORDINATORS } from "../../german/conjunctions.ts";
import { EVALUATION_CONTENT_WORDS, EVALUATIVE_ACTS } from "../../german/evaluative-acts.ts";
import { IMPERSONAL_PRONOUNS, NEUTER_DEMONSTRATIVES } from "../../german/pronouns.ts";
import {
  BEFORE_FRONTED_QUOTE,
  QUOTING_ACTS,
  REPORTING_SAY_VERBS,
  UTTERED_FEELING,
} from "../../german/speech-words.ts";
import type { Token } from "../../types.ts";
import { clauseEnd, clauseStart, contentOf, infinitiveClause, negated, span, wordsIn } from "../clause.ts";
import { type Cue, cueSpan, hasSich, unitCues } from "../cues.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isActor } from "../phrase-features.ts";
import { antecedent, cueSubject, isRelativeOpener } from "../subject.ts";
import type { Unit } from "../text.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame, quotationFrame } from "./rule.ts";
import { sloganFrame } from "./slogans.ts";

/** Speech acts whose quoted words are the statement ("nannte … „überzogen“"). */

/** The first verb of saying that reports a speech act of a named actor, or gives a quoted label. */
function speechAct(ctx: FrameContext): Frame | null {
  for (const cue of ctx.cues) {
    const f = speechActFrame(ctx, cue);
    if (f) return f;
  }
  return null;
}

function speechActFrame(ctx: FrameContext, cue: Cue): Frame | null {
  const { toks, lex, unit } = ctx;
  // a verb of saying without a content clause speaks only through a quoted object
  // ("konstatierte eine wachsende „Kluft zwischen Arm und Reich“", "riet zu „Gelassenheit“")
  const quoteOnlyAct = cue.verb.content === "say" && !REPORTING_SAY_VERBS.has(cue.verb.lemma);
  if (quoteOnlyAct && !toks.some((t, k) => k > cue.idx && t.kind === "qopen")) return null;
  const clauseFrom = clauseStart(toks, cue.finiteIdx);
  const coordinated = toks[cue.finiteIdx - 1]?.lower === "und";
  if (
    clauseFrom !== 0 &&
    !(toks[clauseFrom - 1]?.text === "," && (clauseFrom === cue.finiteIdx || coordinated))
  )
    return subclauseLabel(ctx, cue, clauseFrom, quoteOnlyAct);
  if (
    cue.verb.lemma === "äußern" &&
    !hasSich(toks, cue.idx, clauseEnd(toks, cue.idx)) &&
    !UTTERED_FEELING.test(unit.text)
  )
    return null;
  if (negated(toks, cue.finiteIdx, clauseEnd(toks, cue.idx))) return null;
  const subject = cueSubject(toks, cue, lex);
  if (!subject) return null;
  // a speech act needs an actor: a name, a role, an organization, a pronoun, a titled or definite phrase
  if (!(isActor(subject) || subject.title || subject.det)) return null;
  const q = quotedObject(toks, cue, subject, quoteOnlyAct);
  if (q)
    return makeFrame(
      ctx,
      "DIRECT",
      `direct:${cue.verb.lemma}`,
      q,
      cue,
      subject,
      span(toks, 0, toks.length),
      0.7,
    );
  if (quoteOnlyAct) return null;
  // "nennt die Modelle „Touareg“": naming things is no speech act; "Dies nennt man …" has no speaker
  const named = toks.findIndex(
    (t, k) =>
      k > cue.idx &&
      t.kind === "qopen" &&
      toks[k + 1]?.cap === true &&
      toks[k + 2]?.kind === "qclose" &&
      toks[k - 1]?.cap === true &&
      toks[k - 1]!.q === -1,
  );
  if (cue.verb.lemma === "nennen" && named >= 0) return null;
  // "Dies nennt man …", "Das kritisierte man …": nobody is named
  const impersonal =
    (subject.end - subject.start === 1 && nobody(toks[subject.start]!.lower)) ||
    toks[cue.finiteIdx + 1]?.lower === "man";
  if (impersonal) return null;
  // "Die Gewerkschaft kritisierte die Pläne.": an evaluation of a thing, no words of its own
  const wordless = EVALUATIVE_ACTS.has(cue.verb.lemma) && !ownContent(toks, cue, lex);
  const all = contentOf(toks, 0, toks.length);
  if (!all) return null;
  const frame = makeFrame(
    ctx,
    "REPORTED",
    `reported:${cue.verb.lemma}`,
    all,
    cue,
    subject,
    span(toks, 0, toks.length),
    0.7,
  );
  return wordless ? { ...frame, wordless } : frame;
}

/** Content of its own beside an evaluating verb: a dass/ob clause, a predicate with "als", an infinitive, a
 * verb in Konjunktiv I or a quote anywhere in the sentence ("kritisierte, dass …", "wies die Vorwürfe als
 * haltlos zurück", "zeigte sich besorgt darüber, dass …"). "als" after a comma opens a clause of time. */
function ownContent(toks: Token[], cue: Cue, lex: AttributionLexicon): boolean {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind === "qopen") return true;
    if (t.kind !== "word" || k === cue.idx || k === cue.finiteIdx) continue;
    if (EVALUATION_CONTENT_WORDS.has(t.lower) && !(t.lower === "als" && toks[k - 1]?.text === ","))
      return true;
    if (!t.cap && lex.konjunktiv1.has(t.lower)) return true;
  }
  return infinitiveClause(toks, cue.finiteIdx + 1, toks.length);
}

/** "Dies nennt man …", "Das kritisierte man …": a subject that names nobody. */
function nobody(w: string): boolean {
  return (NEUTER_DEMONSTRATIVES.has(w) && w !== "dieses") || IMPERSONAL_PRONOUNS.has(w);
}

/** In a relative or subordinate clause only a quoted label is read: "…, weil die Regierung das Land als
 * „junge Demokratie“ bezeichnet hat", "…, der den Sieg als „Fest“ bezeichnete, …". */
function subclauseLabel(
  ctx: FrameContext,
  cue: Cue,
  clauseFrom: number,
  quoteOnlyAct: boolean,
): Frame | null {
  const { toks, lex } = ctx;
  const opener = toks[clauseFrom]!;
  const relative = isRelativeOpener(toks, clauseFrom);
  if (!relative && !(opener.q === -1 && (FRAME_SUBORDINATORS.has(opener.lower) || opener.lower === "dass")))
    return null;
  const subject = relative ? antecedent(toks, clauseFrom - 1, lex) : parseNP(toks, clauseFrom + 1, lex);
  if (!subject || !(subject.names.length || subject.role || subject.org || subject.det)) return null;
  const q = quotedObject(toks, cue, subject, quoteOnlyAct);
  return q
    ? makeFrame(ctx, "DIRECT", `direct:${cue.verb.lemma}`, q, cue, subject, span(toks, 0, toks.length), 0.65)
    : null;
}

/** The quoted object of a speech act, as the speaker's words: "nannte die Zahlen „aus der Luft gegriffen“",
 * "schimpfte über „europäische Ferkel“", "wies dies als „Unverschämtheit“ zurück", "Als „…“ bezeichnete er". */
function quotedObject(
  toks: Token[],
  cue: Cue,
  subject: NP,
  quoteOnlyAct: boolean,
): { start: number; end: number } | null {
  const ce = clauseEnd(toks, Math.max(cue.idx, cue.particleIdx));
  // the quoted object follows the verb, or stands before it in its clause ("Als „…“ bezeichnete er",
  // "hatte den Bericht als „falsch“ zurückgewiesen")
  const cs = clauseStart(toks, cue.finiteIdx);
  const qo = toks.findIndex(
    (t, k) =>
      t.kind === "qopen" &&
      ((k > cue.idx && (k < ce || QUOTING_ACTS.has(cue.verb.lemma))) ||
        (k > cs && k < cue.idx && BEFORE_FRONTED_QUOTE.has(toks[k - 1]!.lower))),
  );
  if (qo <= 0) return null;
  let qc = qo + 1;
  while (qc < toks.length - 1 && toks[qc]!.kind !== "qclose") qc++;
  // „konstruktiven“ Gespräche: a quoted modifier of a noun is not what was said
  const modifier = toks[qc + 1]?.kind === "word" && toks[qc + 1]!.cap && toks[qc + 1]!.q === -1;
  const words = wordsIn(toks, qo + 1, qc);
  // "nennt die Modelle „Touareg“", "im Radiosender „Deutschlandfunk“": a name set beside a noun
  const prev = toks[qo - 1]!;
  if (words === 1 && toks[qo + 1]!.cap && prev.kind === "word" && prev.cap && prev.q === -1) return null;
  // "Dies nennt man einen „Aktiensplit“": nobody says it
  if (toks.some((t, k) => k > cue.finiteIdx && k < qo && t.lower === "man" && t.q === -1)) return null;
  // a quoted noun ("nannte es einen „Vertrauensbruch“") is the speaker's own word; so is a quoted
  // adjective when a named speaker gives it ("Der Minister nannte den Plan „fahrlässig“"); from a
  // collective ("Alle Seiten nennen die Gespräche „konstruktiv“") it is a label the report sums up with
  const named = !!(subject.names.length || subject.role || subject.org || subject.media || subject.title);
  const nounLabel = words === 1 && (toks[qo + 1]!.cap || named);
  // a verb of saying with only a quoted object: words of a sentence, not a title or a name
  // („Forte Village“, „2001: Odyssee im Weltraum“, «Zur Schweizer Hütte»)
  const spoken =
    !quoteOnlyAct ||
    (words >= 2 &&
      !cue.verb.impersonal &&
      !cue.verb.quotes &&
      !toks.slice(qo + 1, qc).some((x) => x.text === ":") &&
      toks.slice(qo + 1, qc).some((x) => x.kind === "word" && !x.cap && !/^\d/.test(x.text)));
  if (toks[qo + 1]?.kind !== "word" || modifier || !(words >= 2 || nounLabel) || !spoken) return null;
  return { start: toks[qo]!.start, end: toks[qc]!.end };
}

/** Quotations beside the unit's main frame: labels given by other speech acts ("X nannte den Platzverweis
 * „überzogen“, Trainer Y bezeichnete die Karten als „übertrieben“") and slogans carried by them. */
export function labelFrames(unit: Unit, lex: AttributionLexicon, main: Frame): Frame[] {
  const toks = unit.toks;
  const out: Frame[] = [];
  for (const cue of unitCues(unit, lex)) {
    if (!QUOTING_ACTS.has(cue.verb.lemma) && cue.verb.content === "say" && !cue.verb.needs.includes("„"))
      continue;
    const sameCue = !!main.cue && toks[cue.idx]!.start === main.cue.start;
    if (negated(toks, cue.finiteIdx, clauseEnd(toks, cue.idx))) continue;
    const subject = cueSubject(toks, cue, lex);
    if (!subject || !(subject.names.length || subject.role || subject.org || subject.pronoun)) continue;
    const q = quotedObject(toks, cue, subject, false);
    if (!q || (q.start >= main.start && q.end <= main.end && (main.kind === "DIRECT" || sameCue))) continue;
    // "sieht X einen „Angriff“, es stehe …": the label beside the content clause of the same verb
    if (sameCue && q.end > main.start && q.start < main.end) continue;
    out.push(quotationFrame(`direct:${cue.verb.lemma}`, q, subject, toks, 0.7, cueSpan(toks, cue)));
  }
  // "… haben Anhänger mit der Parole „…“ gedroht": the slogan beside the speech act
  const slogan = main.kind === "DIRECT" || unit.quotes.length === 0 ? null : sloganFrame(unit, lex);
  if (slogan) out.push(slogan);
  return out;
}

export const speechActRule: FrameRule = {
  name: "speech-act",
  reports: ["reported:<lemma>", "direct:<lemma>"],
  read: speechAct,
};
