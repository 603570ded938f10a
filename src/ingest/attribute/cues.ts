// Finding the cues of a unit: verbs of saying outside quotes (finite or participle), with the particle,
// reflexive and complement each verb needs in cues.yaml, and not in another sense of the word.

import { SUBORDINATORS } from "../german/conjunctions.ts";
import { DETERMINERS, POSSESSIVES } from "../german/determiners.ts";
import { ADJECTIVE_ENDING } from "../german/endings.ts";
import { AGENT_PREPOSITIONS, PREPOSITIONS } from "../german/prepositions.ts";
import { NEUTER_DEMONSTRATIVES } from "../german/pronouns.ts";
import { SUBJECT_RELATIVES } from "../german/relative-pronouns.ts";
import { FRONTED_CUE_PARTICLES } from "../german/speech-words.ts";
import { isTimeNoun } from "../german/time-nouns.ts";
import {
  AUXILIARIES,
  LASSEN_FORMS,
  LASSEN_SAYING_INFINITIVES,
  OTHER_MODALS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  STATIVE_AUXILIARIES,
} from "../german/verbs.ts";
import type { Token } from "../types.ts";
import { clauseEnd, clauseStart } from "./clause.ts";
import { type AttributionLexicon, type CueVerb, plainSayingVerb } from "./lexicon.ts";
import { parseNP } from "./np.ts";
import type { Unit } from "./text.ts";

export interface Cue {
  /** token index of the verb (finite or participle) */
  idx: number;
  /** token index of the finite verb of its clause (the auxiliary for "hatte … gesagt") */
  finiteIdx: number;
  particleIdx: number;
  verb: CueVerb;
}

// Loops rather than find/some with a closure: a closure over a loop variable makes V8 allocate a scope
// for every token the loop visits, and these run in loops over every token of every unit.

/** The cue whose verb is token `idx`. */
export function cueAt(cues: Cue[], idx: number): Cue | undefined {
  for (const q of cues) if (q.idx === idx) return q;
  return undefined;
}

/** The first cue whose verb stands before token `i`. */
export function firstCueBefore(cues: Cue[], i: number): Cue | undefined {
  for (const q of cues) if (q.idx < i) return q;
  return undefined;
}

function hasLemma(verbs: CueVerb[], lemma: string): boolean {
  for (const v of verbs) if (v.lemma === lemma) return true;
  return false;
}

