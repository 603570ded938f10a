// Who the subject is: of a V2 clause, of a cue verb (the prefield, the sentence-initial phrase before an
// apposition, the agent of a passive, the phrase a relative clause hangs on), of a noun for words.

import { adverbialShape } from "../german/adverbials.ts";
import { ADVERBS, FOCUS_PARTICLES, POST_SUBJECT_PARTICLES } from "../german/adverbs.ts";
import {
  NOMINATIVE_DETERMINERS,
  NOMINATIVE_ONLY_PRONOUNS,
  NON_NOMINATIVE_DETERMINERS,
} from "../german/case.ts";
import { GENITIVE_ARTICLES } from "../german/complements.ts";
import { COORDINATORS, CORRELATIVES, SUBORDINATORS } from "../german/conjunctions.ts";
import { DETERMINERS, OWNER_POSSESSIVES, POSSESSIVES } from "../german/determiners.ts";
import { isCommonNoun, wordClasses } from "../german/dictionary.ts";
import { isAbstractNoun, isDocumentNoun } from "../german/document-nouns.ts";
import { PLURAL_PARTITIVES } from "../german/partitive-quantifiers.ts";
import { POSTPOSITIONS } from "../german/postpositions.ts";
import { AGENT_PREPOSITIONS, ORIGIN_PREPOSITIONS, PREPOSITIONS } from "../german/prepositions.ts";
import { IMPERSONAL_PRONOUNS } from "../german/pronouns.ts";
import { PREPOSITION_RELATIVES, SUBJECT_RELATIVES } from "../german/relative-pronouns.ts";
import { isTimeNoun } from "../german/time-nouns.ts";
import type { Token } from "../types.ts";
import {
  clauseStart,
  finiteVerbIndex,
  isFunction,
  nominalOnly,
  opensAddressee,
  phraseAfterVerb,
  relativeClauseEnd,
  skipAdverbs,
} from "./clause.ts";
import { agentAfter, type Cue, passiveAux } from "./cues.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { emptyNP, isAdjectiveLike, isOrgNoun, type NP, parseNP, roleOf } from "./np.ts";
import { isNamed, isThingPlural } from "./phrase-features.ts";
import { extraposedSpeaker, neuterAntecedent, neuterRelative } from "./relative-antecedents.ts";

