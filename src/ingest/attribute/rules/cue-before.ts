// The cue before the content: "Merz gab bekannt, Selenskyj sei …", "Macron hatte gesagt, dass …", "Wie die
// Polizei mitteilte, wurde …", and a cue closing a subordinate or relative clause before its content.

import {
  CLAUSE_COORDINATORS,
  CONTENT_OPENERS,
  FRAME_SUBORDINATORS,
  LEADING_COORDINATORS,
  NON_CONTENT_OPENERS,
} from "../../german/conjunctions.ts";
import { DETERMINERS } from "../../german/determiners.ts";
import { wordClasses } from "../../german/dictionary.ts";
import { SOURCE_PREPOSITIONS } from "../../german/prepositions.ts";
import { SUBJECT_RELATIVES } from "../../german/relative-pronouns.ts";
import { UTTERED_FEELING } from "../../german/speech-words.ts";
import { AUXILIARIES, OTHER_MODALS } from "../../german/verbs.ts";
import type { Token } from "../../types.ts";
import {
  clauseEnd,
  clauseEndPastInserts,
  clauseStart,
  contentOf,
  finiteVerbIndex,
  indicativeMainClause,
  infinitiveClause,
  isFunction,
  isKonjunktiv,
  negated,
  onlyQuote,
  phraseAfterVerb,
  skipAdverbs,
  span,
} from "../clause.ts";
import type { Cue } from "../cues.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isNamed } from "../phrase-features.ts";
import { neuterRelative } from "../relative-antecedents.ts";
import { antecedent, cueSubject, impersonalNP, isApposition, isRelativeOpener } from "../subject.ts";
import type { Unit } from "../text.ts";
import { type Frame, type FrameContext, type FrameRule, frameContext, makeFrame } from "./rule.ts";
import { WEB_ADDRESS } from "./source-phrases.ts";

/** "Wie die Polizei mitteilte, wurde …", "Denn wie schon die WHO sagte, …": the content after the comma. */
function wieXSagte(ctx: FrameContext): Frame | null {
  const { toks, lex, cues, firstWord } = ctx;
  const w0 = toks[firstWord];
  const wieAt = w0 && LEADING_COORDINATORS.has(w0.lower) ? firstWord + 1 : firstWord;
  if (!(toks[wieAt]?.lower === "wie" && toks[wieAt]!.q === -1)) return null;
  const cue = cues.find((q) => q.idx > wieAt && q.verb.content !== "reported");
  const comma = cue ? clauseEnd(toks, Math.max(cue.idx, cue.particleIdx)) : -1;
  if (!cue || toks[comma]?.text !== ",") return null;
  const subject = phraseAfterVerb(toks, wieAt + 1, lex);
  // "Wie t-online.de berichtet, …": a web address names the source as one word
  const site = toks[wieAt + 1];
  const address = !subject && site?.kind === "word" && WEB_ADDRESS.test(site.text) ? site : null;
  const content = contentOf(toks, comma + 1, toks.length);
  if (!(subject || address) || !content) return null;
  return makeFrame(
    ctx,
    "INDIRECT",
    "indirect:wie-x-sagte",
    content,
    cue,
    subject,
    span(toks, 0, comma),
    0.85,
    address,
  );
}

/** A verb of saying in a main clause, its content in the clause after the comma: a dass- or ob-clause, a
 * quotation, Konjunktiv, an infinitive clause or a main clause in the indicative. */
function cueBefore(ctx: FrameContext): Frame | null {
  for (const cue of ctx.cues) {
    const f = cueBeforeFrame(ctx, cue);
    if (f) return f;
  }
  return null;
}