/** Verbs of saying in the unit, outside quotes, with their particle/reflexive/complement conditions met. */
export function findCues(toks: Token[], lex: AttributionLexicon): Cue[] {
  const cues: Cue[] = [];
  const firstWord = toks.findIndex((t) => t.kind === "word");
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || t.q !== -1) continue;
    if (t.cap && i !== firstWord) continue;
    // most words are no verb of saying: one lookup, and nothing more is worked out for them
    if (!cueForms(lex).has(t.lower)) continue;
    let verbs = lex.finite.get(t.lower);
    // "mit einer bestätigten Höchstgeschwindigkeit", "die geforderten Änderungen": adjectives, not verbs
    const before = toks[i - 1];
    if (
      before &&
      before.q === -1 &&
      (DETERMINERS.has(before.lower) || POSSESSIVES.has(before.lower) || PREPOSITIONS.has(before.lower)) &&
      toks[i + 1]?.cap &&
      ADJECTIVE_ENDING.test(t.lower) &&
      // "Das berichteten Helfer vor Ort": no adjective in -en agrees with "das", the verb follows the object
      !(NEUTER_DEMONSTRATIVES.has(before.lower) && t.lower.endsWith("en"))
    )
      continue;
    const end = clauseEnd(toks, i);
    // "hatte … betont", "hat … erklärt": a form that is both finite and participle is the participle when
    // an auxiliary of the perfect stands before it in the clause
    if (verbs && lex.participle.has(t.lower) && perfectAux(toks, pastApposition(toks, i, lex), i) >= 0)
      verbs = undefined;
    // "wird … zitiert": the passive of zitieren, read below as a participle whose subject is the speaker
    if (verbs && lex.participle.get(t.lower)?.quotes && passiveAux(toks, clauseStart(toks, i), i) >= 0)
      verbs = undefined;
    // "müsse sehen", "will erklären": an infinitive after a modal or auxiliary is not the finite verb
    if (verbs && hasLemma(verbs, t.lower)) {
      const from = clauseStart(toks, i);
      for (let k = from; k < i; k++)
        if (toks[k]!.q === -1 && (AUXILIARIES.has(toks[k]!.lower) || OTHER_MODALS.has(toks[k]!.lower))) {
          verbs = undefined;
          break;
        }
    }
    let done = false;
    if (verbs) {
      for (const verb of verbs) {
        // "Wie die Polizei bekannt gab, …": the particle before the verb at the end of a subordinate clause
        const p = toks[i - 1];
        if (
          verb.particle &&
          FRONTED_CUE_PARTICLES.has(verb.particle) &&
          p?.lower === verb.particle &&
          p.q === -1 &&
          checkNeeds(toks, i, end, verb)
        ) {
          cues.push({ idx: i - 1, finiteIdx: i, particleIdx: i, verb });
          done = true;
          break;
        }
        const c = checkVerb(toks, i, end, verb);
        if (c >= -1) {
          cues.push({ idx: i, finiteIdx: i, particleIdx: c, verb });
          done = true;
          break;
        }
      }
    }
    if (done) continue;
    const lassen = lassenCue(toks, i, end);
    if (lassen) {
      cues.push(lassen);
      continue;
    }
    // "hat … bekannt gegeben": the participle of a particle verb written as two words
    const split = splitParticiple(toks, i, lex);
    const pverb = split ?? lex.participle.get(t.lower);
    if (pverb) {
      const first = split ? i - 1 : i;
      const start = pastApposition(toks, first, lex);
      let aux = -1;
      for (let k = start; k < first; k++) if (toks[k]!.q === -1 && AUXILIARIES.has(toks[k]!.lower)) aux = k;
      // "Wie die FIFA bekanntgegeben hat, …", "…, der das angegeben hatte, …": in a verb-final clause the
      // auxiliary of the perfect follows the participle and closes the clause
      if (aux < 0 && perfectAfter(toks, i)) aux = i + 1;
      // "zu sagen", "der gesagte Satz" are not frames; a passive ("wurde gefordert") names no speaker
      if (aux < 0 || toks[first - 1]?.lower === "zu") continue;
      // "Der Einzug ist geplant": a state, not a speech act (verbs of saying take "haben")
      if (
        STATIVE_AUXILIARIES.has(toks[aux]!.lower) &&
        toks[i + 1]?.lower !== "worden" &&
        !/gehen$/.test(pverb.lemma)
      )
        continue;
      // … except "zitiert werden" ("Der Minister wird mit den Worten zitiert: …" names the speaker) and a
      // passive with its agent ("wurde von der Opposition gefordert"), whose speaker cueSubject reads
      if (PASSIVE_AUXILIARIES.has(toks[aux]!.lower) && !pverb.quotes && agentAfter(toks, aux, i) < 0)
        continue;
      if (checkNeeds(toks, i, end, pverb) && (!pverb.reflexive || hasSich(toks, start, end)))
        cues.push({ idx: first, finiteIdx: aux, particleIdx: split ? i : -1, verb: pverb });
    }
  }
  return cues;
}

/** "Der Minister ließ durchblicken, dass …", "ließ über einen Sprecher mitteilen, …", "wie er mitteilen ließ",
 * "hat verlauten lassen": "lassen" with the bare infinitive of a verb of saying or showing makes its subject
 * the speaker. The infinitive closes the clause of a finite "lassen" or stands right before a final one;
 * "lässt sich erklären" (a passive of ability) and "zu lassen" say nothing. */
function lassenCue(toks: Token[], i: number, end: number): Cue | undefined {
  const t = toks[i]!;
  if (!LASSEN_FORMS.has(t.lower) || toks[i - 1]?.lower === "zu") return undefined;
  const from = clauseStart(toks, i);
  if (hasSich(toks, from, end)) return undefined;
  let last = end - 1;
  while (last > i && toks[last]!.kind !== "word") last--;
  // "lassen" closing its clause has its infinitive right before it; else the infinitive closes the clause
  const before = toks[i - 1];
  const verb =
    last > i
      ? toks[last]!.q === -1
        ? saidInfinitive(toks[last]!)
        : undefined
      : before && i - 1 > from && before.q === -1
        ? saidInfinitive(before)
        : undefined;
  if (!verb) return undefined;
  // "hat … verlauten lassen": the auxiliary of the perfect is the finite verb; "will … mitteilen lassen",
  // "…, der ihn erklären lassen wollte" leave the act to a modal: not a report that it happened
  let aux = -1;
  if (t.lower === "lassen") {
    aux = perfectAux(toks, from, i);
    if (aux < 0) {
      for (let k = from; k < end; k++)
        if (
          k !== i &&
          toks[k]!.q === -1 &&
          (AUXILIARIES.has(toks[k]!.lower) || OTHER_MODALS.has(toks[k]!.lower))
        )
          return undefined;
    }
  }
  return { idx: i, finiteIdx: aux >= 0 ? aux : i, particleIdx: -1, verb };
}