/** Subject of a V2 clause whose finite verb is at v: the prefield phrase, else the phrase after the verb. */
export function subjectOf(toks: Token[], from: number, v: number, lex: AttributionLexicon): NP | null {
  let i = from;
  // "Sowohl Kiew als auch die Europäer forderten": the first conjunct stands for the subject
  while (
    i < v &&
    toks[i]!.kind === "word" &&
    (COORDINATORS.has(toks[i]!.lower) || CORRELATIVES.has(toks[i]!.lower))
  )
    i++;
  // "Auch der Minister sagte", "Nur Peskow widersprach": a focus adverb before the subject
  if (i < v && FOCUS_PARTICLES.has(toks[i]!.lower)) {
    const np = parseNP(toks, i + 1, lex);
    if (np && !np.pronoun && np.end === v && (np.names.length || np.role || np.det)) return np;
    // "Auch die Delegationsleiterin beim Gipfel, Sharon Hayes, äußerte sich": attachments and an apposition
    if (np && !np.pronoun && np.end < v && isNamed(np)) {
      const app = appositionBefore(toks, np, v, lex);
      if (app) return app.names.length ? app : np;
      if (nominalOnly(toks, np.end, v)) return np;
    }
    // "Auch sie forderten den Rücktritt": a personal pronoun in the nominative
    const p = np?.pronoun?.lower ?? "";
    if (np && np.end === v && (NOMINATIVE_ONLY_PRONOUNS.has(p) || p === "sie")) return np;
  }
  // "Einige vertreten die Auffassung", "Viele fordern": a quantifier standing alone before the verb is
  // the subject (plural), whatever follows the verb
  if (i === v - 1 && PLURAL_PARTITIVES.has(toks[i]!.lower) && toks[i]!.cap && pluralVerb(toks[v]!))
    return standalone(toks, i);
  // "Der Politik schlug er vor": a pronoun that is only nominative after the verb is the subject
  const pronounAfter = toks[v + 1];
  if (i < v && pronounAfter?.q === -1 && NOMINATIVE_ONLY_PRONOUNS.has(pronounAfter.lower))
    return parseNP(toks, v + 1, lex);
  // a named prefield phrase that does not reach the verb, kept for a clause with no subject after it
  let prefield: NP | null = null;
  if (i < v) {
    const t = toks[i]!;
    // "Dem Sender sagte die Ministerin", "Des Weiteren verwies X": a phrase in dative, accusative or
    // genitive is an object or an adverbial, and the subject follows the verb
    if (
      !PREPOSITIONS.has(t.lower) &&
      !ADVERBS.has(t.lower) &&
      !SUBORDINATORS.has(t.lower) &&
      !NON_NOMINATIVE_DETERMINERS.has(t.lower) &&
      !(i === 0 && adverbialShape(t.lower) && !toks[i + 1]?.cap && !knownNoun(t, lex)) &&
      !timeAdverbial(toks, i)
    ) {
      const parsed = parseNP(toks, i, lex);
      // "Der Zeitung gegenüber erklärte die Ministerin": a phrase before a postposition is its object
      const np = parsed && POSTPOSITIONS.has(toks[parsed.end]?.lower ?? "") ? null : parsed;
      // "Eine Verschiebung bezeichnete Conze als fatal": a thing in the prefield is the object, the person
      // after the verb the subject
      // "Die Kampagne selbst dagegen warf ihm vor": particles between the subject and the verb
      if (np && !np.pronoun && particlesOnly(toks, np.end, v)) return np;
      if (np && np.end >= v - 1) return thingBeforePerson(toks, np, v, lex) ?? np;
      // "Die Vorsitzende der Fraktion im Landtag, Eva Lind, hatte Huber aufgefordert": a nominative phrase
      // and its apposition fill the prefield, so the name after the verb is an object
      const app = np && !np.pronoun ? appositionBefore(toks, np, v, lex) : null;
      if (app) return app.names.length ? app : np;
      // "Theo Kitz vom Bankhaus Merck Finck sagte": attachments after the phrase, no verb among them
      if (np && !np.pronoun && nominalOnly(toks, np.end, v)) return thingBeforePerson(toks, np, v, lex) ?? np;
      // "Der Ermittler, der als Zeuge gilt, will …": a relative clause closes the prefield phrase
      if (np && !np.pronoun && relativeClauseEnd(toks, np.end, v) === v) return np;
      if (np && !np.pronoun && isNamed(np)) prefield = np;
    }
  }
  // "Entsprechend äußerten sich sowohl der Vorsitzende als auch …": the first conjunct
  const after = skipAdverbs(toks, v + 1);
  const np = correlateEs(
    toks,
    CORRELATIVES.has(toks[after]?.lower ?? "")
      ? parseNP(toks, after + 1, lex)
      : phraseAfterVerb(toks, v + 1, lex),
    prefield,
    lex,
  );
  // "forderten den Rücktritt": a phrase in the accusative or dative after the verb is no subject
  // "fordern die Nennung eines Datums": a singular noun after a plural verb is no subject either
  const objectCase = !!np && (nonNominative(np) || disagreesInNumber(toks[v]!, np));
  // "Einige der Abgeordneten haben Premierminister X geschrieben": a plural verb does not agree with one
  // person named after it, who is an object; the prefield is the subject
  if (np && i < v && pluralVerb(toks[v]!) && singularPerson(toks, np)) {
    const w = toks[i]!.lower;
    const opensPhrase =
      !NON_NOMINATIVE_DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !ADVERBS.has(w) && !SUBORDINATORS.has(w);
    const pre = opensPhrase ? parseNP(toks, i, lex) : null;
    if (pre && !pre.pronoun) return pre;
  }
  if (
    np &&
    !objectCase &&
    (np.pronoun || np.names.length || np.role || np.org || np.title || np.det || np.caps.length)
  )
    return np;
  // "Von Seiten der Delegation war den USA vorgeworfen worden": the side the words came from
  if (objectCase) return prefield ?? sideAgent(toks, i, lex);
  // "Der Sekretär der Union (UGIT) sagte gegenüber der Agentur: …": only an addressee after the verb
  return !np && opensAddressee(toks, after) ? prefield : null;
}