function cueBeforeFrame(ctx: FrameContext, cue: Cue): Frame | null {
  const { toks, lex, cues } = ctx;
  const unitEnd = toks.length;
  // (past a short parenthesis between dashes: "In einem Interview mit dem Anwalt – Rainer Witt – sagte er")
  const clauseFrom = clauseStart(toks, cue.finiteIdx);
  // "und sagte" shares a main clause's subject; "…, er sei ein Politiker, der tue und sage, was …" stays in
  // its relative clause inside the content of a verb before it
  const opener0 = toks[clauseFrom];
  const nested =
    !!opener0 &&
    opener0.q === -1 &&
    SUBJECT_RELATIVES.has(opener0.lower) &&
    toks[clauseFrom - 1]?.text === "," &&
    toks[clauseFrom + 1]?.kind === "word" &&
    !toks[clauseFrom + 1]!.cap &&
    cues.some((q) => q.idx < clauseFrom);
  const coordinated = toks[cue.finiteIdx - 1]?.lower === "und" && !nested;
  const mainClause =
    clauseFrom === 0 ||
    (toks[clauseFrom - 1]?.text === "," &&
      (clauseFrom === cue.finiteIdx ||
        coordinated ||
        isApposition(toks, clauseFrom, cue.finiteIdx, lex) ||
        coordinatedMainClause(toks, clauseFrom, cue.finiteIdx, lex)));
  if (!mainClause) return null;
  let after = Math.max(cue.idx, cue.particleIdx);
  // "erklärte der Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze …": the subject's apposition
  // is not the content
  const post = parseNP(toks, skipAdverbs(toks, cue.finiteIdx + 1), lex);
  // (the phrase ends after the apposition's closing comma; the clause search starts after `after`)
  if (post && !post.pronoun && post.end - 1 > after && post.end < toks.length)
    after = toks[post.end - 1]!.text === "," ? post.end - 2 : post.end - 1;
  const comma = clauseEnd(toks, after);
  const sep = toks[comma];
  // no content clause: a reported speech act ("lobte …", "warf … vor")
  if (!sep) return null;
  if (sep.text !== "," && sep.kind !== "qopen") return null;
  // the content may open with a quote right after the comma
  let first = comma + 1;
  if (toks[first]?.kind === "qopen") first++;
  if (sep.kind === "qopen") first = comma + 1;
  const opener = toks[first];
  if (!opener) return null;
  // "bestätigten den Vorfall, teilten aber mit, …": the next clause is a second verb of saying, with
  // content of its own
  if (cues.some((q) => q.finiteIdx === first)) return null;
  const clauseTo = clauseEnd(toks, first);
  // "sagte zu, nicht über den Turm, das höchste der Gebäude, bestimmen zu wollen": past an insert
  const infinitiveTo = clauseEndPastInserts(toks, first);
  const isContent =
    CONTENT_OPENERS.has(opener.lower) ||
    toks[comma + 1]?.kind === "qopen" ||
    isKonjunktiv(toks, first, Math.max(clauseTo, unitEnd), lex) ||
    // "kündigte an, … mitwirken zu wollen": an infinitive clause
    infinitiveClause(toks, first, infinitiveTo) ||
    // "hatte berichtet, 200 Mitarbeiter sollen entlassen werden": a main clause in the indicative
    indicativeMainClause(toks, first, clauseTo, lex);
  if (!isContent) return null;
  // "…, um … zu", "…, nachdem …", "…, welche …": an adverbial or relative clause, not content — unless a
  // condition opens an infinitive clause ("…, wenn nötig, die Hilfe auszusetzen")
  if (
    opener.q === -1 &&
    NON_CONTENT_OPENERS.has(opener.lower) &&
    !(infinitiveTo > clauseTo && infinitiveClause(toks, clauseTo, infinitiveTo))
  )
    return null;
  if (cue.verb.content === "reported") return null;
  let subject = cueSubject(toks, cue, lex);
  // "Aus Moskau hatte es geheißen, …": an impersonal verb's source is the place it came from
  if (cue.verb.impersonal && (!subject || subject.pronoun?.lower === "es" || !isNamed(subject))) {
    // "Aus Moskau hieß es", "Im Bericht heißt es", "In der Ankündigung heißt es"
    const aus = toks.findIndex((x, k) => k < comma && x.q === -1 && SOURCE_PREPOSITIONS.has(x.lower));
    subject = aus >= 0 ? parseNP(toks, aus + 1, lex) : null;
  }
  if (!subject) return null;
  if (negated(toks, cue.finiteIdx, comma)) return null;
  // "forderte, dass …", "warnte davor, die Lage zu unterschätzen", "kritisierte, die Kommission habe …":
  // the verb's content is the clause after the comma; "äußerte Zweifel daran, dass …" keeps its noun, all
  // of it
  const bare =
    (CONTENT_OPENERS.has(opener.lower) ||
      infinitiveClause(toks, first, infinitiveTo) ||
      isKonjunktiv(toks, first, clauseTo, lex, false)) &&
    !feelingNoun(toks, cue, comma, subject);
  if (cue.verb.content === "both" && !bare) {
    const all = contentOf(toks, 0, unitEnd);
    if (!all) return null;
    return makeFrame(ctx, "INDIRECT", "indirect:cue-before", all, cue, subject, span(toks, 0, comma), 0.8);
  }
  // "sagte X, sie müssten nachgeben, und verwies auf …": the subject's second predicate ends the content
  const to = CONTENT_OPENERS.has(opener.lower) ? unitEnd : secondPredicate(toks, first, unitEnd, lex);
  const content = contentOf(toks, comma + 1, to);
  if (!content) return null;
  const direct = onlyQuote(toks, comma + 1, to);
  return makeFrame(
    ctx,
    direct ? "DIRECT" : "INDIRECT",
    `${direct ? "direct" : "indirect"}:cue-before`,
    content,
    cue,
    subject,
    span(toks, 0, comma + 1),
    0.85,
  );
}

