// Reading one unit: which frame attributes it (a verb of saying before or after its content, a colon,
// "laut X", "X zufolge", "nach Angaben des X", a reported speech act), where the content is, and which
// phrase is the subject of the cue — the subject of the cue verb, never the subject of the content.

import { ADVERBS, FOCUS_PARTICLES } from "../german/adverbs.ts";
import { CLOSED_CLASS } from "../german/closed-class.ts";
import { CONTENT_OPENERS, COORDINATORS, SUBORDINATORS } from "../german/conjunctions.ts";
import { DETERMINERS, POSSESSIVES } from "../german/determiners.ts";
import { PREPOSITIONS } from "../german/prepositions.ts";
import { PERSONAL_PRONOUNS } from "../german/pronouns.ts";
import {
  AUXILIARIES,
  COPULAS,
  MODAL_VERBS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
} from "../german/verbs.ts";
import type { StatementKind } from "../types.ts";
import type { AttributionLexicon, CueVerb } from "./lexicon.ts";
import { isAdjectiveLike, type NP, parseNP } from "./np.ts";
import type { Tok, Unit } from "./text.ts";

export interface Cue {
  /** token index of the verb (finite or participle) */
  idx: number;
  /** token index of the finite verb of its clause (the auxiliary for "hatte … gesagt") */
  finiteIdx: number;
  particleIdx: number;
  verb: CueVerb;
}

export interface Frame {
  kind: StatementKind;
  rule: string;
  start: number;
  end: number;
  cue: { start: number; end: number } | null;
  /** the phrase that names the speaker, in unit tokens */
  subject: NP | null;
  /** "Nach Umerows Angaben", "nach dpa-Informationen": the speaker is a word, not a phrase */
  sourceTok: Tok | null;
  /** tokens outside the content (the frame), searched for the channel and the day */
  frameToks: Tok[];
  confidence: number;
  /** "so Selenskyj weiter" and "sagte er" — the content may continue the speaker's earlier words */
  impersonal: boolean;
  /** "Das berichtete X.": the content is the previous sentence */
  previous?: boolean;
  /** "X sagte:" at the end of the sentence: the content is the next sentence */
  pending?: boolean;
}

/** Speech acts whose quoted words are the statement ("nannte … „überzogen“"). */
const QUOTING_ACTS = new Set(["nennen", "bezeichnen", "sprechen", "schimpfen", "rechtfertigen"]);

const BOUNDARY = new Set([",", ";", ":", "–", "—", "(", ")"]);

export function isBoundary(t: Tok): boolean {
  return (
    (t.q === -1 && t.kind === "punct" && BOUNDARY.has(t.text)) || t.kind === "qopen" || t.kind === "qclose"
  );
}

// a short parenthesis ("Franz Josef Jung (CDU)", "des Komitees (OK)") belongs to its clause
const PAREN_SPAN = 8;

function clauseEnd(toks: Tok[], i: number): number {
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j]!;
    if (t.q === -1 && t.kind === "punct" && BOUNDARY.has(t.text)) {
      if (t.text !== "(") break;
      let m = j + 1;
      while (m < toks.length && m - j <= PAREN_SPAN && toks[m]!.text !== ")" && toks[m]!.text !== "(") m++;
      if (toks[m]?.text !== ")") break;
      j = m;
    }
    j++;
  }
  return j;
}

function clauseStart(toks: Tok[], i: number): number {
  let j = i;
  while (j > 0) {
    const t = toks[j - 1]!;
    if (t.q === -1 && t.kind === "punct" && BOUNDARY.has(t.text)) {
      if (t.text !== ")") break;
      let m = j - 2;
      while (m >= 0 && j - 1 - m <= PAREN_SPAN && toks[m]!.text !== "(" && toks[m]!.text !== ")") m--;
      if (m < 0 || toks[m]!.text !== "(" || m === 0) break;
      j = m;
      continue;
    }
    j--;
  }
  return j;
}

function isFunction(lower: string): boolean {
  return CLOSED_CLASS.has(lower);
}

/** Verbs of saying in the unit, outside quotes, with their particle/reflexive/complement conditions met. */
export function findCues(toks: Tok[], lex: AttributionLexicon): Cue[] {
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
      /(e|en|er|es|em)$/.test(t.lower)
    )
      continue;
    const end = clauseEnd(toks, i);
    // "hatte … betont", "hat … erklärt": a form that is both finite and participle is the participle when
    // an auxiliary of the perfect stands before it in the clause
    if (verbs && lex.participle.has(t.lower) && perfectAux(toks, clauseStart(toks, i), i) >= 0)
      verbs = undefined;
    // "wird … zitiert": the passive of zitieren, read below as a participle whose subject is the speaker
    if (verbs && lex.participle.get(t.lower)?.quotes && passiveAux(toks, clauseStart(toks, i), i) >= 0)
      verbs = undefined;
    // "müsse sehen", "will erklären": an infinitive after a modal or auxiliary is not the finite verb
    if (verbs?.some((v) => v.lemma === t.lower)) {
      const from = clauseStart(toks, i);
      for (let k = from; k < i; k++)
        if (
          toks[k]!.q === -1 &&
          (AUXILIARIES.has(toks[k]!.lower) ||
            /^(möchte|möchten|mag|müssten|könnten|sollten|wollten|dürften)$/.test(toks[k]!.lower))
        ) {
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
          /^(bekannt|klar|fest)$/.test(verb.particle) &&
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
    const pverb = lex.participle.get(t.lower);
    if (pverb) {
      const start = clauseStart(toks, i);
      let aux = -1;
      for (let k = start; k < i; k++) if (toks[k]!.q === -1 && AUXILIARIES.has(toks[k]!.lower)) aux = k;
      // "zu sagen", "der gesagte Satz" are not frames; a passive ("wurde gefordert") names no speaker
      if (aux < 0 || toks[i - 1]?.lower === "zu") continue;
      // "Der Einzug ist geplant": a state, not a speech act (verbs of saying take "haben")
      if (
        /^(ist|sind|war|waren|sei|seien)$/.test(toks[aux]!.lower) &&
        toks[i + 1]?.lower !== "worden" &&
        !/gehen$/.test(pverb.lemma)
      )
        continue;
      // … except "zitiert werden" ("Der Minister wird mit den Worten zitiert: …" names the speaker) and a
      // passive with its agent ("wurde von der Opposition gefordert"), whose speaker cueSubject reads
      if (PASSIVE_AUXILIARIES.has(toks[aux]!.lower) && !pverb.quotes && agentAfter(toks, aux, i) < 0)
        continue;
      if (checkNeeds(toks, i, end, pverb) && (!pverb.reflexive || hasSich(toks, start, end)))
        cues.push({ idx: i, finiteIdx: aux, particleIdx: -1, verb: pverb });
    }
  }
  return cues;
}

const NOT_CONTENT = new Set([
  "um",
  "nachdem",
  "welche",
  "welcher",
  "welches",
  "weil",
  "bevor",
  "obwohl",
  "damit",
  "sodass",
  "während",
  "als",
  "wenn",
]);

function perfectAux(toks: Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks[k]!.q === -1 && PERFECT_AUXILIARIES.has(toks[k]!.lower)) return k;
  return -1;
}

function passiveAux(toks: Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (toks[k]!.q === -1 && PASSIVE_AUXILIARIES.has(toks[k]!.lower)) return k;
  return -1;
}

/** "von"/"vom" between a passive auxiliary and its participle: the agent's phrase follows it. */
function agentAfter(toks: Tok[], aux: number, participle: number): number {
  return toks.findIndex((t, k) => k > aux && k < participle && t.q === -1 && /^(von|vom)$/.test(t.lower));
}

function hasSich(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.lower === "sich") return true;
  return false;
}