/** Only particles that follow a subject ("selbst", "dagegen", "jedoch") between `from` and the verb at `v`. */
function particlesOnly(toks: Token[], from: number, v: number): boolean {
  if (v - from < 1 || v - from > 2) return false;
  for (let k = from; k < v; k++)
    if (!POST_SUBJECT_PARTICLES.has(toks[k]!.lower) || toks[k]!.q !== -1) return false;
  return true;
}

/** "sah es das Gericht als erwiesen an, dass …", "hält es der Verband für möglich, dass …": "es" right after
 * the verb is the object that stands for the content clause when a subject follows it (or named the prefield);
 * the subject is that phrase. Alone ("hieß es") it stays the subject. */
function correlateEs(toks: Token[], np: NP | null, prefield: NP | null, lex: AttributionLexicon): NP | null {
  if (np?.pronoun?.lower !== "es") return np;
  const next = phraseAfterVerb(toks, np.end, lex);
  if (
    next &&
    !next.pronoun &&
    !nonNominative(next) &&
    (next.names.length || next.role || next.org || next.det)
  )
    return next;
  return prefield ?? np;
}

/** A phrase that cannot be the subject of the finite verb `v`: a plural verb and a singular noun that says its
 * number by a feminine suffix ("fordern aber die Nennung eines Datums": the plural's form is "Nennungen"). */
export function disagreesInNumber(v: Token, np: NP): boolean {
  if (!pluralVerb(v) || np.pronoun || np.names.length || np.org || np.media || np.title) return false;
  const d = np.det?.lower;
  if (d && !NOMINATIVE_DETERMINERS.die.includes(d)) return false;
  return !!np.head && np.head.cap && FEMININE_SINGULAR.test(np.head.text);
}

/** Feminine suffixes in the singular: "Nennung", "Freiheit", "Möglichkeit", "Nation", "Qualität", "Herrschaft". */
const FEMININE_SINGULAR = /(?:ung|heit|keit|tion|sion|ität|schaft)$/;

/** A phrase whose determiner is never nominative ("den Vorgang", "einem Sprecher"): an object, no subject. */
function nonNominative(np: NP): boolean {
  return !!np.det && NON_NOMINATIVE_DETERMINERS.has(np.det.lower);
}

/** A subordinator that opens a clause with its finite verb last ("während", "weil", "nachdem"), not "wie"
 * or "als", which also open phrases. */
function verbFinalOpener(t: Token | undefined): boolean {
  return !!t && t.q === -1 && SUBORDINATORS.has(t.lower) && t.lower !== "wie" && t.lower !== "als";
}

/** "Ende Januar 2006 verkündete der Verband", "Montag sagte der Minister": a time without an article opens
 * the clause as an adverbial, never as its subject. */
function timeAdverbial(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.kind !== "word" || t.q !== -1) return false;
  if (isTimeNoun(t.lower)) return true;
  const next = toks[i + 1];
  return PERIOD_PARTS.has(t.lower) && !!next && (isTimeNoun(next.lower) || /^\d{4}$/.test(next.text));
}

/** "Ende", "Anfang", "Mitte" before a month or a year. */
const PERIOD_PARTS = new Set(["ende", "anfang", "mitte"]);

/** A finite verb of the 3rd person plural: "sagten", "haben", "sind" (the singular ends in -t, -te or -e). */
function pluralVerb(t: Token): boolean {
  const w = t.lower;
  return w === "sind" || (w.length > 3 && w.endsWith("en")) || /[^e]ern$|eln$/.test(w);
}

/** One person named: a name without a determiner or with a singular one, and no "und" joining another. */
function singularPerson(toks: Token[], np: NP): boolean {
  if (np.pronoun || !np.names.length || isThingPlural(np.names) || np.org || np.media) return false;
  if (np.det && !SINGULAR_NOMINATIVE.has(np.det.lower)) return false;
  const next = toks[np.end]?.lower;
  if (next === "und" || next === "sowie" || next === "oder") return false;
  return true;
}

/** Determiners of one person in the nominative: "der Minister", "ein Sprecher", "die Ministerin". */
const SINGULAR_NOMINATIVE = new Set(["der", "ein", "eine", "die"]);

/** Determiners that may be nominative or accusative alike, so that word order alone does not tell the
 * subject: "die", "das", "eine". A masculine "der"/"ein" before the verb is the subject as a rule. */
const NOMINATIVE_OR_ACCUSATIVE = new Set([
  "die",
  "das",
  "eine",
  "keine",
  "diese",
  "jene",
  "jegliche",
  "solche",
]);