/** "…, doch der Sprecher erklärte, …": a main clause joined by a coordinator after a comma, its own subject
 * before its verb at `v`. */
function coordinatedMainClause(toks: Token[], from: number, v: number, lex: AttributionLexicon): boolean {
  const c = toks[from];
  if (!c || c.q !== -1 || !CLAUSE_COORDINATORS.has(c.lower) || v - from < 2) return false;
  return finiteVerbIndex(toks, from, v + 1, lex) === v;
}

/** An object noun between the verb and the comma, outside the subject, that names a feeling the clause
 * after it spells out ("äußerte Zweifel daran, dass …", "zeigte Verständnis dafür, dass …"): the speech act
 * is the feeling, noun and clause together. Other objects — the addressee ("forderte die Regierung dazu
 * auf, …"), what is asked for ("forderte Aufklärung darüber, ob …") — leave the clause as the content. */
function feelingNoun(toks: Token[], cue: Cue, comma: number, subject: NP): boolean {
  for (let k = cue.finiteIdx + 1; k < comma; k++) {
    const t = toks[k]!;
    if (k >= subject.start && k < subject.end) continue;
    if (t.kind === "word" && t.cap && t.q === -1 && UTTERED_FEELING.test(t.text)) return true;
  }
  return false;
}

/** "…, sie müssten nachgeben und verwies auf …", "…, es sei nichts passiert, und verglich …": "und" right
 * before a finite verb in the indicative — the matrix subject's second predicate, since reported content
 * goes on in Konjunktiv — ends the content (a V2 clause in Konjunktiv or an infinitive clause; in a
 * dass-clause "und" + finite verb is the clause's own, "dass er kam und blieb"). The index of that "und",
 * else `to`. */
