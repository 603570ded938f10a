// A noun of a speech act with its owner and its content after a comma: "die Forderung des Verbands, die
// Steuern zu senken", "Dem Appell der Polizei, sich zu stellen, folgte er nicht", "der Ankündigung ihres
// Trainers, Karl Weiß, die Zusammenarbeit zu beenden", "seinem Vorschlag, dass …". The owner (a genitive,
// "von X" or a possessive) is the speaker; a noun without one ("Der Vorschlag, …") names nobody — unless it
// is the object of a verb that makes it its subject's words ("Gysi vertrat die These, …", "fasste den
// Beschluss, …", "machte zur Bedingung, dass …"): then that subject is the speaker. A noun of a report
// with a relative clause of source ("Gerüchte, nach denen …", "ein Bericht der Agentur X, wonach …") says
// that clause through its relative word.

import { SUBORDINATORS } from "../../german/conjunctions.ts";
import { ARTICLES, GENITIVE_DETERMINERS, POSSESSIVES } from "../../german/determiners.ts";
import { wordClasses } from "../../german/dictionary.ts";
import {
  COMPLEMENT_SPEECH_NOUNS,
  MIT_SPEECH_NOUNS,
  OBJECT_SPEECH_NOUNS,
  REPORT_NOUN,
  SPEECH_NOUN_VERB_PARTICLES,
  SPEECH_NOUN_VERBS,
} from "../../german/speech-words.ts";
import type { Token } from "../../types.ts";
import {
  clauseEnd,
  clauseStart,
  contentOf,
  finiteVerbIndex,
  isContentClause,
  isFunction,
} from "../clause.ts";
import type { Cue } from "../cues.ts";
import { sourceRelativeAt } from "../frame-speaker.ts";
import { type AttributionLexicon, plainSayingVerb } from "../lexicon.ts";
import { type NP, parseNP } from "../np.ts";
import { isActor, isNamed, isUnknownActor } from "../phrase-features.ts";
import { antecedent, cueSubject, impersonalNP, isRelativeOpener } from "../subject.ts";
import { mitSpeechNounAt } from "./mit-speech-noun.ts";
import { type Frame, type FrameContext, type FrameRule, makeFrame } from "./rule.ts";

/** Possessives in the genitive that open an owner: "die Ankündigung ihres Trainers". */
const GENITIVE_POSSESSIVES = new Set(["seines", "ihres", "seiner", "ihrer", "unseres", "unserer"]);

function speechNounComplement(ctx: FrameContext): Frame | null {
  const { toks, lex } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i]!;
    if (n.kind !== "word" || n.q !== -1) continue;
    const f = n.cap
      ? ((COMPLEMENT_SPEECH_NOUNS.has(n.lower) ? complementAt(ctx, toks, i, lex) : null) ??
        (OBJECT_SPEECH_NOUNS.has(n.lower)
          ? (objectAt(ctx, toks, i, lex) ?? mitSpeechNounAt(ctx, toks, i, lex))
          : MIT_SPEECH_NOUNS.has(n.lower)
            ? mitSpeechNounAt(ctx, toks, i, lex)
            : null))
      : sourceRelative(ctx, toks, i, lex);
    if (f) return f;
  }
  return null;
}

/** "Es gibt Gerüchte, nach denen …", "Ein Bericht der Agentur X, wonach …, wurde dementiert": a relative
 * clause opened by a word of source ("wonach", "nach denen", "denen zufolge") at `i` after a report, with no
 * verb of saying around it. The clause is the report's content; the report (or its owner) speaks through
 * the relative word, as frame-speaker.ts resolves it. */
function sourceRelative(ctx: FrameContext, toks: Token[], i: number, lex: AttributionLexicon): Frame | null {
  // the word after the opener outside quotes, even after "wonach" (the word at `i` is outside quotes: the caller)
  const next = toks[i + 1];
  if (!next || next.q !== -1 || !sourceRelativeAt(toks, i)) return null;
  const ante = antecedent(toks, i - 1, lex);
  const head = ante?.head ?? ante?.caps.at(-1);
  if (!ante || ante.pronoun || !head || !REPORT_NOUN.test(head.lower)) return null;
  const content = contentOf(toks, i, clauseEnd(toks, i));
  if (!content) return null;
  return makeFrame(ctx, "INDIRECT", "indirect:source-relative", content, null, ante, toks.slice(0, i), 0.55);
}

function complementAt(ctx: FrameContext, toks: Token[], i: number, lex: AttributionLexicon): Frame | null {
  // the owner: "seine Forderung", "die Forderung des Verbands", "der Plan von Minister X"
  const before = toks[i - 1];
  let subject: NP | null = null;
  let sourceTok: Token | null = null;
  let after = i + 1;
  const next = toks[i + 1];
  if (before && before.q === -1 && POSSESSIVES.has(before.lower)) sourceTok = before;
  else if (
    next &&
    next.q === -1 &&
    (GENITIVE_DETERMINERS.has(next.lower) || GENITIVE_POSSESSIVES.has(next.lower) || next.lower === "von")
  ) {
    subject = parseNP(toks, next.lower === "von" ? i + 2 : i + 1, lex);
    if (!subject || subject.pronoun || !(isNamed(subject) || isUnknownActor(subject))) return null;
    after = subject.end;
  } else return null;
  // "der Ankündigung ihres Trainers, Karl Weiß, die …": the owner's phrase may end after its apposition's
  // comma
  if (toks[after]?.text !== ",") {
    if (toks[after - 1]?.text !== "," || !subject) return null;
    after--;
  }
  const first = after + 1;
  const opener = toks[first];
  if (opener?.kind !== "word" || opener.q !== -1 || isRelativeOpener(toks, first)) return null;
  const to = clauseEnd(toks, first);
  if (!isContentClause(toks, first, to, lex)) return null;
  const content = contentOf(toks, first, to);
  if (!content) return null;
  return makeFrame(
    ctx,
    "INDIRECT",
    "indirect:speech-noun-complement",
    content,
    null,
    subject,
    toks.slice(0, first),
    0.6,
    sourceTok,
  );
}