/**
 * OVS with a thing before the verb and a person after it: "Eine Verschiebung des Termins bezeichnete Conze
 * als fatal", "Jegliche Mitverantwortung weist Hartmann von sich". The prefield phrase is a common noun (no
 * role, organization, medium or name), in a case that may be accusative; the phrase after the verb names a
 * person in the nominative and agrees with the verb in number. Returns that phrase, else null.
 */
function thingBeforePerson(toks: Token[], np: NP, v: number, lex: AttributionLexicon): NP | null {
  if (np.pronoun || np.role || np.org || np.media || np.title || np.possessor) return null;
  // only a verb of saying: its subject is someone who speaks, not a thing ("Die Entscheidung löste Kritik aus")
  if (!lex.finite.has(toks[v]!.lower)) return null;
  // "Jegliche Kritik": a determiner capitalized at the opening is read as a name word
  const capDet = np.names.length > 1 && NOMINATIVE_OR_ACCUSATIVE.has(np.names[0]!.lower);
  const det = np.det?.lower ?? (capDet ? np.names[0]!.lower : undefined);
  if (det && !NOMINATIVE_OR_ACCUSATIVE.has(det)) return null;
  // the head is a common noun, and any capitalized words before it are adjectives or nouns too
  // after a determiner the head is the noun, and names after it a genitive ("Die Äußerungen Hassemers")
  const words = np.det && np.head ? [np.head] : np.names.length ? np.names.slice(capDet ? 1 : 0) : [];
  if (!words.length || (!det && words.length < 2)) return null;
  const last = words[words.length - 1]!;
  // "Die Studie nennt X als Ursache": a text speaks for itself
  if (!(isCommonNoun(last.text) || isAbstractNoun(last.text)) || isDocumentNoun(last.lower)) return null;
  for (const w of words)
    if (w !== last && !isCommonNoun(w.text) && !wordClasses(w.text).adjective) return null;
  const after = phraseAfterVerb(toks, skipAdverbs(toks, v + 1), lex);
  if (!after || after.pronoun || after.org || after.media || after.title) return null;
  if (after.det && !SINGULAR_NOMINATIVE.has(after.det.lower)) return null;
  // after a verb of saying, even one word that is also a common noun ("Müller", "Koch") is a person
  const person = after.names.length > 0 && !isThingPlural(after.names);
  // "der Bürgermeister", "Ministerin X"; a bare surname on a role stem ("Hartmann") is no common noun
  const d = after.det?.lower;
  const role =
    !!after.role &&
    (after.names.length > 0 || d === "der" || d === "ein" || (!d && !isCommonNoun(after.head!.text)));
  if (!(person || role)) return null;
  // "Die Vorschläge kritisierten …" agrees with the plural before the verb, not with one person after it
  return pluralVerb(toks[v]!) ? null : after;
}

/** A one-word phrase at `i` that stands for a group ("Einige"): a capitalized head, no name. */
function standalone(toks: Token[], i: number): NP {
  const t = toks[i]!;
  return { ...emptyNP(i), end: i + 1, caps: [t], head: t };
}

/** A phrase whose case marks it as a subject: a pronoun only nominative, or "der"/"ein" with a person noun. */
function nominativeMarked(np: NP | null): boolean {
  if (!np) return false;
  if (np.pronoun) return NOMINATIVE_ONLY_PRONOUNS.has(np.pronoun.lower);
  const d = np.det?.lower;
  return (d === "der" || d === "ein") && !!(np.role || np.names.length);
}

/** "Von Seiten der Delegation", "Seitens der Regierung" opening the clause at `i`: the phrase of the side. */
function sideAgent(toks: Token[], i: number, lex: AttributionLexicon): NP | null {
  const t = toks[i];
  if (t?.lower === "seitens") return parseNP(toks, i + 1, lex);
  if (t?.lower === "von" && toks[i + 1]?.lower === "seiten") return parseNP(toks, i + 2, lex);
  return null;
}

/** The apposition that closes the prefield after `np` ("Die Chefin der Fraktion im Landtag, Eva Lind, hatte"),
 * after attachments of `np` without a verb, when `np` names someone; null if the prefield goes on otherwise. */