const lassenVerbs = new Map<string, CueVerb>();
/** The cue verb "<infinitive> lassen" when the word is the bare infinitive of a verb of saying or showing
 * (not of thinking: "Das lässt hoffen", "lässt vermuten, dass …" have a thing for subject and no speaker). */
function saidInfinitive(w: Token): CueVerb | undefined {
  if (w.cap || w.kind !== "word" || !LASSEN_SAYING_INFINITIVES.has(w.lower)) return undefined;
  let verb = lassenVerbs.get(w.lower);
  if (!verb) {
    verb = plainSayingVerb(`${w.lower} lassen`);
    lassenVerbs.set(w.lower, verb);
  }
  return verb;
}

/** The verb of "bekannt gegeben", "fest gestellt": a participle whose particle stands apart before it. */
function splitParticiple(toks: Token[], i: number, lex: AttributionLexicon): CueVerb | undefined {
  const p = toks[i - 1];
  if (!p || p.q !== -1 || !FRONTED_CUE_PARTICLES.has(p.lower)) return undefined;
  return lex.participle.get(p.lower + toks[i]!.lower);
}

/** The start of the clause of the word at `i`, past a name in commas right before it: "hatte ein Sprecher
 * der Stadt, Max Kern, erklärt" is one clause with its auxiliary. */
function pastApposition(toks: Token[], i: number, lex: AttributionLexicon): number {
  let c = clauseStart(toks, i);
  if (c !== i || c < 3 || toks[c - 1]!.text !== ",") return c;
  const a = clauseStart(toks, c - 2);
  if (a < 2 || toks[a - 1]!.text !== ",") return c;
  const np = parseNP(toks, a, lex);
  if (!np || np.pronoun || !np.names.length || (np.end !== c - 1 && np.end !== c)) return c;
  c = clauseStart(toks, a - 2);
  return c;
}

/** A perfect auxiliary right after the participle at `i`, closing a subordinate or relative clause. */
function perfectAfter(toks: Token[], i: number): boolean {
  const a = toks[i + 1];
  if (!a || a.q !== -1 || !PERFECT_AUXILIARIES.has(a.lower)) return false;
  const next = toks[i + 2];
  if (next && !(next.kind === "punct" && next.q === -1)) return false;
  const from = clauseStart(toks, i);
  const opener = toks[from];
  if (!opener || opener.q !== -1) return false;
  return (
    SUBORDINATORS.has(opener.lower) || (SUBJECT_RELATIVES.has(opener.lower) && toks[from - 1]?.text === ",")
  );
}

function perfectAux(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks[k]!.q === -1 && PERFECT_AUXILIARIES.has(toks[k]!.lower)) return k;
  return -1;
}

export function passiveAux(toks: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks[k]!.q === -1 && PASSIVE_AUXILIARIES.has(toks[k]!.lower)) return k;
  return -1;
}

/** "von"/"vom" between a passive auxiliary and its participle: the agent's phrase follows it. */
export function agentAfter(toks: Token[], aux: number, participle: number): number {
  const k = toks.findIndex(
    (t, k) => k > aux && k < participle && t.q === -1 && AGENT_PREPOSITIONS.has(t.lower),
  );
  if (k >= 0) return k;
  // "Von den Behörden wird angenommen, dass …": a definite agent opens the clause, before its auxiliary
  // ("Von glatter Desinformation wird gesprochen" is the object of "sprechen von")
  const c = clauseStart(toks, aux);
  const first = toks[c];
  const next = toks[c + 1];
  if (!(c < aux && first?.q === -1 && AGENT_PREPOSITIONS.has(first.lower) && next)) return -1;
  const definite =
    first.lower === "vom" || DETERMINERS.has(next.lower) || (next.cap && !isTimeNoun(next.lower));
  return definite ? c : -1;
}

export function hasSich(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.lower === "sich") return true;
  return false;
}