function secondPredicate(toks: Token[], from: number, to: number, lex: AttributionLexicon): number {
  // the content shows its mood first: a verb only in Konjunktiv ("sei", "müssten") or "zu" + infinitive
  let moodShown = false;
  for (let k = from; k < to - 1; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    // "…, Annabi sei tot, doch der Sprecher erklärte …": after a comma any coordinator of main clauses
    const joins = t.lower === "und" || (CLAUSE_COORDINATORS.has(t.lower) && toks[k - 1]?.text === ",");
    if (!joins) {
      const wc = wordClasses(t.lower);
      moodShown ||=
        lex.konjunktiv1.has(t.lower) ||
        lex.konjunktiv2.has(t.lower) ||
        ((wc.konjunktiv1 || wc.konjunktiv2) && !wc.indicative);
      moodShown ||= t.lower === "zu" && !!toks[k + 1] && wordClasses(toks[k + 1]!.lower).verb;
      continue;
    }
    if (!moodShown) continue;
    // "…, die Kommission habe versagt und die Fraktion der Grünen forderte …": a main clause of the narrator
    // with a subject of its own, its verb in the indicative
    if (ownSubjectClause(toks, k + 1, to, lex)) return toks[k - 1]?.text === "," ? k - 1 : k;
    const v = toks[k + 1]!;
    if (v.kind !== "word" || v.cap || v.q !== -1 || AUXILIARIES.has(v.lower) || OTHER_MODALS.has(v.lower))
      continue;
    const wc = wordClasses(v.lower);
    if (!(wc.verb && wc.indicative) || wc.konjunktiv1 || wc.participle) continue;
    // "und erwartete Ergebnisse": an adjective before its noun
    if (wc.adjective && toks[k + 2]?.cap) continue;
    return toks[k - 1]?.text === "," ? k - 1 : k;
  }
  return to;
}

/** A clause at `from` that opens with a subject phrase (a determiner or a name) followed by a finite verb
 * only in the indicative ("die Fraktion der Grünen im Landtag forderte"). */
function ownSubjectClause(toks: Token[], from: number, to: number, lex: AttributionLexicon): boolean {
  const t = toks[from];
  if (!t || t.q !== -1 || t.kind !== "word" || !(DETERMINERS.has(t.lower) || t.cap)) return false;
  const v = finiteVerbIndex(toks, from, to, lex);
  const w = toks[v];
  if (!w || w.q !== -1 || w.cap || v - from < 2) return false;
  const wc = wordClasses(w.lower);
  return (
    wc.verb &&
    wc.indicative &&
    !wc.konjunktiv1 &&
    !wc.participle &&
    !lex.konjunktiv1.has(w.lower) &&
    !AUXILIARIES.has(w.lower) &&
    !OTHER_MODALS.has(w.lower)
  );
}

/** A verb of saying that closes a subordinate or relative clause, its content after the comma: "Während X
 * erklärte, aufgeregt zu sein, …", "…, der angab, bedroht worden zu sein". */