function checkNeeds(toks: Tok[], i: number, end: number, verb: CueVerb): boolean {
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
function checkVerb(toks: Tok[], i: number, end: number, verb: CueVerb): number {
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
  return -2;
}

/** Every finite and participle form of a verb of saying, for one lookup per word. */
let cueFormSet: { lex: AttributionLexicon; forms: Set<string> } | null = null;
function cueForms(lex: AttributionLexicon): Set<string> {
  if (cueFormSet?.lex !== lex)
    cueFormSet = { lex, forms: new Set([...lex.finite.keys(), ...lex.participle.keys()]) };
  return cueFormSet.forms;
}

/** The cues of a unit, found once: the frame reader and then the second pass over labels both need them
 * (one after the other, so the last unit is all there is to remember). */
let cuesOf: { unit: Unit; lex: AttributionLexicon; cues: Cue[] } | null = null;
function unitCues(unit: Unit, lex: AttributionLexicon): Cue[] {
  if (cuesOf?.unit !== unit || cuesOf.lex !== lex) cuesOf = { unit, lex, cues: findCues(unit.toks, lex) };
  return cuesOf.cues;
}

/** Index of the finite verb of a main clause starting at `from` (V2), or -1. */
export function finiteVerbIndex(toks: Tok[], from: number, to: number, lex: AttributionLexicon): number {
  let i = from;
  while (i < to && toks[i]!.kind === "word" && COORDINATORS.has(toks[i]!.lower)) i++;
  const t = toks[i];
  if (!t || t.q !== -1) return -1;
  let end: number;
  if (t.kind !== "word") return -1;
  if (PERSONAL_PRONOUNS.has(t.lower)) end = i + 1;
  else if (SUBORDINATORS.has(t.lower) && !ADVERBS.has(t.lower)) return -1;
  else if (ADVERBS.has(t.lower)) {
    end = i + 1;
    while (end < to && ADVERBS.has(toks[end]!.lower) && end - i < 3 && !lex.finite.has(toks[end]!.lower))
      end++;
    // "Auch der Minister sagte", "Nur Peskow widersprach": a focus adverb before the subject
    const np =
      FOCUS_PARTICLES.has(t.lower) && toks[end]?.q === -1 && !lex.finite.has(toks[end]!.lower)
        ? parseNP(toks, end, lex)
        : null;
    if (np && !np.pronoun && (np.names.length || np.role || np.det)) end = np.end;
  } else if (PREPOSITIONS.has(t.lower)) {
    const np = parseNP(toks, i + 1, lex);
    if (!np) {
      end = i + 2;
      while (end < to && (isAdjectiveLike(toks[end]!) || toks[end]!.cap)) end++;
    } else end = np.end;
  } else {
    const np = parseNP(toks, i, lex);
    if (!np) {
      if (t.cap) end = i + 1;
      else return -1;
    } else end = np.end;
  }
  // "Ein Sprecher des Weißen Hauses in Washington schränkte …": attached phrases before the verb
  for (let n = 0; n < 4; n++) {
    const p = toks[end];
    // and genitives: "Im Vorfeld der nun abgesagten Parade haben …"
    const genitive = !!p && p.q === -1 && /^(des|der)$/.test(p.lower) && toks[end + 1]?.kind !== "qopen";
    if (!p || p.q !== -1 || (!PREPOSITIONS.has(p.lower) && !genitive)) break;
    const np = parseNP(toks, genitive ? end : end + 1, lex, false);
    if (!np || np.pronoun) break;
    end = np.end;
  }
  // "Die Regel selbst stellte …", "Der Kanzler jedoch sagte …": a particle between the subject and the verb
  if (
    end > i &&
    /^(selbst|allein|jedoch|aber|hingegen|dagegen|indes|wiederum)$/.test(toks[end]?.lower ?? "")
  ) {
    const n = toks[end + 1];
    if (n?.kind === "word" && !n.cap && n.q === -1 && !isFunction(n.lower)) end++;
  }
  // a long prepositional prefield ("Nach dem Flug mit seinen Kollegen X und Y lenkte er …"): the verb is
  // the first plain word followed by a subject pronoun
  if (PREPOSITIONS.has(t.lower)) {
    for (let m = i + 1; m + 1 < to && m - i < 24; m++) {
      const w = toks[m]!;
      if (w.q !== -1 || (w.kind === "punct" && BOUNDARY.has(w.text))) break;
      if (w.kind !== "word" || w.cap || isFunction(w.lower)) continue;
      if (/^(er|sie|es|man|wir|ich)$/.test(toks[m + 1]!.lower)) return m;
    }
  }
  const v = toks[end];
  const verbAt =
    v?.kind === "word" && !v.cap && v.q === -1 && (!isFunction(v.lower) || AUXILIARIES.has(v.lower));
  if (verbAt) return end;
  return -1;
}

/** Konjunktiv of the main clause: the marker lists, or a finite verb in -e after a 3rd-person subject. */
export function isKonjunktiv(
  toks: Tok[],
  from: number,
  to: number,
  lex: AttributionLexicon,
  withKonjunktiv2 = true,
): boolean {
  let marker = false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (lex.konjunktiv1.has(t.lower) || (withKonjunktiv2 && lex.konjunktiv2.has(t.lower))) {
      // "habe ich", "werde ich" are first person indicative
      const next = toks[k + 1]?.lower;
      if (next === "ich" || toks[k - 1]?.lower === "ich") continue;
      marker = true;
      break;
    }
  }
  if (marker) return true;
  const v = finiteVerbIndex(toks, from, to, lex);
  if (v < 0) return false;
  const w = toks[v]!.lower;
  if (lex.indicative.has(w)) return false;
  const subj = toks[from]!.lower;
  if (subj === "ich" || subj === "wir" || subj === "du") return false;
  return /[^t]e$/.test(w) && w.length > 3 && !isFunction(w);
}

function wordsIn(toks: Tok[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (toks[k]!.kind === "word") n++;
  return n;
}

function skipAdverbs(toks: Tok[], i: number): number {
  let j = i;
  for (let n = 0; n < 4; n++) {
    const t = toks[j];
    if (!t || t.q !== -1) break;
    if (t.lower === "sich" || ADVERBS.has(t.lower)) {
      j++;
      continue;
    }
    // "am Sonntag", "am Mittwoch (Ortszeit)"
    if (
      (t.lower === "am" || t.lower === "in") &&
      toks[j + 1]?.cap &&
      /tag$|woche|nacht|abend|morgen/i.test(toks[j + 1]!.text)
    ) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Subject of a V2 clause whose finite verb is at v: the prefield phrase, else the phrase after the verb. */
export function subjectOf(toks: Tok[], from: number, v: number, lex: AttributionLexicon): NP | null {
  let i = from;
  // "Sowohl Kiew als auch die Europäer forderten": the first conjunct stands for the subject
  while (
    i < v &&
    toks[i]!.kind === "word" &&
    (COORDINATORS.has(toks[i]!.lower) || /^(sowohl|weder|entweder)$/.test(toks[i]!.lower))
  )
    i++;
  // "Auch der Minister sagte", "Nur Peskow widersprach": a focus adverb before the subject
  if (i < v && FOCUS_PARTICLES.has(toks[i]!.lower)) {
    const np = parseNP(toks, i + 1, lex);
    if (np && !np.pronoun && np.end === v && (np.names.length || np.role || np.det)) return np;
  }
  if (i < v) {
    const t = toks[i]!;
    if (!PREPOSITIONS.has(t.lower) && !ADVERBS.has(t.lower) && !SUBORDINATORS.has(t.lower)) {
      const np = parseNP(toks, i, lex);
      if (np && np.end >= v - 1) return np;
      // "Theo Kitz vom Bankhaus Merck Finck sagte": attachments after the phrase, no verb among them
      if (np && !np.pronoun && nominalOnly(toks, np.end, v)) return np;
    }
  }
  const after = skipAdverbs(toks, v + 1);
  const np = parseNP(toks, after, lex);
  if (np && (np.pronoun || np.names.length || np.role || np.org || np.title || np.det || np.caps.length))
    return np;
  return null;
}

/** The phrase that opens the unit, when it is a noun phrase (possibly with an apposition). */
function initialNP(toks: Tok[], lex: AttributionLexicon): NP | null {
  const first = toks.findIndex((t) => t.kind === "word" && t.q === -1);
  let i = first;
  while (i >= 0 && toks[i] && COORDINATORS.has(toks[i]!.lower)) i++;
  const t = toks[i];
  if (!t || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || ADVERBS.has(t.lower)) return null;
  return parseNP(toks, i, lex);
}

/** "Stephen Singer, ein Klimaexperte vom WWF erklärte": a role phrase between a comma and the verb. */
function isApposition(toks: Tok[], from: number, v: number, lex: AttributionLexicon): boolean {
  const np = parseNP(toks, from, lex);
  const np0 = initialNP(toks, lex);
  const named = (x: NP | null) => !!x && !x.pronoun && !!(x.role || x.org || x.names.length);
  // the opening phrase must reach the comma: "Der Stürmer X nannte …, Trainer Y bezeichnete …" is two clauses
  return named(np) && np!.end === v && named(np0) && np0!.end >= from - 1;
}

/** Subject of a cue verb: the prefield of its clause, the sentence-initial phrase for "X, Role, sagte" and
 * "… und ergänzte", else the phrase after the verb. */
function cueSubject(toks: Tok[], cue: Cue, lex: AttributionLexicon): NP | null {
  const v = cue.finiteIdx;
  const from = clauseStart(toks, v);
  // "Seine Werke werden von Kennern als „…“ bezeichnet": in the passive the speaker is the agent after "von";
  // without one nobody is named
  const passive = passiveAux(toks, from, cue.idx);
  if (passive >= 0 && lex.participle.has(toks[cue.idx]!.lower) && !cue.verb.quotes) {
    const von = agentAfter(toks, passive, cue.idx);
    if (von >= 0) return parseNP(toks, von + 1, lex);
    // "wurden im „Standard“ als „…“ bezeichnet": the paper where it was written
    const inn = toks.findIndex(
      (t, k) => k > passive && k < cue.idx && t.q === -1 && /^(im|in)$/.test(t.lower),
    );
    const medium = inn >= 0 ? parseNP(toks, inn + 1, lex) : null;
    return medium && (medium.title || medium.media) ? medium : null;
  }
  // "…, die unter anderem skandierten: „…“", "…, der sagte: „…“": a relative clause's speaker is the phrase
  // it hangs on
  if (isRelativeOpener(toks, from) && v > from) return antecedent(toks, from - 1, lex);
  const prev = toks[v - 1];
  const coordinated = prev?.lower === "und" || prev?.lower === "sowie";
  if (from === 0 && !coordinated) return subjectOf(toks, 0, v, lex);
  if (from === v || coordinated || isApposition(toks, from, v, lex)) {
    const np0 = initialNP(toks, lex);
    if (
      np0 &&
      (toks[np0.end]?.text === "," || np0.end === v || coordinated || nominalOnly(toks, np0.end, v)) &&
      !np0.pronoun?.lower.match(/^es$/)
    ) {
      const after = parseNP(toks, skipAdverbs(toks, v + 1), lex);
      // "Als der Minister kam, sagte er" — a subject right after the verb wins over a subordinate clause
      if (
        after &&
        (after.pronoun || after.names.length || after.role) &&
        !coordinated &&
        toks[np0.end]?.text !== ","
      )
        return after;
      return np0;
    }
    const after = parseNP(toks, skipAdverbs(toks, v + 1), lex);
    if (after && (after.pronoun || after.names.length || after.role || after.org || after.det)) return after;
    return conjunctSubject(toks, coordinated ? v - 1 : from - 1, lex) ?? after;
  }
  return subjectOf(toks, from, v, lex);
}

/** "… biss der Mann den Helfer und rief: …", "Die UN bestätigten den Vorfall, teilten aber mit, …": a verb
 * coordinated with the main clause before it shares that clause's subject. */
function conjunctSubject(toks: Tok[], sep: number, lex: AttributionLexicon): NP | null {
  if (sep <= 0) return null;
  const from = clauseStart(toks, sep);
  if (from >= sep) return null;
  let v = finiteVerbIndex(toks, from, sep, lex);
  // verb first after a subordinate clause: "Als er kam, biss der Mann …"
  const first = toks[from]!;
  if (v < 0 && from > 0 && first.kind === "word" && !first.cap && first.q === -1 && !isFunction(first.lower))
    v = from;
  if (v < 0) return null;
  const np = subjectOf(toks, from, v, lex);
  if (!np || impersonalNP(np)) return null;
  return np;
}

/** Only noun-phrase material (names, determiners, prepositions, adjectives, punctuation) between from and to. */
function nominalOnly(toks: Tok[], from: number, to: number): boolean {
  if (to - from > 14) return false;
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.kind !== "word" || t.cap) continue;
    if (
      DETERMINERS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      POSSESSIVES.has(t.lower) ||
      /^(und|oder|als|auch|noch|sowie|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert)$/.test(
        t.lower,
      ) ||
      /^\d/.test(t.text)
    )
      continue;
    if (isAdjectiveLike(t)) continue;
    return false;
  }
  return true;
}

/** A clause, not a bare phrase: a quote, or a lower-case word that is not a function word after a determiner. */
function hasClauseWord(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind === "qopen") return true;
    if (t.kind !== "word" || t.cap) continue;
    if (isFunction(t.lower) && !AUXILIARIES.has(t.lower)) continue;
    const prev = toks[k - 1];
    if (prev && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower))) continue;
    return true;
  }
  return false;
}