function appositionBefore(toks: Token[], np: NP, v: number, lex: AttributionLexicon): NP | null {
  if (!isNamed(np)) return null;
  let c = np.end;
  while (c < v && toks[c]!.text !== ",") c++;
  if (c >= v - 1 || !nominalOnly(toks, np.end, c)) return null;
  for (let n = 0; n < 2; n++) {
    const app = parseNP(toks, c + 1, lex);
    if (!app || app.pronoun) return null;
    const end = toks[app.end - 1]?.text === "," ? app.end - 1 : app.end;
    if (end === v || (end === v - 1 && toks[end]?.text === ","))
      return app.names.length || app.role ? app : null;
    // "Der Vorsitzende der Gewerkschaft, Nachfolgerin der ÖTV, Frank Bsirske, würdigte": the last one says who
    if (toks[end]?.text !== "," || !(app.role || app.org)) return null;
    c = end;
  }
  return null;
}

/** The phrase that opens the unit, when it is a noun phrase (possibly with an apposition). */
export function initialNP(toks: Token[], lex: AttributionLexicon): NP | null {
  const first = toks.findIndex((t) => t.kind === "word" && t.q === -1);
  let i = first;
  while (i >= 0 && toks[i] && COORDINATORS.has(toks[i]!.lower)) i++;
  // "Auch Winfried Hassemer, Papiers Stellvertreter, glaubt", "Selbst die Chefin der Firma, Eva Lind,
  // sagte": a focus particle before the phrase
  const next = toks[i + 1];
  if (
    i >= 0 &&
    FOCUS_PARTICLES.has(toks[i]?.lower ?? "") &&
    (next?.cap || DETERMINERS.has(next?.lower ?? ""))
  )
    i++;
  const t = toks[i];
  if (!t || PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || ADVERBS.has(t.lower)) return null;
  return parseNP(toks, i, lex);
}

/** "Stephen Singer, ein Klimaexperte vom WWF erklärte": a role phrase between a comma and the verb. */
export function isApposition(toks: Token[], from: number, v: number, lex: AttributionLexicon): boolean {
  const np = parseNP(toks, from, lex);
  const np0 = initialNP(toks, lex);
  const named = (x: NP | null) => !!x && !x.pronoun && isNamed(x);
  // the opening phrase must reach the comma: "Der Stürmer X nannte …, Trainer Y bezeichnete …" is two clauses
  // "René Préval, der Präsident des Landes im Westen der Insel sagte": attachments of the apposition, with
  // no verb among them, may reach the verb
  const reaches = !!np && (np.end === v || (np.end < v && nominalOnly(toks, np.end, v)));
  return named(np) && reaches && named(np0) && np0!.end >= from - 1;
}

/** Subject of a cue verb: the prefield of its clause, the sentence-initial phrase for "X, Role, sagte" and
 * "… und ergänzte", else the phrase after the verb. */