function subordinate(ctx: FrameContext): Frame | null {
  const { toks, lex } = ctx;
  for (const cue of ctx.cues) {
    const from = clauseStart(toks, cue.finiteIdx);
    const opener = toks[from];
    if (!opener || opener.q !== -1) continue;
    // "…, der angegeben hatte, …": a participle right after the pronoun, its auxiliary closing the clause
    // (isRelativeOpener reads "der angegebene Grund" there)
    const relative =
      isRelativeOpener(toks, from) ||
      neuterRelative(toks, from, cue) ||
      (cue.idx === from + 1 &&
        cue.finiteIdx > cue.idx &&
        SUBJECT_RELATIVES.has(opener.lower) &&
        toks[from - 1]?.text === ",");
    // "…, der der Regierung vorwarf, die Bauern im Stich zu lassen": a reported speech act in a relative
    // clause has its words in the dass- or zu-clause after it (in a main clause the speech-act rule reads
    // the whole sentence)
    const reported = cue.verb.content === "reported";
    if (reported && !relative) continue;
    if (!relative && !FRAME_SUBORDINATORS.has(opener.lower)) continue;
    // the verb closes its clause (an auxiliary may follow: "der angegeben hatte")
    const ce = clauseEnd(toks, Math.max(cue.idx, cue.finiteIdx, cue.particleIdx));
    if (toks[ce]?.text !== ",") continue;
    let closes = true;
    for (let k = Math.max(cue.idx, cue.finiteIdx, cue.particleIdx) + 1; k < ce; k++)
      if (toks[k]!.kind === "word" && !AUXILIARIES.has(toks[k]!.lower)) closes = false;
    if (!closes) continue;
    const first = ce + 1;
    const opener2 = toks[first];
    if (!opener2 || (opener2.q === -1 && NON_CONTENT_OPENERS.has(opener2.lower))) continue;
    const to = relative ? toks.length : mainClauseAgain(ctx, first);
    const clauseTo = clauseEnd(toks, first);
    const isContent =
      CONTENT_OPENERS.has(opener2.lower) ||
      (!reported && isKonjunktiv(toks, first, to, lex)) ||
      infinitiveClause(toks, first, clauseTo);
    if (!isContent) continue;
    const content = contentOf(toks, first, to);
    if (!content) continue;
    const subject = relative ? antecedent(toks, from - 1, lex) : parseNP(toks, from + 1, lex);
    if (!subject || impersonalNP(subject)) continue;
    if (!(subject.pronoun || subject.names.length || subject.role || subject.org || subject.det)) continue;
    const rule = relative ? "indirect:relative" : "indirect:subordinate";
    return makeFrame(ctx, "INDIRECT", rule, content, cue, subject, span(toks, 0, toks.length), 0.7);
  }
  return null;
}

/** Where the main clause takes up again after the content: "…, aufgeregt zu sein, blieb sie still". */
function mainClauseAgain(ctx: FrameContext, first: number): number {
  const { toks, lex } = ctx;
  for (let k = first; k < toks.length - 1; k++) {
    const t = toks[k]!;
    const n = toks[k + 1]!;
    if (t.text !== "," || t.q !== -1 || n.q !== -1 || n.kind !== "word" || n.cap) continue;
    if (isFunction(n.lower) || n.lower === "zu" || lex.konjunktiv1.has(n.lower)) continue;
    const after = parseNP(toks, k + 2, lex);
    if (after && (after.pronoun || after.det || after.names.length)) return k;
  }
  return toks.length;
}

/** A second speech act in the sentence of a frame, with words of its own beside the frame's: "Er sagte, Europa
 * brauche die Engländer, und fügte hinzu: „…“", "X erklärte, …, und kündigte an, … zu wollen". A verb of
 * saying in a main clause whose content (read as cueBefore reads it) lies outside the frame's content and
 * whose verb the frame's content does not hold. */
export function secondCueFrame(unit: Unit, lex: AttributionLexicon, main: Frame): Frame | null {
  const toks = unit.toks;
  const ctx = frameContext(unit, lex, []);
  for (const cue of ctx.cues) {
    const at = toks[cue.idx]!;
    // the frame's own verb again, unless the frame took a quotation after a later verb ("Er sagte, …, und
    // fügte hinzu: „…“" reads the colon frame from the first verb)
    if (main.cue && at.start === main.cue.start && main.kind !== "DIRECT") continue;
    if (at.start >= main.start && at.end <= main.end) continue;
    const f = cueBeforeFrame(ctx, cue);
    if (f?.kind !== "INDIRECT") continue;
    if (f.start < main.end && f.end > main.start) continue;
    // the frame's own verb inside the second content: the two read one clause
    if (main.cue && main.cue.start >= f.start && main.cue.end <= f.end) continue;
    return f;
  }
  return null;
}

export const wieXSagteRule: FrameRule = {
  name: "wie-x-sagte",
  reports: ["indirect:wie-x-sagte"],
  read: wieXSagte,
};

export const cueBeforeRule: FrameRule = {
  name: "cue-before",
  reports: ["direct:cue-before", "indirect:cue-before"],
  read: cueBefore,
};

export const subordinateRule: FrameRule = {
  name: "subordinate",
  reports: ["indirect:subordinate", "indirect:relative"],
  read: subordinate,
};