function infinitiveClause(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word") continue;
    if (t.lower === "zu" && toks[k + 1]?.kind === "word" && !toks[k + 1]!.cap) return true;
    if (
      /^(an|auf|aus|ab|ein|mit|vor|zurück|weg|fest|her|hin|bei|nach|um|weiter|durch|los)zu\p{Ll}+en$/u.test(
        t.lower,
      )
    )
      return true;
  }
  return false;
}

function contentLike(toks: Tok[], before: number): boolean {
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
    /^(bis|während|seit)$/.test(w.lower) &&
    (DETERMINERS.has(next) || PREPOSITIONS.has(next) || /^(ins|zum|zur|\d+)$/.test(next));
  if (SUBORDINATORS.has(w.lower) && w.lower !== "dass" && !preposition) return false;
  let end = first;
  while (end < before && !(toks[end]!.q === -1 && toks[end]!.text === ",")) end++;
  for (let k = first; k < end; k++) {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word" || t.cap) continue;
    if (isFunction(t.lower) && !AUXILIARIES.has(t.lower)) continue;
    const prev = toks[k - 1];
    if (prev && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower) || PREPOSITIONS.has(prev.lower)))
      continue;
    if (/^\d/.test(t.text)) continue;
    return true;
  }
  return false;
}

/** "…, so X, …" / "…, so vermutet X, …": the frame at `so` is followed by a comma and more of the sentence. */
function interjected(toks: Tok[], so: number, lex: AttributionLexicon): boolean {
  let j = so + 1;
  if (toks[j]?.kind === "word" && !toks[j]!.cap && lex.finite.has(toks[j]!.lower)) j++;
  const np = parseNP(toks, skipAdverbs(toks, j), lex);
  if (!np || np.pronoun) return false;
  let e = skipAdverbs(toks, np.end);
  if (toks[e - 1]?.text === ",") e--;
  return toks[e]?.text === "," && wordsIn(toks, e + 1, toks.length) >= 3;
}

function contentOf(toks: Tok[], from: number, to: number): { start: number; end: number } | null {
  let a = from;
  let b = to;
  while (a < b && toks[a]!.kind === "punct" && toks[a]!.q === -1 && BOUNDARY.has(toks[a]!.text)) a++;
  while (
    b > a &&
    toks[b - 1]!.kind === "punct" &&
    toks[b - 1]!.q === -1 &&
    /^[,.;:!?–—-]$/.test(toks[b - 1]!.text)
  )
    b--;
  if (b <= a || wordsIn(toks, a, b) < 2) return null;
  return { start: toks[a]!.start, end: toks[b - 1]!.end };
}

function onlyQuote(toks: Tok[], from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && toks[a]!.kind === "punct" && toks[a]!.q === -1 && toks[a]!.kind !== "qopen") a++;
  while (b > a && toks[b - 1]!.kind === "punct" && toks[b - 1]!.q === -1 && toks[b - 1]!.kind !== "qclose")
    b--;
  if (toks[a]?.kind !== "qopen") return false;
  for (let k = a + 1; k < b; k++) if (toks[k]!.q === -1 && toks[k]!.kind === "word") return false;
  return true;
}

function span(toks: Tok[], from: number, to: number): Tok[] {
  return toks.slice(Math.max(0, from), Math.max(0, to));
}

function negated(toks: Tok[], v: number, end: number): boolean {
  for (let k = v + 1; k < Math.min(end, v + 9); k++) {
    const w = toks[k]!.lower;
    if (w === "nicht" || w === "nichts" || w === "kein" || w === "keine" || w === "nie") return true;
  }
  return false;
}

interface SourceFrame {
  from: number;
  to: number;
  subject: NP | null;
  sourceTok: Tok | null;
  rule: string;
  /** "nach eigenen Angaben": the subject of the clause is the source */
  own?: boolean;
}

const SOURCE_SUFFIX =
  /(angaben|informationen|meinung|einschätzung|schätzungen|erkenntnissen|ermittlungen|recherchen|darstellung|aussagen?|worten|umfragen?|studien?|berechnungen|berichten|ansicht|auffassung|vernehmen|kenntnis|bericht|stellungnahme|analyse|auswertung)$/i;

function isSourceNoun(word: string, lex: AttributionLexicon): boolean {
  return lex.angabenNouns.has(word.toLowerCase()) || SOURCE_SUFFIX.test(word);
}