export function cueSubject(toks: Token[], cue: Cue, lex: AttributionLexicon): NP | null {
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
      (t, k) => k > passive && k < cue.idx && t.q === -1 && (t.lower === "im" || t.lower === "in"),
    );
    const medium = inn >= 0 ? parseNP(toks, inn + 1, lex) : null;
    return medium && (medium.title || medium.media) ? medium : null;
  }
  // "…, die unter anderem skandierten: „…“", "…, der sagte: „…“": a relative clause's speaker is the phrase
  // it hangs on
  if ((isRelativeOpener(toks, from) || neuterRelative(toks, from, cue)) && v > from)
    return antecedent(toks, from - 1, lex);
  const prev = toks[v - 1];
  const coordinated = prev?.lower === "und" || prev?.lower === "sowie";
  // "…, während die Initiative den Vorschlag unterstützt und fordert, dass …": a verb coordinated at the end
  // of a subordinate clause shares that clause's subject, the phrase right after the subordinator
  if (coordinated && from > 0 && verbFinalOpener(toks[from])) {
    const np = parseNP(toks, from + 1, lex);
    if (np && !impersonalNP(np) && !nonNominative(np) && np.end < v - 1) return np;
  }
  if (from === 0 && !coordinated) return subjectOf(toks, 0, v, lex);
  if (from === v || coordinated || isApposition(toks, from, v, lex)) {
    const np0 = initialNP(toks, lex);
    if (
      np0 &&
      (toks[np0.end]?.text === "," ||
        // "Der Chef der Firma, Tiko Varn, der im Exil lebt, sagte": the apposition took its closing comma
        (np0.end < v && toks[np0.end - 1]?.text === "," && np0.end - 1 > np0.start) ||
        np0.end === v ||
        coordinated ||
        nominalOnly(toks, np0.end, v) ||
        // "John Edwards dagegen, der …, bekräftigte"
        (POST_SUBJECT_PARTICLES.has(toks[np0.end]?.lower ?? "") && toks[np0.end + 1]?.text === ",")) &&
      !np0.pronoun?.lower.match(/^es$/)
    ) {
      // "Die Äußerungen Hassemers bezeichnete Wiefelspütz als Knaller und glaubt, …": the verb before "und"
      // took the person after it as subject, and the verb after "und" shares it
      const v0 = coordinated ? finiteVerbIndex(toks, np0.end, v - 1, lex) : -1;
      const first = v0 > 0 ? subjectOf(toks, 0, v0, lex) : null;
      if (first && first.start > v0 && !first.pronoun) return first;
      const after = correlateEs(toks, phraseAfterVerb(toks, v + 1, lex), null, lex);
      // "Die Anhänger, die sich versammelten, warnte er": a pronoun only nominative is the subject
      if (after?.pronoun && NOMINATIVE_ONLY_PRONOUNS.has(after.pronoun.lower) && !coordinated) return after;
      // "Die Chefin der Fraktion, Eva Lind, hatte Huber aufgefordert": a named phrase in the nominative
      // that fills the prefield is the subject, the name after the verb an object
      const nominative =
        !NON_NOMINATIVE_DETERMINERS.has(toks[np0.start]!.lower) && !np0.pronoun && isNamed(np0);
      // "Als der Minister kam, sagte er" — a subject right after the verb wins over a subordinate clause
      if (
        after &&
        (after.pronoun || after.names.length || after.role) &&
        !coordinated &&
        toks[np0.end]?.text !== "," &&
        !(nominative && (np0.end === v || nominalOnly(toks, np0.end, v)) && !after.pronoun)
      )
        return after;
      // "Die Chefin der Fraktion im Landtag, Eva Lind, …": the name in the apposition says who
      const app = nominative && np0.end < v ? appositionBefore(toks, np0, v, lex) : null;
      return app?.names.length ? app : np0;
    }
    const after = correlateEs(toks, phraseAfterVerb(toks, v + 1, lex), null, lex);
    // "… zogen die Demonstranten zum Rathaus und skandierten Parolen": a verb after "und" shares the
    // subject of the verb before it; only a phrase marked nominative after it is a subject of its own
    if (coordinated && !nominativeMarked(after)) {
      const shared = conjunctSubject(toks, v - 1, lex);
      if (shared) return shared;
    }
    if (after && (after.pronoun || after.names.length || after.role || after.org || after.det)) return after;
    return conjunctSubject(toks, coordinated ? v - 1 : from - 1, lex) ?? after;
  }
  return subjectOf(toks, from, v, lex);
}

/** "… biss der Mann den Helfer und rief: …", "Die UN bestätigten den Vorfall, teilten aber mit, …": a verb
 * coordinated with the main clause before it shares that clause's subject. */