function checkNeeds(toks: Token[], i: number, end: number, verb: CueVerb): boolean {
  if (verb.unless.length > 0) {
    // "forderte 92 Menschenleben", "bestreitet sein zweites Gruppenspiel": another sense of the verb
    for (let k = clauseStart(toks, i); k < end; k++) {
      const w = toks[k]!;
      if (w.kind === "word" && w.q === -1 && w.cap && verb.unless.some((u) => w.lower.endsWith(u)))
        return false;
    }
  }
  if (verb.needs.length === 0) return true;
  // the complement may follow the clause's comma ("verwies darauf, dass"); a reflexive verb's adjective
  // may follow an apposition of the subject ("zeigte sich X, der Trainer, zufrieden")
  const limit = Math.min(toks.length, end + (verb.reflexive ? 10 : 3));
  for (let k = i + 1; k < limit; k++) if (verb.needs.includes(toks[k]!.lower)) return true;
  // "bezeichnete die Karten in einem Spiel, in dem …, als „übertrieben“": "als" with its quote after a
  // relative clause
  if (verb.needs.includes("als"))
    for (let k = limit; k + 1 < toks.length; k++)
      if (toks[k]!.lower === "als" && toks[k]!.q === -1 && toks[k + 1]!.kind === "qopen") return true;
  // a complement moved before the verb: "Als „Geschenk“ bezeichnet sie den Fund", "Von einer „Kampagne“
  // sprach er", "… als „falsch“ zurückgewiesen"
  if (!verb.reflexive)
    for (let k = clauseStart(toks, i); k < i; k++)
      if (toks[k]!.q === -1 && verb.needs.includes(toks[k]!.lower)) return true;
  return false;
}

/** -2: does not fit; -1: fits without particle; ≥0: index of the particle. */
function checkVerb(toks: Token[], i: number, end: number, verb: CueVerb): number {
  if (verb.reflexive && !hasSich(toks, i + 1, Math.min(end, i + 4))) return -2;
  if (!checkNeeds(toks, i, end, verb)) return -2;
  if (!verb.particle) {
    // a particle of another verb at the clause end changes the verb ("gab … bekannt" vs "gab")
    return -1;
  }
  // the particle closes the clause: "teilte … mit, …"; "nahm an der WM teil" is not annehmen
  let lastWord = end - 1;
  while (lastWord > i && toks[lastWord]!.kind !== "word") lastWord--;
  if (lastWord > i && toks[lastWord]!.lower === verb.particle && toks[lastWord]!.q === -1) return lastWord;
  // "teilte der Direktor der Behörde, X, mit.": the particle closes the sentence behind an apposition
  let last = toks.length - 1;
  while (last > i && toks[last]!.kind === "punct") last--;
  if (last > end && toks[last]!.lower === verb.particle && toks[last]!.q === -1 && toks[end]?.text === ",")
    return last;
  // "gab der Leiter der Behörde, X, bekannt, dass …": the particle closes the clause behind the apposition
  // and its content clause follows
  if (toks[end]?.text === ",") {
    const after = clauseEnd(toks, end + 1);
    const k = after + 1;
    if (
      toks[after]?.text === "," &&
      toks[k]?.lower === verb.particle &&
      toks[k]!.q === -1 &&
      toks[k + 1]?.text === ","
    )
      return k;
  }
  return -2;
}

/** Every finite and participle form of a verb of saying, for one lookup per word. */
let cueFormSet: { lex: AttributionLexicon; forms: Set<string> } | null = null;
function cueForms(lex: AttributionLexicon): Set<string> {
  if (cueFormSet?.lex !== lex)
    cueFormSet = {
      lex,
      forms: new Set([...lex.finite.keys(), ...lex.participle.keys(), ...splitForms(lex), ...LASSEN_FORMS]),
    };
  return cueFormSet.forms;
}

/** "gegeben" of "bekanntgegeben": the participles' rest after a particle that may stand apart. */
function splitForms(lex: AttributionLexicon): string[] {
  const rest: string[] = [];
  for (const p of lex.participle.keys())
    for (const particle of FRONTED_CUE_PARTICLES)
      if (p.startsWith(particle) && p.length > particle.length) rest.push(p.slice(particle.length));
  return rest;
}

/** The cues of a unit, found once: the frame reader and then the second pass over labels both need them
 * (one after the other, so the last unit is all there is to remember). */
let cuesOf: { unit: Unit; lex: AttributionLexicon; cues: Cue[] } | null = null;
export function unitCues(unit: Unit, lex: AttributionLexicon): Cue[] {
  if (cuesOf?.unit !== unit || cuesOf.lex !== lex) cuesOf = { unit, lex, cues: findCues(unit.toks, lex) };
  return cuesOf.cues;
}

/** The character span of a cue: the verb, through its particle ("teilte … mit"). */
export function cueSpan(toks: Token[], cue: Cue): { start: number; end: number } {
  return {
    start: toks[cue.idx]!.start,
    end: cue.particleIdx >= 0 ? toks[cue.particleIdx]!.end : toks[cue.idx]!.end,
  };
}