/** "laut X", "X zufolge", "nach Angaben des X", "nach X-Informationen", "Nach Umerows Angaben". */
export function findSourceFrames(toks: Tok[], lex: AttributionLexicon): SourceFrame[] {
  const out: SourceFrame[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || t.q !== -1) continue;
    if (lex.laut.has(t.lower)) {
      const np = parseNP(toks, i + 1, lex);
      if (np)
        out.push({
          from: i,
          to: np.end,
          subject: ownerOf(toks, np, lex),
          sourceTok: null,
          rule: "reported:laut",
        });
    } else if (lex.zufolge.has(t.lower) && i > 0) {
      // walk back over the phrase before "zufolge"
      let s = i;
      while (s > 0) {
        const p = toks[s - 1]!;
        if (p.q !== -1 || p.kind === "qopen" || p.kind === "qclose") {
          s--;
          continue;
        }
        if (p.kind !== "word") break;
        if (p.cap || DETERMINERS.has(p.lower) || isAdjectiveLike(p) || p.lower === "und") {
          s--;
          continue;
        }
        break;
      }
      // keep the longest phrase that parses and ends at "zufolge"
      let np: NP | null = null;
      for (let a = s; a < i && !np; a++) {
        const cand = parseNP(toks, a, lex);
        if (cand && (cand.end === i || coordEnd(toks, cand.end, i, lex))) np = cand;
      }
      if (np)
        out.push({
          from: np.start,
          to: i + 1,
          subject: ownerOf(toks, np, lex),
          sourceTok: null,
          rule: "reported:zufolge",
        });
    } else if (t.lower === "nach" || t.lower === "wie") {
      const n1 = toks[i + 1];
      if (!n1 || n1.q !== -1) continue;
      // nach [den] [eigenen|offiziellen] Angaben/Berechnungen/Meinung [des X | von X | Russlands]
      let j = i + 1;
      const adjs: string[] = [];
      if (t.lower === "nach" && DETERMINERS.has(n1.lower)) j++;
      while (t.lower === "nach" && toks[j] && isAdjectiveLike(toks[j]!) && j - i < 5)
        adjs.push(toks[j++]!.lower);
      const noun = toks[j];
      if (t.lower === "nach" && noun && noun.cap && noun.q === -1 && isSourceNoun(noun.text, lex)) {
        const n2 = toks[j + 1];
        if (
          n2 &&
          n2.q === -1 &&
          (n2.lower === "von" ||
            n2.lower === "aus" ||
            n2.lower === "des" ||
            n2.lower === "der" ||
            n2.lower === "eines" ||
            n2.lower === "einer")
        ) {
          const np = parseNP(toks, n2.lower === "von" || n2.lower === "aus" ? j + 2 : j + 1, lex);
          if (np)
            out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
        } else if (
          n2?.cap &&
          n2.kind === "word" &&
          n2.q === -1 &&
          /s$/.test(n2.text) &&
          !isSourceNoun(n2.text, lex)
        ) {
          const np = parseNP(toks, j + 1, lex, false);
          if (np)
            out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
        } else if (adjs.includes("eigenen")) {
          out.push({
            from: i,
            to: j + 1,
            subject: null,
            sourceTok: null,
            rule: "reported:eigene-angaben",
            own: true,
          });
        } else if (/-/.test(noun.text) || !lex.angabenNouns.has(noun.lower)) {
          // "nach dpa-Informationen", "nach Expertenmeinung": the source is inside the word
          if (
            !lex.vagueSources.has(noun.lower) &&
            /^(?!angaben|informationen|berichten|meinung)/i.test(noun.text)
          )
            out.push({
              from: i,
              to: j + 1,
              subject: null,
              sourceTok: noun,
              rule: "reported:nach-informationen",
            });
        }
        continue;
      }
      if (t.lower === "nach" && /-(informationen|angaben|recherchen)$/i.test(n1.text)) {
        out.push({ from: i, to: i + 2, subject: null, sourceTok: n1, rule: "reported:nach-informationen" });
      } else if (
        t.lower === "nach" &&
        n1.cap &&
        /s$/.test(n1.text) &&
        lex.angabenNouns.has(toks[i + 2]?.lower ?? "")
      ) {
        out.push({ from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" });
      } else if (
        t.lower === "nach" &&
        POSSESSIVES.has(n1.lower) &&
        /^(angaben|worten|aussage|aussagen|darstellung|einschätzung|ansicht|auffassung|meinung|kenntnis)$/.test(
          toks[i + 2]?.lower ?? "",
        )
      ) {
        out.push({ from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" });
      }
    }
    // "ihrer Meinung nach", "seinen Angaben nach"
    if (
      t.lower === "nach" &&
      i >= 2 &&
      isSourceNoun(toks[i - 1]!.text, lex) &&
      POSSESSIVES.has(toks[i - 2]!.lower)
    )
      out.push({
        from: i - 2,
        to: i + 1,
        subject: null,
        sourceTok: toks[i - 2]!,
        rule: "reported:nach-angaben",
      });
  }
  return out;
}

/** "einem Bericht der Organisation X", "Angaben des ZDF": a report speaks for its owner. */
function ownerOf(toks: Tok[], np: NP, lex: AttributionLexicon): NP {
  const headTok = np.head ?? np.caps[0];
  const head = headTok?.lower ?? "";
  if (!(lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || isSourceNoun(headTok?.text ?? "", lex)))
    return np;
  // the owner is a modifier the phrase took ("einem Bericht der X") or follows the bare noun ("Angaben des X")
  const first = np.modifiers[0] ?? (np.caps.length === 1 ? toks[np.end] : undefined);
  if (!first || first.q !== -1 || !/^(von|vom|des|der|eines|einer)$/.test(first.lower)) return np;
  const at = toks.indexOf(first);
  const owner = parseNP(toks, /^(von|vom)$/.test(first.lower) ? at + 1 : at, lex);
  return owner?.caps.length && !owner.pronoun ? { ...owner, end: Math.max(np.end, owner.end) } : np;
}

function coordEnd(toks: Tok[], from: number, to: number, lex: AttributionLexicon): boolean {
  if (toks[from]?.lower !== "und") return false;
  const np = parseNP(toks, from + 1, lex);
  return !!np && np.end === to;
}

/** "Berichten", "Medienberichten" name nobody; "ai-Bericht", "OSZE-Bericht" do. */
const VAGUE_REPORT = /^(medien|presse|zeitungs)?berichte?n?$/;

function isVague(sf: SourceFrame, lex: AttributionLexicon): boolean {
  const np = sf.subject;
  if (!np) return sf.sourceTok ? /^(berichten|medien)/i.test(sf.sourceTok.text) : false;
  // "einem Bericht der Menschenrechtsorganisation Amnesty", "Angaben des ZDF": the owner names the source
  if (
    np.modifiers.some(
      (t) => t.cap && t.q === -1 && !lex.vagueSources.has(t.lower) && !VAGUE_REPORT.test(t.lower),
    )
  )
    return false;
  const c0 = np.caps[0]?.lower ?? "";
  if (lex.vagueSources.has(c0) || VAGUE_REPORT.test(c0)) return true;
  if (np.pronoun || np.names.length || np.title) return false;
  const head = np.head?.lower ?? "";
  return lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || /^(seite|seiten)$/.test(head);
}

/** A headline or photo caption: a short paragraph of its own that does not end like a sentence. */
export function isHeadline(unit: Unit): boolean {
  if (!(unit.paragraphStart && unit.paragraphEnd)) return false;
  return !/[.!?:“”"»«]\s*$/.test(unit.text) && unit.text.length < 160;
}

/** The frame that attributes this unit, if any. */
export function readFrame(unit: Unit, lex: AttributionLexicon): Frame | null {
  const f = readFrameOf(unit, lex);
  if (f?.cue && f.subject) {
    // "Die Zeitung zitierte den Minister mit den Worten …": who is quoted speaks, the subject only reports
    const toks = unit.toks;
    const quoting = (k: number) => !!lex.finite.get(toks[k]?.lower ?? "")?.some((x) => x.quotes);
    // the cue itself, or the verb whose words "mit den Worten" introduces
    let v = toks.findIndex((t) => t.start === f.cue!.start);
    if (f.rule === "direct:mit-worten") v = toks.findIndex((t, k) => t.q === -1 && quoting(k));
    if (v >= 0 && quoting(v)) {
      const at = skipAdverbs(toks, f.subject.start > v ? f.subject.end : v + 1);
      const him = toks[at]?.q === -1 && /^(ihn|ihm)$/.test(toks[at]!.lower) ? toks[at]! : null;
      // "zitierte ihn": the object pronoun stands for the person "er" would
      const obj = him
        ? { ...f.subject, start: at, end: at + 1, pronoun: { ...him, lower: "er" }, names: [], role: null }
        : parseNP(toks, at, lex);
      if (obj && (obj.names.length || obj.role || /^(er|sie)$/.test(obj.pronoun?.lower ?? "")))
        f.subject = obj;
    }
  }
  return f;
}

function readFrameOf(unit: Unit, lex: AttributionLexicon): Frame | null {
  const toks = unit.toks;
  if (toks.length === 0) return null;
  // the frames that read a quotation are skipped in the many sentences without one
  const quoted = unit.quotes.length > 0;
  const cues = unitCues(unit, lex);
  const sources = findSourceFrames(toks, lex).filter((s) => !isVague(s, lex) || s.rule === "reported:laut");
  const firstWord = toks.findIndex((t) => t.kind === "word" && t.q === -1);
  const unitEnd = toks.length;

  const mk = (
    kind: StatementKind,
    rule: string,
    content: { start: number; end: number },
    cue: Cue | null,
    subject: NP | null,
    frameToks: Tok[],
    confidence: number,
    sourceTok: Tok | null = null,
  ): Frame => ({
    kind,
    rule,
    start: content.start,
    end: content.end,
    cue: cue ? cueSpan(toks, cue) : null,
    subject,
    sourceTok,
    frameToks,
    confidence,
    impersonal: false,
  });

  for (const s of sources) {
    if (!s.own) continue;
    const v = finiteVerbIndex(toks, 0, unitEnd, lex);
    s.subject = v >= 0 ? subjectOf(toks, 0, v, lex) : null;
  }
  // 1. a source frame that opens the sentence frames all of it: "Nach Angaben des X verliefen …"
  const initial = sources.find(
    (s) => s.from <= firstWord + 1 && !isVague(s, lex) && (s.subject || s.sourceTok),
  );
  if (initial) {
    const all = contentOf(toks, 0, unitEnd);
    if (all)
      return mk(
        "REPORTED",
        initial.rule,
        all,
        null,
        initial.subject,
        span(toks, initial.from, initial.to),
        0.8,
        initial.sourceTok,
      );
  }

  // "Das berichtete die Zeitung." — the sentence before is the content
  const w0 = toks[firstWord];
  if (w0 && /^(das|dies|dieses)$/.test(w0.lower)) {
    let cue = cues.find((q) => q.finiteIdx === firstWord + 1 && q.verb.content !== "reported");
    // "Das musste der Minister einräumen.", "Dies wollte X nicht bestätigen.": a modal and the infinitive
    if (!cue && MODAL_VERBS.has(toks[firstWord + 1]?.lower ?? "")) {
      let last = unitEnd - 1;
      while (last > firstWord && toks[last]!.kind !== "word") last--;
      const verb = lex.lemmas.get(toks[last]!.lower);
      if (verb && verb.content !== "reported" && toks[last]!.q === -1)
        cue = { idx: last, finiteIdx: firstWord + 1, particleIdx: -1, verb };
    }
    // "Dies geht aus einer Mitteilung des Konzerns hervor": the source follows "aus"
    const aus = cue?.verb.lemma === "hervorgehen" && toks[cue.finiteIdx + 1]?.lower === "aus";
    const subject = cue ? parseNP(toks, skipAdverbs(toks, cue.finiteIdx + (aus ? 2 : 1)), lex) : null;
    // commas only inside the subject ("Dies teilte der Sprecher, Jan Roth, mit") or after the frame
    // ("Dies geht aus einer Mitteilung hervor, die am Mittwoch erschien")
    const frameEnd = subject ? Math.max(subject.end, (cue?.particleIdx ?? -1) + 1) : 0;
    const commaOutside = toks.some(
      (t, k) =>
        t.q === -1 && t.text === "," && (!subject || k < subject.start || (k >= subject.end && k < frameEnd)),
    );
    if (cue && wordsIn(toks, 0, unitEnd) <= 18 && !commaOutside) {
      if (subject && !subject.pronoun) {
        const f = mk(
          "INDIRECT",
          "indirect:das-sagte-x",
          { start: unit.start, end: unit.start },
          cue,
          subject,
          toks,
          0.8,
        );
        f.previous = true;
        return f;
      }
    }
  }

  // "Wie die Polizei mitteilte, wurde …", "Denn wie schon die WHO sagte, …"
  const wieAt = w0 && /^(denn|und|aber|doch)$/.test(w0.lower) ? firstWord + 1 : firstWord;
  if (toks[wieAt]?.lower === "wie" && toks[wieAt]!.q === -1) {
    const cue = cues.find((q) => q.idx > wieAt && q.verb.content !== "reported");
    const comma = cue ? clauseEnd(toks, Math.max(cue.idx, cue.particleIdx)) : -1;
    if (cue && toks[comma]?.text === ",") {
      const subject = parseNP(toks, skipAdverbs(toks, wieAt + 1), lex);
      const content = contentOf(toks, comma + 1, unitEnd);
      if (subject && content)
        return mk("INDIRECT", "indirect:wie-x-sagte", content, cue, subject, span(toks, 0, comma), 0.85);
    }
  }

  // 2. cue after the content: "„…“, sagte X." / "…, erklärte der Kreml." / "…, so X weiter."
  for (let c = 1; c < toks.length; c++) {
    const t = toks[c]!;
    if (t.q !== -1 || t.kind !== "word") continue;
    const prev = toks[c - 1]!;
    const afterComma = prev.text === "," && prev.q === -1;
    const afterQuote = prev.kind === "qclose" || (afterComma && toks[c - 2]?.kind === "qclose");
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
    let subjAt = -1;
    let rule = "";
    if (t.lower === "so" && afterComma) {
      // "…, so der Bericht," and "…, so schätzen die Forscher,"
      const v = cues.find((q) => q.idx === c + 1);
      subjAt = v ? skipAdverbs(toks, c + 2) : c + 1;
      cue = v;
      rule = "indirect:so-x";
    } else if (t.lower === "wie" && afterComma) {
      // "…, wie X sagte."
      // the verb closes the clause ("wie ein Sprecher sagte", "wie es hieß", "wie X berichtet hatte"); "wie er
      // das behaupten konnte" is an indirect question, not a frame
      const end = clauseEnd(toks, c);
      cue = cues.find((q) => {
        if (q.idx <= c || q.idx >= end) return false;
        for (let k = Math.max(q.idx, q.particleIdx) + 1; k < end; k++)
          if (
            toks[k]!.kind === "word" &&
            !PERFECT_AUXILIARIES.has(toks[k]!.lower) &&
            !/^(wurde|worden)$/.test(toks[k]!.lower)
          )
            return false;
        return true;
      });
      if (!cue) continue;
      subjAt = skipAdverbs(toks, c + 1);
      rule = "indirect:wie-x-sagte";
    } else {
      cue = cues.find(
        (q) =>
          (q.idx === c || (q.finiteIdx === c && q.verb.quotes)) &&
          (q.verb.content !== "reported" || afterQuote),
      );
      if (!cue) continue;
      // "Über Russland, …, schrieb Witkoff: „…“" is a colon frame, not content before the verb
      const ce = clauseEnd(toks, c);
      if (toks[ce]?.text === ":") continue;
      subjAt = skipAdverbs(toks, c + 1);
      rule = "cue-after";
    }
    let subject = parseNP(toks, subjAt, lex);
    if (rule === "indirect:so-x" && (!subject || (subject.caps.length === 0 && !subject.pronoun))) continue;
    // content before the verb puts the subject after it ("…, sagte X"); without one this is not the frame:
    // "Die UN bestätigten den Vorfall, teilten aber mit, …" reads the verb before its content
    if (!subject) continue;
    let impersonal = false;
    if (subject?.pronoun?.lower === "es" && cue?.verb.impersonal) {
      // "hieß es aus Regierungskreisen"
      impersonal = true;
      // "hieß es aus Regierungskreisen", "hieß es in der Rede"
      const aus = toks.findIndex(
        (x, k) => k > c && /^(aus|von|vom|in|im|bei|beim)$/.test(x.lower) && x.q === -1,
      );
      subject = aus > 0 ? parseNP(toks, aus + 1, lex) : null;
      if (!subject) continue;
    }
    let content = contentOf(toks, 0, before);
    if (!content) continue;
    const direct = onlyQuote(toks, 0, before);
    // an interjected frame: "Der Präsident sei, so Gamkrelids, schuld daran" — the content goes on
    if (subject && !direct) {
      let e = skipAdverbs(toks, subject.end);
      if (toks[e]?.text === ",") e++;
      if (toks[e - 1]?.text === "," && wordsIn(toks, e, unitEnd) >= 3 && toks[e]?.kind !== "qopen")
        content = contentOf(toks, 0, unitEnd) ?? content;
    }
    const kind: StatementKind = direct ? "DIRECT" : "INDIRECT";
    const frame = mk(
      kind,
      `${direct ? "direct" : "indirect"}:${rule.replace(/^indirect:/, "")}`,
      content,
      cue ?? null,
      subject,
      span(toks, c, unitEnd),
      subject ? 0.9 : 0.5,
    );
    if (rule === "indirect:so-x") frame.cue = { start: t.start, end: t.end };
    frame.impersonal = impersonal;
    return frame;
  }

  // "Mit den Worten „…“ verabschiedete sich X", "„…“, mit diesen Worten trat er ab", "meldete sich mit den
  // Worten: „…“": the quoted words are the clause subject's
  const words = quoted && unit.text.includes("Worten") ? withWords(toks, lex) : null;
  if (words) {
    const f = mk("DIRECT", "direct:mit-worten", words.quote, null, words.subject, toks, 0.8);
    f.cue = words.cue;
    return f;
  }

  // "ein Zettel, auf dem geschrieben stand: „…“": written words belong to what they are written on
  const written = quoted && unit.text.includes("geschrieben") ? writtenQuote(toks, lex) : null;
  if (written) return mk("DIRECT", "direct:written", written.quote, null, written.subject, toks, 0.6);

  // 3. a colon after a frame: "schrieb Witkoff: „…“", "Dennoch fügte er hinzu: „…“"
  // the colon may be the unit's last token: "Er sagte:" before a quote on the next line
  for (let c = 1; c < toks.length; c++) {
    const t = toks[c]!;
    if (t.text !== ":" || t.q !== -1) continue;
    const cue = cues.find((q) => q.idx < c);
    const content = contentOf(toks, c + 1, unitEnd);
    if (!content) {
      // "Er sagte:" closing the sentence — the next sentence is the content; "Er glaubt, dass …:" has its
      // content before the colon
      const ownContent =
        !!cue &&
        toks.some((t, k) => k > cue.idx && k < c && ((t.q === -1 && t.text === ",") || t.kind === "qopen"));
      if (cue && wordsIn(toks, c + 1, unitEnd) === 0 && !ownContent) {
        const subject = cueSubject(toks, cue, lex);
        if (subject) {
          const f = mk(
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
      }
      continue;
    }
    const direct = onlyQuote(toks, c + 1, unitEnd);
    // "Als Nachfolger haben sich gemeldet: A, B und C": a list of names is no content
    if (cue && !direct && !hasClauseWord(toks, c + 1, unitEnd)) continue;
    if (cue) {
      let subject = cueSubject(toks, cue, lex);
      // "In dem Antrag heißt es: „…“": an impersonal verb's source is where the words stand
      if (cue.verb.impersonal && (!subject || subject.pronoun?.lower === "es")) {
        const at = toks.findIndex(
          (x, k) => k < c && x.q === -1 && /^(aus|von|vom|in|im|bei|beim)$/.test(x.lower),
        );
        subject = at >= 0 ? parseNP(toks, at + 1, lex) : null;
        if (!subject) continue;
      }
      return mk(
        direct ? "DIRECT" : "INDIRECT",
        `${direct ? "direct" : "indirect"}:colon`,
        content,
        cue,
        subject,
        span(toks, 0, c),
        subject ? 0.9 : 0.5,
      );
    }
    if (direct) {
      // "BKA-Präsident Ziercke: „…“" — a speaker phrase and a colon
      const np0 = initialNP(toks, lex);
      // "Ein Kommissar nach der Festnahme: „…“", "Die Sängerin zu ihren Plänen: „…“"
      const attached =
        !!np0 && np0.end < c && PREPOSITIONS.has(toks[np0.end]!.lower) && nominalOnly(toks, np0.end, c);
      if (np0 && !np0.pronoun && (np0.end === c || attached) && (np0.names.length || np0.role)) {
        return mk("DIRECT", "direct:name-colon", content, null, np0, span(toks, 0, c), 0.8);
      }
      // "Die Antwort des Ministers X: „…“", "Seine Meinung zu Kirchhoff: „…“": a noun for words, its owner
      const head = np0?.head?.lower ?? "";
      if (np0 && (np0.end === c || attached) && (SPEECH_NOUN.test(head) || WORDS_NOUN.test(head))) {
        const who = ownerOfWords(np0, toks, lex);
        if (who && (who.names.length || who.role || who.pronoun))
          return mk("DIRECT", "direct:name-colon", content, null, who, span(toks, 0, c), 0.75);
      }
      // "… mit der Aufschrift: „…“" — a quote introduced by a colon; the speaker comes from context
      const f = mk("DIRECT", "direct:colon-context", content, null, null, span(toks, 0, c), 0.6);
      return f;
    }
  }

  // 4. a verb of saying before its content: "Merz gab bekannt, Selenskyj sei …", "Macron hatte gesagt, dass …"
  for (const cue of cues) {
    const clauseFrom = clauseStart(toks, cue.finiteIdx);
    const coordinated = toks[cue.finiteIdx - 1]?.lower === "und";
    const mainClause =
      clauseFrom === 0 ||
      (toks[clauseFrom - 1]?.text === "," &&
        (clauseFrom === cue.finiteIdx || coordinated || isApposition(toks, clauseFrom, cue.finiteIdx, lex)));
    if (!mainClause) continue;
    let after = Math.max(cue.idx, cue.particleIdx);
    // "erklärte der Direktor der IAEO, Mohammed el-Baradei, Nordkorea besitze …": the subject's apposition
    // is not the content
    const post = parseNP(toks, skipAdverbs(toks, cue.finiteIdx + 1), lex);
    // (the phrase ends after the apposition's closing comma; the clause search starts after `after`)
    if (post && !post.pronoun && post.end - 1 > after && post.end < toks.length)
      after = toks[post.end - 1]!.text === "," ? post.end - 2 : post.end - 1;
    let comma = clauseEnd(toks, after);
    const sep = toks[comma];
    if (!sep) {
      // no content clause: a reported speech act ("lobte …", "warf … vor")
      continue;
    }
    if (sep.text !== "," && sep.kind !== "qopen") continue;
    // the content may open with a quote right after the comma
    let first = comma + 1;
    if (toks[first]?.kind === "qopen") first++;
    if (sep.kind === "qopen") {
      first = comma + 1;
      comma = comma - 0;
    }
    const opener = toks[first];
    if (!opener) continue;
    // "bestätigten den Vorfall, teilten aber mit, …": the next clause is a second verb of saying, with
    // content of its own
    if (cues.some((q) => q.finiteIdx === first)) continue;
    const clauseTo = clauseEnd(toks, first);
    const isContent =
      CONTENT_OPENERS.has(opener.lower) ||
      toks[comma + 1]?.kind === "qopen" ||
      isKonjunktiv(toks, first, Math.max(clauseTo, unitEnd), lex) ||
      // "kündigte an, … mitwirken zu wollen": an infinitive clause
      infinitiveClause(toks, first, clauseTo) ||
      // "hatte berichtet, 200 Mitarbeiter sollen entlassen werden": a main clause in the indicative
      indicativeMainClause(toks, first, clauseTo, lex);
    if (!isContent) continue;
    // "…, um … zu", "…, nachdem …", "…, welche …": an adverbial or relative clause, not content
    if (opener.q === -1 && NOT_CONTENT.has(opener.lower)) continue;
    if (cue.verb.content === "reported") continue;
    let subject = cueSubject(toks, cue, lex);
    // "Aus Moskau hatte es geheißen, …": an impersonal verb's source is the place it came from
    if (
      cue.verb.impersonal &&
      (!subject || subject.pronoun?.lower === "es" || !(subject.names.length || subject.role || subject.org))
    ) {
      // "Aus Moskau hieß es", "Im Bericht heißt es", "In der Ankündigung heißt es"
      const aus = toks.findIndex(
        (x, k) => k < comma && x.q === -1 && /^(aus|von|vom|in|im|bei|beim)$/.test(x.lower),
      );
      subject = aus >= 0 ? parseNP(toks, aus + 1, lex) : null;
    }
    if (!subject) continue;
    if (negated(toks, cue.finiteIdx, comma)) continue;
    if (cue.verb.content === "both") {
      const all = contentOf(toks, 0, unitEnd);
      if (all) return mk("INDIRECT", "indirect:cue-before", all, cue, subject, span(toks, 0, comma), 0.8);
      continue;
    }
    const content = contentOf(toks, comma + 1, unitEnd);
    if (!content) continue;
    const direct = onlyQuote(toks, comma + 1, unitEnd);
    return mk(
      direct ? "DIRECT" : "INDIRECT",
      `${direct ? "direct" : "indirect"}:cue-before`,
      content,
      cue,
      subject,
      span(toks, 0, comma + 1),
      0.85,
    );
  }

  // 4b. a verb of saying that closes a subordinate or relative clause, its content after the comma:
  // "Während X erklärte, aufgeregt zu sein, …", "…, der angab, bedroht worden zu sein"
  const sub = subordinateFrame(toks, cues, lex);
  if (sub) return mk("INDIRECT", sub.rule, sub.content, sub.cue, sub.subject, span(toks, 0, unitEnd), 0.7);

  // 5. a reported speech act: "Lawrow warf den Europäern vor, …", "Rutte lobte …", "äußerte sich positiv"
  for (const cue of cues) {
    // a verb of saying without a content clause speaks only through a quoted object
    // ("konstatierte eine wachsende „Kluft zwischen Arm und Reich“", "riet zu „Gelassenheit“")
    const quoteOnlyAct = cue.verb.content === "say" && !/^(sprechen|berichten)$/.test(cue.verb.lemma);
    if (quoteOnlyAct && !toks.some((t, k) => k > cue.idx && t.kind === "qopen")) continue;
    const clauseFrom = clauseStart(toks, cue.finiteIdx);
    const coordinated = toks[cue.finiteIdx - 1]?.lower === "und";
    if (
      clauseFrom !== 0 &&
      !(toks[clauseFrom - 1]?.text === "," && (clauseFrom === cue.finiteIdx || coordinated))
    ) {
      // in a relative or subordinate clause only a quoted label is read: "…, weil die Regierung das Land
      // als „junge Demokratie“ bezeichnet hat", "…, der den Sieg als „Fest“ bezeichnete, …"
      const opener = toks[clauseFrom]!;
      const relative = isRelativeOpener(toks, clauseFrom);
      if (!relative && !(opener.q === -1 && /^(weil|da|als|während|nachdem|obwohl|dass)$/.test(opener.lower)))
        continue;
      const subject = relative ? antecedent(toks, clauseFrom - 1, lex) : parseNP(toks, clauseFrom + 1, lex);
      if (!subject || !(subject.names.length || subject.role || subject.org || subject.det)) continue;
      const q = quotedObject(toks, cue, subject, quoteOnlyAct);
      if (q) return mk("DIRECT", `direct:${cue.verb.lemma}`, q, cue, subject, span(toks, 0, unitEnd), 0.65);
      continue;
    }
    if (
      cue.verb.lemma === "äußern" &&
      !hasSich(toks, cue.idx, clauseEnd(toks, cue.idx)) &&
      !/zweifel|kritik|sorge|bedenken|hoffnung|verständnis|bedauern/i.test(unit.text)
    )
      continue;
    if (negated(toks, cue.finiteIdx, clauseEnd(toks, cue.idx))) continue;
    const subject = cueSubject(toks, cue, lex);
    if (!subject) continue;
    // a speech act needs an actor: a name, a role, an organization, a pronoun
    if (
      !(
        subject.pronoun ||
        subject.names.length ||
        subject.role ||
        subject.org ||
        subject.media ||
        subject.title ||
        subject.det
      )
    )
      continue;
    {
      const q = quotedObject(toks, cue, subject, quoteOnlyAct);
      if (q) return mk("DIRECT", `direct:${cue.verb.lemma}`, q, cue, subject, span(toks, 0, unitEnd), 0.7);
    }
    if (quoteOnlyAct) continue;
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
    if (cue.verb.lemma === "nennen" && named >= 0) continue;
    // "Dies nennt man …", "Das kritisierte man …": nobody is named
    const impersonal =
      (subject.end - subject.start === 1 && /^(dies|das|es|man)$/.test(toks[subject.start]!.lower)) ||
      toks[cue.finiteIdx + 1]?.lower === "man";
    if (impersonal) continue;
    const all = contentOf(toks, 0, unitEnd);
    if (all)
      return mk("REPORTED", `reported:${cue.verb.lemma}`, all, cue, subject, span(toks, 0, unitEnd), 0.7);
  }

  // 5a. a noun for words before a quotation: "fand sich die Feststellung „…“", "veröffentlichte die Antwort,
  // „…“", "Die ersten Worte Armstrongs: „…“"
  const said = quoted && WORDS_NOUN_TEXT.test(unit.text) ? speechNounQuote(toks, lex) : null;
  if (said) return mk("DIRECT", "direct:speech-noun", said.quote, null, said.subject, toks, 0.6);

  // 5b. slogans: "trugen Transparente mit der Aufschrift „…“", "skandierten Parolen wie „…“": the words are
  // those of the people who carry or chant them
  const slogan = quoted && SLOGAN_TEXT.test(unit.text) ? sloganQuote(toks, lex) : null;
  if (slogan) return mk("DIRECT", "direct:slogan", slogan.quote, null, slogan.subject, toks, 0.6);

  // 6. a source frame inside the sentence: "Die Gespräche sind laut X konstruktiv verlaufen."
  const inner = sources.find((s) => !isVague(s, lex) && (s.subject || s.sourceTok));
  if (inner) {
    // inside a relative or subordinate clause, the statement is that clause
    const cs = clauseStart(toks, inner.from);
    const opener = toks[cs];
    const sub =
      cs > 0 &&
      opener &&
      (SUBORDINATORS.has(opener.lower) || DETERMINERS.has(opener.lower)) &&
      toks[cs - 1]?.text === ",";
    const all = sub ? contentOf(toks, cs, clauseEnd(toks, inner.to - 1)) : contentOf(toks, 0, unitEnd);
    if (all)
      return mk(
        "REPORTED",
        inner.rule,
        all,
        null,
        inner.subject,
        span(toks, inner.from, inner.to),
        0.75,
        inner.sourceTok,
      );
  }
  return null;
}

function withWords(
  toks: Tok[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; cue: { start: number; end: number }; subject: NP } | null {
  for (let k = 0; k + 2 < toks.length; k++) {
    const w = toks[k]!;
    if (w.lower !== "mit" || w.q !== -1) continue;
    if (!/^(den|diesen|seinen|ihren|folgenden)$/.test(toks[k + 1]!.lower) || toks[k + 2]!.lower !== "worten")
      continue;
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
      subject = parseNP(toks, skipAdverbs(toks, s), lex);
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

/** "…, 200 Mitarbeiter sollen entlassen werden": a main clause in the indicative as content. Not a relative
 * clause ("…, die sich auf Systeme stützen", "…, in der Daten gespeichert werden"), not a bare phrase
 * ("…, eine Gesellschaft europäischen Rechts"), and with a subject of its own. */
function indicativeMainClause(toks: Tok[], first: number, to: number, lex: AttributionLexicon): boolean {
  const opener = toks[first];
  if (!opener || opener.q !== -1 || SUBORDINATORS.has(opener.lower)) return false;
  const t1 = toks[first + 1];
  const t2 = toks[first + 2];
  if (DETERMINERS.has(opener.lower) && t1 && !t1.cap && !isAdjectiveLike(t1)) return false;
  if (
    PREPOSITIONS.has(opener.lower) &&
    t1 &&
    DETERMINERS.has(t1.lower) &&
    t2 &&
    !t2.cap &&
    !isAdjectiveLike(t2)
  )
    return false;
  const v = finiteVerbIndex(toks, first, to, lex);
  if (v < 0) return false;
  if (isAdjectiveLike(toks[v]!) && toks[v + 1]?.cap) return false;
  const before = parseNP(toks, first, lex);
  const after = parseNP(toks, skipAdverbs(toks, v + 1), lex);
  const subjectLike = (np: NP | null) =>
    !!np && (!!np.pronoun || np.names.length > 0 || !!np.det || np.caps.length > 0);
  return (subjectLike(before) && before!.end <= v) || subjectLike(after);
}

const SUBORDINATE_FRAME = /^(als|während|nachdem|da|weil|obwohl)$/;
const RELATIVE = /^(der|die|welcher|welche)$/;

function subordinateFrame(
  toks: Tok[],
  cues: Cue[],
  lex: AttributionLexicon,
): { rule: string; content: { start: number; end: number }; cue: Cue; subject: NP } | null {
  for (const cue of cues) {
    if (cue.verb.content === "reported") continue;
    const from = clauseStart(toks, cue.finiteIdx);
    const opener = toks[from];
    if (!opener || opener.q !== -1) continue;
    const relative = isRelativeOpener(toks, from);
    if (!relative && !SUBORDINATE_FRAME.test(opener.lower)) continue;
    // the verb closes its clause (an auxiliary may follow: "der angegeben hatte")
    const ce = clauseEnd(toks, Math.max(cue.idx, cue.finiteIdx, cue.particleIdx));
    if (toks[ce]?.text !== ",") continue;
    let closes = true;
    for (let k = Math.max(cue.idx, cue.finiteIdx, cue.particleIdx) + 1; k < ce; k++)
      if (toks[k]!.kind === "word" && !AUXILIARIES.has(toks[k]!.lower)) closes = false;
    if (!closes) continue;
    const first = ce + 1;
    const opener2 = toks[first];
    if (!opener2 || (opener2.q === -1 && NOT_CONTENT.has(opener2.lower))) continue;
    let to = toks.length;
    if (!relative) {
      // the main clause takes up again after the content: "…, aufgeregt zu sein, blieb sie still"
      for (let k = first; k < toks.length - 1; k++) {
        const t = toks[k]!;
        const n = toks[k + 1]!;
        if (t.text !== "," || t.q !== -1 || n.q !== -1 || n.kind !== "word" || n.cap) continue;
        if (isFunction(n.lower) || n.lower === "zu" || lex.konjunktiv1.has(n.lower)) continue;
        const after = parseNP(toks, k + 2, lex);
        if (after && (after.pronoun || after.det || after.names.length)) {
          to = k;
          break;
        }
      }
    }
    const clauseTo = clauseEnd(toks, first);
    const isContent =
      CONTENT_OPENERS.has(opener2.lower) ||
      isKonjunktiv(toks, first, to, lex) ||
      infinitiveClause(toks, first, clauseTo);
    if (!isContent) continue;
    const content = contentOf(toks, first, to);
    if (!content) continue;
    const subject = relative ? antecedent(toks, from - 1, lex) : parseNP(toks, from + 1, lex);
    if (!subject || impersonalNP(subject)) continue;
    if (!(subject.pronoun || subject.names.length || subject.role || subject.org || subject.det)) continue;
    return { rule: relative ? "indirect:relative" : "indirect:subordinate", content, cue, subject };
  }
  return null;
}

/** "…, der angab, …", "…, die im Interview erklärte, …"; "…, der Ukraine Garantien zu geben" is an article. */
function isRelativeOpener(toks: Tok[], from: number): boolean {
  const opener = toks[from];
  const next = toks[from + 1];
  return (
    from > 0 &&
    toks[from - 1]!.text === "," &&
    !!opener &&
    opener.q === -1 &&
    RELATIVE.test(opener.lower) &&
    !!next &&
    next.q === -1 &&
    next.kind === "word" &&
    !next.cap &&
    (PREPOSITIONS.has(next.lower) || !isAdjectiveLike(next))
  );
}

/** The noun phrase a relative clause hangs on: the phrase that ends at the comma before it. */
function antecedent(toks: Tok[], comma: number, lex: AttributionLexicon): NP | null {
  let m = comma - 1;
  // skip back over what may belong to the phrase: names, nouns, adjectives, a genitive attribute ("Der Führer
  // des Landes, der …"), then its determiner
  const inPhrase = (k: number) => {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word") return false;
    if (t.cap || isAdjectiveLike(t)) return true;
    return /^(des|der)$/.test(t.lower) && !!toks[k - 1]?.cap && toks[k - 1]!.q === -1;
  };
  while (m > 0 && inPhrase(m)) m--;
  const t = toks[m];
  if (!(t && t.kind === "word" && (DETERMINERS.has(t.lower) || POSSESSIVES.has(t.lower)))) m++;
  // the longest phrase that ends right at the comma, opened by a determiner, else by one adjective before
  // the noun, else by the noun ("Vor dem Rathaus standen hunderte Anwohner, die …": "standen" is no adjective)
  const opens = [
    (k: number) => DETERMINERS.has(toks[k]!.lower) || POSSESSIVES.has(toks[k]!.lower),
    (k: number) => isAdjectiveLike(toks[k]!) && !!toks[k + 1]?.cap,
    (k: number) => toks[k]!.cap,
  ];
  for (const opensAt of opens)
    for (let start = m; start < comma; start++) {
      if (!opensAt(start)) continue;
      const np = parseNP(toks, start, lex);
      if (np && np.end === comma) return np;
    }
  // a relative clause moved behind the verb: "… ein Zettel kleben, auf dem …"
  for (let start = m; start < comma; start++) {
    if (!opens[0]!(start)) continue;
    const np = parseNP(toks, start, lex);
    if (!np || np.end >= comma || comma - np.end > 2) continue;
    if (
      toks
        .slice(np.end, comma)
        .every((t) => t.kind === "word" && !t.cap && t.q === -1 && !isFunction(t.lower))
    )
      return np;
  }
  return null;
}

/** Quotes listed after the quote that ends at `end`: "Parolen wie „A“ oder „B“", "„A“, „B“ und „C“". */
export function coordinatedQuotes(unit: Unit, end: number): { start: number; end: number }[] {
  const toks = unit.toks;
  const out: { start: number; end: number }[] = [];
  let k = toks.findIndex((t) => t.kind === "qclose" && t.end === end);
  while (k >= 0) {
    const j = k + 1;
    const sep = toks[j];
    if (!sep || sep.q !== -1 || !/^(oder|und|sowie|,)$/.test(sep.lower)) break;
    if (toks[j + 1]?.kind !== "qopen") break;
    const close = closeOf(toks, j + 1);
    if (close < 0 || wordsIn(toks, j + 2, close) < 1) break;
    out.push({ start: toks[j + 1]!.start, end: toks[close]!.end });
    k = close;
  }
  return out;
}

/** "Für den Minister ist die Lage „alarmierend“", "Was für die Ministerin eine „Erleichterung“ ist, war für
 * die Verbände „Wortbruch“": a quoted judgement in a clause with a copula belongs to the one it is "für". */
export function opinionQuotes(unit: Unit, lex: AttributionLexicon): Frame[] {
  const toks = unit.toks;
  const out: Frame[] = [];
  if (!/\b[Ff]ür\b/.test(unit.text)) return out;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k]!.kind !== "qopen") continue;
    const close = closeOf(toks, k);
    if (close < 0) break;
    const from = clauseStart(toks, k);
    const to = clauseEnd(toks, close);
    if (!toks.slice(from, to).some((t) => t.q === -1 && COPULAS.has(t.lower))) continue;
    let subject: NP | null = null;
    for (let m = k - 1; m >= from; m--) {
      if (toks[m]!.lower !== "für" || toks[m]!.q !== -1) continue;
      const np = parseNP(toks, m + 1, lex);
      if (np && np.end <= k && (np.names.length || np.role || np.org)) subject = np;
      break;
    }
    if (!subject) continue;
    const quote = { start: toks[k]!.start, end: toks[close]!.end };
    out.push(quotationFrame("direct:fuer-x", quote, subject, toks.slice(from, to), 0.55));
    k = close;
  }
  return out;
}

const WORDS_NOUN =
  /^(feststellung|behauptung|antwort|erklärung|aussage|worte|zitat|stellungnahme|mitteilung|weisheit|devise|losung|kernaussage|schlussfolgerung)$/;

function speechNounQuote(
  toks: Tok[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const wordsNoun = (k: number) => {
    let n = k - 1;
    if (toks[n]!.q === -1 && (toks[n]!.text === "," || toks[n]!.text === ":")) n--;
    const noun = toks[n];
    return noun && noun.q === -1 && noun.cap && WORDS_NOUN.test(noun.lower) ? n : -1;
  };
  for (const { open, close, label: n } of labelledQuotes(toks, wordsNoun, 3)) {
    // the owner of the words ("die Antwort des Ministers", "Armstrongs Worte"), else the clause's subject
    let subject: NP | null = null;
    const g = toks[n + 1];
    if (g && g.q === -1 && /^(des|der|von|vom)$/.test(g.lower) && n + 1 < open)
      subject = parseNP(toks, /^(von|vom)$/.test(g.lower) ? n + 2 : n + 1, lex);
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
function* labelledQuotes(
  toks: Tok[],
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
  toks: Tok[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const g = toks.findIndex(
    (t, k) =>
      t.lower === "geschrieben" &&
      t.q === -1 &&
      (/^(stand|steht|stehen|standen)$/.test(toks[k + 1]?.lower ?? "") ||
        /^(stand|steht|stehen|standen)$/.test(toks[k - 1]?.lower ?? "")),
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

/** Cheap tests on the sentence text before the token scans (most quoted sentences have none of these words). */
const SLOGAN_TEXT = /Aufschrift|Parole|Slogan|Sprüch|Spruch|Sprechch|Rufen/;
const WORDS_NOUN_TEXT =
  /Feststellung|Behauptung|Antwort|Erklärung|Aussage|Worte|Zitat|Stellungnahme|Mitteilung|Weisheit|Devise|Losung|Kernaussage|Schlussfolgerung/;

const SLOGAN_NOUN = /^(aufschrift|parolen?|slogans?|sprüchen?|spruch|sprechchören?|rufen)$/;

/** The character span of a cue: the verb, through its particle ("teilte … mit"). */
function cueSpan(toks: Tok[], cue: Cue): { start: number; end: number } {
  return {
    start: toks[cue.idx]!.start,
    end: cue.particleIdx >= 0 ? toks[cue.particleIdx]!.end : toks[cue.idx]!.end,
  };
}

/** A DIRECT frame for a quotation read outside the frame reader (labels, slogans, judgements). */
function quotationFrame(
  rule: string,
  quote: { start: number; end: number },
  subject: NP,
  frameToks: Tok[],
  confidence: number,
  cue: { start: number; end: number } | null = null,
): Frame {
  const { start, end } = quote;
  return {
    kind: "DIRECT",
    rule,
    start,
    end,
    cue,
    subject,
    sourceTok: null,
    frameToks,
    confidence,
    impersonal: false,
  };
}

/** "es" and "man" name nobody. */
function impersonalNP(np: NP | null): boolean {
  return np?.pronoun?.lower === "es" || np?.pronoun?.lower === "man";
}

/** The index of the closing mark of the quotation opened at `open`, or -1. */
function closeOf(toks: Tok[], open: number): number {
  return toks.findIndex((t, m) => m > open && t.kind === "qclose");
}

/** "…, auf denen …", "…, in dem …": a relative clause opened by a preposition. */
function isPrepRelative(toks: Tok[], from: number): boolean {
  return (
    from > 0 &&
    toks[from - 1]!.text === "," &&
    PREPOSITIONS.has(toks[from]!.lower) &&
    /^(dem|der|denen|den)$/.test(toks[from + 1]?.lower ?? "")
  );
}

/** Who speaks in the clause opened at `from` whose verb stands before `to`: the phrase a relative clause
 * hangs on ("Transparente, auf denen …", "ein Zettel, auf dem …"), else the clause's subject. */
function clauseSpeaker(toks: Tok[], from: number, to: number, lex: AttributionLexicon): NP | null {
  if (isRelativeOpener(toks, from) || isPrepRelative(toks, from)) return antecedent(toks, from - 1, lex);
  const v = finiteVerbIndex(toks, from, to, lex);
  return v >= 0 ? subjectOf(toks, from, v, lex) : null;
}

/** "Das Fazit der Ministerin X", "Die Antwort von X", "Seine Meinung": the owner of a noun for words. */
function ownerOfWords(np: NP, toks: Tok[], lex: AttributionLexicon): NP | null {
  const owner = np.modifiers[0];
  if (owner && /^(des|der|von|vom)$/.test(owner.lower)) {
    const at = toks.indexOf(owner);
    return parseNP(toks, /^(von|vom)$/.test(owner.lower) ? at + 1 : at, lex);
  }
  const d = np.det;
  if (d && /^(sein|seine|ihr|ihre)$/.test(d.lower))
    return {
      ...np,
      end: toks.indexOf(d) + 1,
      pronoun: { ...d, lower: /^sein/.test(d.lower) ? "er" : "sie" },
    };
  return null;
}

/** A slogan in a sentence whose main frame is another speech act ("drohten mit der Parole „…“"). */
function sloganFrame(unit: Unit, lex: AttributionLexicon): Frame | null {
  if (!SLOGAN_TEXT.test(unit.text)) return null;
  const s = sloganQuote(unit.toks, lex);
  return s ? quotationFrame("direct:slogan", s.quote, s.subject, unit.toks, 0.6) : null;
}

function sloganQuote(
  toks: Tok[],
  lex: AttributionLexicon,
): { quote: { start: number; end: number }; subject: NP } | null {
  const sloganNoun = (k: number) => {
    const n = toks[k - 1]?.lower === "wie" ? k - 2 : k - 1;
    return SLOGAN_NOUN.test(toks[n]?.lower ?? "") && toks[n]!.cap ? n : -1;
  };
  for (const { open, close, label: n } of labelledQuotes(toks, sloganNoun, 2)) {
    // "mit Transparenten, auf denen Sprüche wie „…“ standen": the phrase the relative clause hangs on
    const subject = clauseSpeaker(toks, clauseStart(toks, n), n, lex);
    if (!subject || impersonalNP(subject)) continue;
    return { quote: { start: toks[open]!.start, end: toks[close]!.end }, subject };
  }
  return null;
}

/** A person's name opening the sentence and followed by a comma (an apposition comes next). */
export function namedOpening(toks: Tok[], lex: AttributionLexicon): NP | null {
  const np = initialNP(toks, lex);
  if (!np || np.pronoun || np.names.length < 2 || np.start !== 0) return null;
  return toks[np.end]?.text === "," || toks[np.end - 1]?.text === "," ? np : null;
}

const SPEECH_NOUN =
  /^(fazit|bilanz|antwort|kommentar|worte|urteil|meinung|einschätzung|reaktion|appell|botschaft|forderung|warnung|prognose)$/;

/** A sentence that ends in a colon without a verb of saying ("Die Firma hält die Kritik für falsch:",
 * "Die Sängerin zu ihren Plänen:") leads into a quotation on the next line; its subject is the speaker. */
export function colonLead(unit: Unit, lex: AttributionLexicon): NP | null {
  const toks = unit.toks;
  const last = toks[toks.length - 1];
  if (last?.text !== ":" || last.q !== -1 || toks.some((t) => t.q !== -1)) return null;
  const v = finiteVerbIndex(toks, 0, toks.length - 1, lex);
  let np = v >= 0 ? subjectOf(toks, 0, v, lex) : initialNP(toks, lex);
  // "Das Fazit der Ministerin X:", "Seine Antwort:": a noun for words hands them to its owner
  if (np && SPEECH_NOUN.test(np.head?.lower ?? np.caps[0]?.lower ?? "")) np = ownerOfWords(np, toks, lex);
  if (!np || impersonalNP(np)) return null;
  return np.pronoun || np.names.length || np.role || np.org || np.media ? np : null;
}

/** The quoted object of a speech act, as the speaker's words: "nannte die Zahlen „aus der Luft gegriffen“",
 * "schimpfte über „europäische Ferkel“", "wies dies als „Unverschämtheit“ zurück", "Als „…“ bezeichnete er". */
function quotedObject(
  toks: Tok[],
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
        (k > cs && k < cue.idx && /^(als|von|vor|mit|einer|einen|einem|eine|ein)$/.test(toks[k - 1]!.lower))),
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

/** Where a unit is (almost) only a quotation, as a direct continuation of the previous speaker. */
export function quoteOnly(unit: Unit): { start: number; end: number } | null {
  const toks = unit.toks;
  if (onlyQuote(toks, 0, toks.length)) return contentOf(toks, 0, toks.length);
  // "und „…“" going on from the sentence before: the quotation without the connective
  const first = toks.findIndex((t) => t.kind === "word");
  if (first >= 0 && /^(und|oder|sowie)$/.test(toks[first]!.lower) && toks[first + 1]?.kind === "qopen") {
    if (onlyQuote(toks, first + 1, toks.length)) return contentOf(toks, first + 1, toks.length);
  }
  return null;
}

/** Channels named in a frame: "laut Tass", "der «Bild am Sonntag»", "auf der Plattform X", "im Onlinedienst X". */
export function findVia(frameToks: Tok[], all: Tok[], lex: AttributionLexicon): { name: string } | null {
  // frame tokens are mostly a run of the unit's: their index is found once, not searched per token
  const base = frameToks.length ? all.indexOf(frameToks[0]!) : -1;
  for (let k = 0; k < frameToks.length; k++) {
    const t = frameToks[k]!;
    const idx = base >= 0 && all[base + k] === t ? base + k : all.indexOf(t);
    if (idx < 0) continue;
    if (t.q !== -1) continue;
    if (lex.laut.has(t.lower) || t.lower === "zufolge") {
      let np: NP | null = null;
      if (t.lower === "zufolge") {
        for (let a = Math.max(0, idx - 8); a < idx && !np; a++) {
          const cand = parseNP(all, a, lex);
          if (cand && cand.end === idx) np = cand;
        }
      } else np = parseNP(all, idx + 1, lex);
      const name = np ? channelName(np, all) : null;
      if (name) return { name };
    }
    if (
      (t.lower === "auf" ||
        t.lower === "im" ||
        t.lower === "in" ||
        t.lower === "bei" ||
        t.lower === "über") &&
      all[idx + 1]
    ) {
      const np = parseNP(all, idx + 1, lex);
      // "auf der Plattform X", "im Onlinedienst X" — a medium with its name, not a quoted phrase ("über „…“")
      if (
        np &&
        !np.title &&
        np.names.length > 0 &&
        (np.media || (np.head && /plattform|dienst|netzwerk|kanal|account|konto/i.test(np.head.text)))
      ) {
        const name = channelName(np, all);
        if (name) return { name };
      }
      const n = all[idx + 1]!;
      if (
        /^(X|Twitter|Telegram|Facebook|Instagram|Truth|TikTok|Youtube|YouTube|Bluesky|Threads)$/.test(n.text)
      )
        return { name: n.text };
    }
    // dative addressee: "sagte der Nato-Chef der «Bild am Sonntag»", "sagte er der Zeitung „Welt“"
    if ((t.lower === "der" || t.lower === "dem" || t.lower === "gegenüber") && all[idx + 1]) {
      const np = parseNP(all, t.lower === "gegenüber" ? idx + 1 : idx, lex);
      if (np && (np.title || np.media)) {
        const name = channelName(np, all);
        if (name) return { name };
      }
    }
  }
  return null;
}

/** A channel needs a name: "in sozialen Medien", "laut russischen Nachrichtenagenturen" name none. */
function channelName(np: NP, toks: Tok[]): string | null {
  if (np.title || np.names.length) return npName(np, toks);
  if (np.media || np.org || np.role) return null;
  return npName(np, toks);
}

/** The name a phrase gives, without determiner: names if any, else the quoted title, else the head words. */
export function npName(np: NP, toks: Tok[]): string | null {
  if (np.title) return textOf(toks, np.title.start, np.title.end);
  if (np.names.length) return np.names.map((n) => n.text).join(" ");
  if (np.caps.length) return np.caps.map((n) => n.text).join(" ");
  return null;
}

function textOf(toks: Tok[], start: number, end: number): string {
  return toks
    .filter((t) => t.start >= start && t.end <= end)
    .map((t) => t.text)
    .join(" ")
    .replace(/ ([.,;:!?])/g, "$1");
}