/** The verb of a clause read for its subject: "vertrat" in "Gysi vertrat die These, …". */
const CLAUSE_VERB = plainSayingVerb();

/** A noun of a speech act as the object of the clause's verb, its content after the comma, the clause's
 * subject its speaker: "Gysi vertrat die These, die Partei stagniere", "So fassten die Grünen den
 * Beschluss, Gespräche zu führen", "X ist der Auffassung, dass …", "wandte sich mit der Aufforderung an
 * sie, …", "machte zur Bedingung, dass …". The verb makes the words the subject's own ("vertreten",
 * "fassen", "erteilen", "sein" of an opinion, SPEECH_NOUN_VERBS); "mit der Aufforderung" does so without
 * one. Other verbs answer someone else's words ("wies den Vorwurf zurück, …", "folgte der Empfehlung, …"). */
function objectAt(ctx: FrameContext, toks: Token[], i: number, lex: AttributionLexicon): Frame | null {
  // the phrase before the noun: an article, adjectives, maybe a preposition ("mit der", "zur")
  let d = i - 1;
  while (
    d >= 0 &&
    toks[d]!.q === -1 &&
    toks[d]!.kind === "word" &&
    !toks[d]!.cap &&
    !ARTICLES.includes(toks[d]!.lower) &&
    /(e|en|er|es|em)$/.test(toks[d]!.lower)
  )
    d--;
  const det = toks[d];
  if (!det || det.q !== -1 || det.kind !== "word") return null;
  let prep: string | null = null;
  if (ARTICLES.includes(det.lower)) {
    const p = toks[d - 1];
    if (p && p.q === -1 && (p.lower === "mit" || p.lower === "zu")) prep = p.lower;
  } else if (det.lower === "zur" || det.lower === "zum") prep = "zu";
  else return null;
  // the noun closes its clause, at most a participle or particle of the verb after it
  let comma = i + 1;
  while (
    comma < toks.length &&
    comma - i <= 2 &&
    toks[comma]!.q === -1 &&
    toks[comma]!.kind === "word" &&
    (SPEECH_NOUN_VERBS.has(toks[comma]!.lower) || SPEECH_NOUN_VERB_PARTICLES.has(toks[comma]!.lower))
  )
    comma++;
  if (toks[comma]?.text !== "," || toks[comma]!.q !== -1) return null;
  // a main clause: its finite verb before the noun, no subordinate opener
  const from = clauseStart(toks, i);
  const opener = toks[from];
  if (!opener || (SUBORDINATORS.has(opener.lower) && opener.lower !== "so") || isRelativeOpener(toks, from))
    return null;
  // "Da …, erteilten sie den Befehl": the clause after a subordinate clause opens with its verb
  const verbFirst =
    from > 0 && opener.q === -1 && !opener.cap && opener.kind === "word" && finiteForm(opener.lower);
  const v = verbFirst ? from : finiteVerbIndex(toks, from, i, lex);
  if (v < 0 || v >= d) return null;
  const verbs = [toks[v]!.lower, ...toks.slice(i + 1, comma).map((t) => t.lower)];
  const verb = verbs.find((w) => SPEECH_NOUN_VERBS.has(w));
  if (prep !== "mit" && !verb) return null;
  // "ist der Ansicht": a form of "sein" only with the genitive of an opinion
  if (
    verb &&
    /^(ist|war|sind|waren|sei|seien|wäre|wären|gewesen|sein)$/.test(verb) &&
    (prep || det.lower !== "der")
  )
    return null;
  const subject = cueSubject(toks, { idx: v, finiteIdx: v, particleIdx: -1, verb: CLAUSE_VERB } as Cue, lex);
  if (!subject || impersonalNP(subject) || (subject.start <= i && subject.end > i)) return null;
  if (!(isActor(subject) || isUnknownActor(subject))) return null;
  const first = comma + 1;
  const first0 = toks[first];
  if (first0?.kind !== "word" || first0.q !== -1 || isRelativeOpener(toks, first)) return null;
  if (!isContentClause(toks, first, clauseEnd(toks, first), lex)) return null;
  const content = contentOf(toks, first, toks.length);
  if (!content) return null;
  return makeFrame(
    ctx,
    "INDIRECT",
    "indirect:speech-noun-object",
    content,
    null,
    subject,
    toks.slice(0, first),
    0.6,
  );
}

/** A word that can be a finite verb in the indicative ("erteilten"), or one the dictionary does not know
 * ("wandte"), and no function word. */
function finiteForm(w: string): boolean {
  if (isFunction(w)) return false;
  const wc = wordClasses(w);
  return wc.indicative || !(wc.verb || wc.noun || wc.adjective || wc.participle);
}

export const speechNounComplementRule: FrameRule = {
  name: "speech-noun-complement",
  reports: [
    "indirect:speech-noun-complement",
    "indirect:speech-noun-object",
    "indirect:source-relative",
    "indirect:mit-speech-noun",
  ],
  read: speechNounComplement,
};