function conjunctSubject(toks: Token[], sep: number, lex: AttributionLexicon): NP | null {
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

/** "…, der angab, …", "…, die im Interview erklärte, …"; "…, der Ukraine Garantien zu geben" is an article. */
export function isRelativeOpener(toks: Token[], from: number): boolean {
  const opener = toks[from];
  const next = toks[from + 1];
  return (
    from > 0 &&
    toks[from - 1]!.text === "," &&
    !!opener &&
    opener.q === -1 &&
    SUBJECT_RELATIVES.has(opener.lower) &&
    !!next &&
    next.q === -1 &&
    next.kind === "word" &&
    !next.cap &&
    (PREPOSITIONS.has(next.lower) ||
      !isAdjectiveLike(next) ||
      // "…, der sagte, …", "…, die erklärte: …": a word on -e right before the punctuation closes the
      // clause as its verb; an adjective would need its noun ("der erklärte Gegner")
      toks[from + 2]?.text === "," ||
      toks[from + 2]?.text === ":")
  );
}

/** The noun phrase a relative clause hangs on: the phrase that ends at the comma before it. */
export function antecedent(toks: Token[], comma: number, lex: AttributionLexicon): NP | null {
  if (toks[comma + 1]?.lower === "das") return neuterAntecedent(toks, comma, lex);
  let m = comma - 1;
  // skip back over what may belong to the phrase: names, nouns, adjectives, a genitive attribute ("Der Führer
  // des Landes, der …"), then its determiner
  const inPhrase = (k: number) => {
    const t = toks[k]!;
    if (t.q !== -1 || t.kind !== "word") return false;
    if (t.cap || isAdjectiveLike(t)) return true;
    // "des Landes", and "ein Prediger aus London": a short attribute after the noun ("Angaben aus Kiew" name
    // their source, the place)
    const origin = ORIGIN_PREPOSITIONS.has(t.lower) && !lex.angabenNouns.has(toks[k - 1]?.lower ?? "");
    return (GENITIVE_ARTICLES.has(t.lower) || origin) && !!toks[k - 1]?.cap && toks[k - 1]!.q === -1;
  };
  // "der Zeitung „Hoy Bolivia“, wonach …": a quoted title closes the phrase
  if (toks[m]?.kind === "qclose") {
    while (m > 0 && toks[m]!.kind !== "qopen") m--;
    if (m > 0) m--;
  }
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
  // "Reinhard Kolb, Vorsitzender der Bundes-Grünen, der …": the phrase the genitive hangs on, at the start
  // the walk back reached, comes before the genitive's own determiner
  if (m < comma && opens[2]!(m) && toks[m - 1]?.text === ",") {
    const np = parseNP(toks, m, lex);
    if (np && np.end === comma && np.role) return np;
  }
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
  return extraposedSpeaker(toks, comma, lex);
}

/** "es" and "man" name nobody. */
export function impersonalNP(np: NP | null): boolean {
  return IMPERSONAL_PRONOUNS.has(np?.pronoun?.lower ?? "");
}

/** "…, auf denen …", "…, in dem …": a relative clause opened by a preposition. */
function isPrepRelative(toks: Token[], from: number): boolean {
  return (
    from > 0 &&
    toks[from - 1]!.text === "," &&
    PREPOSITIONS.has(toks[from]!.lower) &&
    PREPOSITION_RELATIVES.has(toks[from + 1]?.lower ?? "")
  );
}

/** Who speaks in the clause opened at `from` whose verb stands before `to`: the phrase a relative clause
 * hangs on ("Transparente, auf denen …", "ein Zettel, auf dem …"), else the clause's subject. */
export function clauseSpeaker(toks: Token[], from: number, to: number, lex: AttributionLexicon): NP | null {
  if (isRelativeOpener(toks, from) || isPrepRelative(toks, from)) return antecedent(toks, from - 1, lex);
  const v = finiteVerbIndex(toks, from, to, lex);
  return v >= 0 ? subjectOf(toks, from, v, lex) : null;
}

/** "Das Fazit der Ministerin X", "Die Antwort von X", "Seine Meinung": the owner of a noun for words. */
export function ownerOfWords(np: NP, toks: Token[], lex: AttributionLexicon): NP | null {
  const owner = np.modifiers[0];
  if (owner && (GENITIVE_ARTICLES.has(owner.lower) || AGENT_PREPOSITIONS.has(owner.lower))) {
    const at = toks.indexOf(owner);
    return parseNP(toks, AGENT_PREPOSITIONS.has(owner.lower) ? at + 1 : at, lex);
  }
  const d = np.det;
  if (d && OWNER_POSSESSIVES.has(d.lower))
    return {
      ...np,
      end: toks.indexOf(d) + 1,
      pronoun: { ...d, lower: /^sein/.test(d.lower) ? "er" : "sie" },
    };
  return null;
}

/** A person's name opening the sentence and followed by a comma (an apposition comes next). */
export function namedOpening(toks: Token[], lex: AttributionLexicon): NP | null {
  const np = initialNP(toks, lex);
  if (!np || np.pronoun || np.names.length < 2 || np.start !== 0) return null;
  return toks[np.end]?.text === "," || toks[np.end - 1]?.text === "," ? np : null;
}

/** A word the lexicon knows as a role or an organization ("Kartell", "Rat"), never an adverbial. */
function knownNoun(t: Token, lex: AttributionLexicon): boolean {
  return !!roleOf(t.text, lex) || isOrgNoun(t.text, lex);
}
