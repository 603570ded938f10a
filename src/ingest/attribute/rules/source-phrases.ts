// Source phrases: "laut X", "X zufolge", "nach Angaben des X", "nach X-Informationen", "Nach Umerows Angaben",
// and a norm or decision opening the sentence ("Nach dem Grundgesetz ist …"). A phrase frames the sentence
// (sourceInitial, sourceInner) or, beside another frame, its own clause (sideSourceFrames).

import { DEFINITE_ARTICLES } from "../../german/anaphoric-determiners.ts";
import { SUBORDINATORS } from "../../german/conjunctions.ts";
import {
  DETERMINERS,
  GENITIVE_DETERMINERS,
  GENITIVE_POSSESSIVES,
  GENITIVE_PRONOUNS,
  POSSESSIVES,
} from "../../german/determiners.ts";
import { isCommonNoun, wordClasses } from "../../german/dictionary.ts";
import {
  DECISION_NOUN,
  NORM_MODALS,
  NORM_NOUN,
  NORM_PHRASE_LINKS,
  NORM_VERBS,
} from "../../german/norm-sources.ts";
import { AGENT_PREPOSITIONS } from "../../german/prepositions.ts";
import {
  GENERIC_SOURCE_NOUN,
  POSSESSED_SOURCE_NOUNS,
  SIDE_NOUNS,
  SOURCE_COMPOUND,
  SOURCE_NOUN_ENDING,
  VAGUE_REPORT,
  VAGUE_SOURCE_WORD,
  VIEW_NOUNS,
} from "../../german/speech-words.ts";
import { isTimeNoun } from "../../german/time-nouns.ts";
import { GEHT_FORMS } from "../../german/verb-forms.ts";
import type { Token } from "../../types.ts";
import { clauseEnd, clauseStart, contentOf, finiteVerbIndex, span } from "../clause.ts";
import type { AttributionLexicon } from "../lexicon.ts";
import { isAdjectiveLike, type NP, parseNP } from "../np.ts";
import { isNamed, isUnknownActor, sideOf } from "../phrase-features.ts";
import { subjectOf } from "../subject.ts";
import type { Frame, FrameContext, FrameRule, SourceFrame } from "./rule.ts";

/** "israelischen", "palästinensischen", "chinesischen", "US-amerikanischen": an adjective of a country or
 * people in -isch says whose the information is; the few -isch adjectives of a kind of information
 * ("politischen", "technischen", "medizinischen", "statistischen") do not. */
const NATIONALITY_ADJECTIVE =
  /^(?!(politisch|technisch|medizinisch|statistisch|praktisch|kritisch|juristisch|diplomatisch|militärisch|psychisch|logisch|typisch|realistisch|optimistisch|pessimistisch|skeptisch|fantastisch|systematisch|automatisch|telefonisch|elektronisch|schriftlich)).+isch(e|en|er|es|em)$/;

/** A word the dictionary knows only as an indicative verb form, never as an adjective or participle. */
function isFiniteVerb(word: string): boolean {
  const wc = wordClasses(word);
  return wc.indicative && !wc.adjective && !wc.participle;
}

function isSourceNoun(word: string, lex: AttributionLexicon): boolean {
  return lex.angabenNouns.has(word.toLowerCase()) || SOURCE_NOUN_ENDING.test(word);
}

/** "laut X", "X zufolge", "nach Angaben des X", "nach X-Informationen", "Nach Umerows Angaben". */
function findSourceFrames(toks: Token[], lex: AttributionLexicon): SourceFrame[] {
  const out: SourceFrame[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== "word" || t.q !== -1) continue;
    if (lex.laut.has(t.lower)) {
      const f = laut(toks, i, lex);
      if (f) out.push(f);
    } else if (lex.zufolge.has(t.lower) && i > 0) {
      const f = zufolge(toks, i, lex);
      if (f) out.push(f);
    } else if (t.lower === "nach") {
      // "Geht es nach X, …", "Wenn es nach X geht, …": what X wants, in X's words
      const idiom = toks[i - 1]?.lower === "es" ? gehtEsNach(toks, i, lex) : null;
      if (idiom) {
        out.push(idiom);
        continue;
      }
      const n1 = toks[i + 1];
      if (!n1 || n1.q !== -1) continue;
      // "nach Angaben des X" read, or not read, at its noun: nothing else starts at this "nach"
      if (nachAngaben(toks, i, lex, out)) continue;
      const norm = nachNorm(toks, i, lex);
      if (norm) {
        out.push(norm);
        continue;
      }
      const f = nachCompound(toks, i, n1, lex);
      if (f) out.push(f);
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

/** "Nach dem Grundgesetz ist …", "Nach der Ankündigung der Ministerin soll …" with "nach" at `i` opening the
 * sentence: a norm or decision, its owner in a genitive, then a finite verb that reports what it lays down
 * (NORM_VERBS, NORM_MODALS after a decision: a past tense tells of what followed it in time). */
function nachNorm(toks: Token[], i: number, lex: AttributionLexicon): SourceFrame | null {
  if (toks.findIndex((t) => t.kind === "word") !== i || !DEFINITE_ARTICLES.has(toks[i + 1]!.lower))
    return null;
  const np = parseNP(toks, i + 1, lex);
  const head = np?.head ?? np?.caps[0];
  const norm = !!head && NORM_NOUN.test(head.lower);
  if (!np || !head || !(norm || DECISION_NOUN.test(head.lower))) return null;
  // the rest of the phrase up to the verb: "Artikel 65 des Grundgesetzes", "der Koalition aus SPD und Grünen"
  let v = np.end;
  while (v - i < 14 && toks[v] && inNormPhrase(toks[v]!)) v++;
  const verb = toks[v]?.lower ?? "";
  if (!(norm ? NORM_VERBS.has(verb) : NORM_MODALS.has(verb))) return null;
  // "der Ankündigung der Ministerin": the owner of the decision is its source
  const g = np.start + np.adjectives.length + 2;
  const owner = GENITIVE_DETERMINERS.has(toks[g]?.lower ?? "") ? parseNP(toks, g, lex) : null;
  const subject = owner && (isNamed(owner) || isUnknownActor(owner)) ? owner : np;
  return { from: i, to: v, subject, sourceTok: null, rule: "reported:nach-norm" };
}

/** A word that may stand in a norm's phrase before its verb: a noun or name, a number, an article, a
 * linking word ("und", "aus", "von"). */
function inNormPhrase(t: Token): boolean {
  if (t.q !== -1 || t.kind !== "word" || NORM_VERBS.has(t.lower)) return false;
  return t.cap || /^\d/.test(t.text) || DETERMINERS.has(t.lower) || NORM_PHRASE_LINKS.has(t.lower);
}

/** "Geht es nach X," / "Wenn es nach X geht," with "nach" at `i`: the idiom opens the sentence. */
function gehtEsNach(toks: Token[], i: number, lex: AttributionLexicon): SourceFrame | null {
  const opener = toks[i - 2]?.lower ?? "";
  const inverted = i === 2 && GEHT_FORMS.has(opener);
  const conditional = i === 2 && (opener === "wenn" || opener === "falls");
  if (!inverted && !conditional) return null;
  const np = parseNP(toks, i + 1, lex);
  if (!np || np.pronoun) return null;
  const end = conditional && GEHT_FORMS.has(toks[np.end]?.lower ?? "") ? np.end + 1 : np.end;
  if (toks[end]?.text !== ",") return null;
  return { from: 0, to: end, subject: np, sourceTok: null, rule: "reported:geht-es-nach" };
}

/** "laut X" at `i`. */
function laut(toks: Token[], i: number, lex: AttributionLexicon): SourceFrame | null {
  const lower = lowerCaseSource(toks, i);
  if (lower) return lower;
  const np = parseNP(toks, i + 1, lex);
  if (!np) return null;
  // "laut seiner Aussage", "gemäß ihren Angaben": the possessive names the source, as in "nach seinen Worten"
  const det = np.det;
  if (det && POSSESSIVES.has(det.lower) && np.head && isSourceNoun(np.head.text, lex))
    return { from: i, to: np.end, subject: null, sourceTok: det, rule: "reported:laut" };
  const owner = ownerOf(toks, np, lex);
  // "gemäß der Zeitung" names a source, "gemäß der Regelung" a norm: "gemäß" needs a speaker or a report
  if (toks[i]!.lower === "gemäß" && !speakerLike(owner, lex)) return null;
  return { from: i, to: np.end, subject: owner, sourceTok: null, rule: "reported:laut" };
}

/** "laut dpa-Meldung", "laut einer ai-Studie", "laut „tagesschau.de“": a source in lower case that no noun
 * phrase reads — a compound on an agency's short name, or a web address — after "laut" at `i`. */
function lowerCaseSource(toks: Token[], i: number): SourceFrame | null {
  let k = i + 1;
  if (DETERMINERS.has(toks[k]?.lower ?? "")) k++;
  const quoted = toks[k]?.kind === "qopen";
  if (quoted) k++;
  const t = toks[k];
  if (t?.kind !== "word" || t.cap || !(LOWER_COMPOUND_SOURCE.test(t.text) || WEB_ADDRESS.test(t.text)))
    return null;
  const to = quoted && toks[k + 1]?.kind === "qclose" ? k + 2 : k + 1;
  return { from: i, to, subject: null, sourceTok: t, rule: "reported:laut" };
}

/** "dpa-Meldung", "ai-Bericht": a short name in lower case joined to a capitalized noun. */
const LOWER_COMPOUND_SOURCE = /^\p{Ll}[\p{L}\d]*-\p{Lu}\p{L}+$/u;
/** "tagesschau.de", "bildblog.de", "spiegel.de" */
export const WEB_ADDRESS = /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.(de|at|ch|com|net|org|eu|info)$/u;

/** A phrase that names who speaks: a person, a role, an organization or medium, or a report ("Aussage"). */
function speakerLike(np: NP, lex: AttributionLexicon): boolean {
  if (np.role || np.org || np.media || np.title || np.pronoun) return true;
  const head = np.head ?? np.caps[np.caps.length - 1];
  if (head && isSourceNoun(head.text, lex)) return true;
  return np.names.length > 0 && !np.names.every((n) => isCommonNoun(n.text));
}

/** "X zufolge" with "zufolge" at `i`. */
function zufolge(toks: Token[], i: number, lex: AttributionLexicon): SourceFrame | null {
  // walk back over the phrase before "zufolge"
  let s = i;
  while (s > 0) {
    const p = toks[s - 1]!;
    if (p.q !== -1 || p.kind === "qopen" || p.kind === "qclose") {
      s--;
      continue;
    }
    // "Einer Mitteilung des Verbandes Deutscher Ärzte (VDÄ) zufolge": an abbreviation in brackets
    if (p.text === ")" && toks[s - 3]?.text === "(" && toks[s - 2]?.kind === "word") {
      s -= 3;
      continue;
    }
    if (p.kind !== "word") break;
    // "starben offiziellen Angaben zufolge": a finite verb before the phrase is no adjective of it
    if (!p.cap && isFiniteVerb(p.text)) break;
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
    else if (cand && bracketEnd(toks, cand.end, i)) np = { ...cand, end: i };
  }
  if (!np) return null;
  return {
    from: np.start,
    to: i + 1,
    subject: ownerOf(toks, np, lex),
    sourceTok: null,
    rule: "reported:zufolge",
  };
}

/** nach [den] [eigenen|offiziellen] Angaben/Berechnungen/Meinung [des X | von X | Russlands], with "nach" at
 * `i`: false when no noun for a source follows, else true (whether or not a source was found). */
function nachAngaben(toks: Token[], i: number, lex: AttributionLexicon, out: SourceFrame[]): boolean {
  // "nach dessen Angaben" names its source by the pronoun (nachCompound)
  if (GENITIVE_PRONOUNS.includes(toks[i + 1]!.lower)) return false;
  let j = i + 1;
  const adjs: string[] = [];
  if (DETERMINERS.has(toks[i + 1]!.lower)) j++;
  while (toks[j] && isAdjectiveLike(toks[j]!) && j - i < 5) adjs.push(toks[j++]!.lower);
  const noun = toks[j];
  if (!(noun?.cap && noun.q === -1 && isSourceNoun(noun.text, lex))) return false;
  const n2 = toks[j + 1];
  // "Nach Polizeiangaben von Sonntag": "von" and a time say when, not who
  const when = n2?.lower === "von" && isTimeNoun(toks[j + 2]?.lower ?? "");
  if (
    n2 &&
    n2.q === -1 &&
    !when &&
    (n2.lower === "von" ||
      n2.lower === "aus" ||
      GENITIVE_DETERMINERS.has(n2.lower) ||
      GENITIVE_POSSESSIVES.has(n2.lower) ||
      genitiveAdjective(toks, j + 1))
  ) {
    const np = parseNP(toks, n2.lower === "von" || n2.lower === "aus" ? j + 2 : j + 1, lex);
    if (np) out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
  } else if (
    n2?.cap &&
    n2.kind === "word" &&
    n2.q === -1 &&
    /s$/.test(n2.text) &&
    !isSourceNoun(n2.text, lex)
  ) {
    const np = parseNP(toks, j + 1, lex, false);
    if (np) out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
  } else if (adjs.includes("eigenen")) {
    out.push({
      from: i,
      to: j + 1,
      subject: null,
      sourceTok: null,
      rule: "reported:eigene-angaben",
      own: true,
    });
  } else if (DEFINITE_ARTICLES.has(toks[i + 1]!.lower) || adjs.length) {
    // "nach israelischen Angaben", "nach den vorliegenden Informationen": the phrase is the source when
    // it says whose it is (isVague decides)
    const np = parseNP(toks, i + 1, lex, false);
    if (np) out.push({ from: i, to: np.end, subject: np, sourceTok: null, rule: "reported:nach-angaben" });
  } else if (/-/.test(noun.text) || !lex.angabenNouns.has(noun.lower)) {
    // "nach dpa-Informationen", "nach Expertenmeinung": the source is inside the word
    if (!lex.vagueSources.has(noun.lower) && !GENERIC_SOURCE_NOUN.test(noun.text))
      out.push({ from: i, to: j + 1, subject: null, sourceTok: noun, rule: "reported:nach-informationen" });
  }
  return true;
}

/** "Angaben libanesischer Sicherheitskreise", "Schätzungen französischer Behörden": a genitive without an
 * article carries its case on a strong adjective in -er before a capitalized noun. */
function genitiveAdjective(toks: Token[], at: number): boolean {
  const a = toks[at];
  if (!a || a.q !== -1 || !/er$/.test(a.lower) || !isAdjectiveLike(a)) return false;
  const n = toks[at + 1]?.lower === "und" ? toks[at + 3] : toks[at + 1];
  return !!n && n.cap && n.kind === "word" && n.q === -1;
}

/** "nach dpa-Informationen", "nach Umerows Angaben", "nach seinen Worten": the source is one word after
 * "nach" at `i`. */
function nachCompound(toks: Token[], i: number, n1: Token, lex: AttributionLexicon): SourceFrame | null {
  if (SOURCE_COMPOUND.test(n1.text))
    return { from: i, to: i + 2, subject: null, sourceTok: n1, rule: "reported:nach-informationen" };
  const noun = toks[i + 2]?.lower ?? "";
  if (n1.cap && /s$/.test(n1.text) && (lex.angabenNouns.has(noun) || VIEW_NOUNS.has(noun)))
    return { from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" };
  if (!POSSESSED_SOURCE_NOUNS.has(toks[i + 2]?.lower ?? "")) return null;
  // "nach seinen Worten"
  if (POSSESSIVES.has(n1.lower))
    return { from: i, to: i + 3, subject: null, sourceTok: n1, rule: "reported:nach-angaben" };
  // "nach dessen Angaben", "nach deren Worten": the pronoun points back as "seinen"/"ihren" would
  if (GENITIVE_PRONOUNS.includes(n1.lower)) {
    const lower = n1.lower === "dessen" ? "seine" : "ihre";
    return { from: i, to: i + 3, subject: null, sourceTok: { ...n1, lower }, rule: "reported:nach-angaben" };
  }
  return null;
}

/** "einem Bericht der Organisation X", "Angaben des ZDF": a report speaks for its owner. */
export function ownerOf(toks: Token[], np: NP, lex: AttributionLexicon): NP {
  const headTok = np.head ?? np.caps[0];
  const head = headTok?.lower ?? "";
  if (!(lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || isSourceNoun(headTok?.text ?? "", lex)))
    return np;
  // the owner is a modifier the phrase took ("einem Bericht der X") or follows the bare noun ("Angaben des X")
  const first = np.modifiers[0] ?? (np.caps.length === 1 ? toks[np.end] : undefined);
  if (
    !first ||
    first.q !== -1 ||
    !(AGENT_PREPOSITIONS.has(first.lower) || GENITIVE_DETERMINERS.has(first.lower))
  )
    return np;
  const at = toks.indexOf(first);
  const owner = parseNP(toks, AGENT_PREPOSITIONS.has(first.lower) ? at + 1 : at, lex);
  return owner?.caps.length && !owner.pronoun ? { ...owner, end: Math.max(np.end, owner.end) } : np;
}

/** "(VDÄ)" from `from` up to `to`: the abbreviation of the phrase before it. */
function bracketEnd(toks: Token[], from: number, to: number): boolean {
  return to === from + 3 && toks[from]?.text === "(" && toks[from + 2]?.text === ")";
}

function coordEnd(toks: Token[], from: number, to: number, lex: AttributionLexicon): boolean {
  if (toks[from]?.lower !== "und") return false;
  const np = parseNP(toks, from + 1, lex);
  return !!np && np.end === to;
}

/** A source phrase that names whose the words are: a source, and not a vague one ("Berichten zufolge"). */
function namesSource(sf: SourceFrame, lex: AttributionLexicon): boolean {
  return !isVague(sf, lex) && !!(sf.subject || sf.sourceTok);
}

/** The REPORTED frame of a source phrase over `content`. */
function sourceFrame(
  toks: Token[],
  sf: SourceFrame,
  content: { start: number; end: number },
  confidence: number,
): Frame {
  return {
    kind: "REPORTED",
    rule: sf.rule,
    start: content.start,
    end: content.end,
    cue: null,
    subject: sf.subject,
    sourceTok: sf.sourceTok,
    frameToks: span(toks, sf.from, sf.to),
    confidence,
    impersonal: false,
  };
}

function isVague(sf: SourceFrame, lex: AttributionLexicon): boolean {
  const np = sf.subject;
  if (!np) return sf.sourceTok ? VAGUE_SOURCE_WORD.test(sf.sourceTok.text) : false;
  if (specificReport(np, lex)) return false;
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
  return lex.vagueSources.has(head) || VAGUE_REPORT.test(head) || SIDE_NOUNS.has(head);
}

/** "dem Bericht zufolge", "israelischen Angaben zufolge", "nach chinesischen Angaben": a definite
 * article points back to a report the text named, an adjective of a country or side says whose it is. A
 * bare plural ("Medienberichten zufolge"), "offiziellen" or "ersten Angaben" name nobody. */
function specificReport(np: NP, lex: AttributionLexicon): boolean {
  if (DEFINITE_ARTICLES.has(np.det?.lower ?? "")) return true;
  return np.adjectives.some((a) => sideOf(a.text, lex) !== null || NATIONALITY_ADJECTIVE.test(a.lower));
}

/** The source phrases of a unit that name a source (a vague "laut Berichten" still frames the sentence);
 * "nach eigenen Angaben" names the subject of the sentence. */
export function sourcePhrases(toks: Token[], lex: AttributionLexicon): SourceFrame[] {
  const sources = findSourceFrames(toks, lex).filter((s) => !isVague(s, lex) || s.rule === "reported:laut");
  for (const s of sources) {
    if (!s.own) continue;
    const v = finiteVerbIndex(toks, 0, toks.length, lex);
    s.subject = v >= 0 ? subjectOf(toks, 0, v, lex) : null;
  }
  return sources;
}

/** What the source rules report: the source phrase that framed the sentence. */
const SOURCE_RULES = [
  "reported:laut",
  "reported:geht-es-nach",
  "reported:zufolge",
  "reported:nach-angaben",
  "reported:eigene-angaben",
  "reported:nach-informationen",
  "reported:nach-norm",
] as const;

/** A source phrase that opens the sentence frames all of it: "Nach Angaben des X verliefen …". */
function sourceInitial(ctx: FrameContext): Frame | null {
  const { toks, lex } = ctx;
  const initial = ctx.sources.find((s) => s.from <= ctx.firstWord + 1 && namesSource(s, lex));
  if (!initial) return null;
  // "Geht es nach X, sei …": the idiom is a clause of its own before the content
  const from = initial.rule === "reported:geht-es-nach" ? initial.to + 1 : 0;
  const all = contentOf(toks, from, toks.length);
  return all ? sourceFrame(toks, initial, all, 0.8) : null;
}

/** A source phrase inside the sentence: "Die Gespräche sind laut X konstruktiv verlaufen." Inside a relative
 * or subordinate clause, the statement is that clause. */
function sourceInner(ctx: FrameContext): Frame | null {
  const { toks, lex } = ctx;
  const inner = ctx.sources.find((s) => namesSource(s, lex));
  if (!inner) return null;
  const cs = clauseStart(toks, inner.from);
  const opener = toks[cs];
  const sub =
    cs > 0 &&
    opener &&
    (SUBORDINATORS.has(opener.lower) || DETERMINERS.has(opener.lower)) &&
    toks[cs - 1]?.text === ",";
  const all = sub ? contentOf(toks, cs, clauseEnd(toks, inner.to - 1)) : contentOf(toks, 0, toks.length);
  return all ? sourceFrame(toks, inner, all, 0.75) : null;
}

export const sourceInitialRule: FrameRule = {
  name: "source-initial",
  reports: SOURCE_RULES,
  read: sourceInitial,
};
export const sourceInnerRule: FrameRule = { name: "source-inner", reports: SOURCE_RULES, read: sourceInner };

/** Source phrases beside the unit's main frame, each in a clause of its own outside the frame's content:
 * "Ausländer wurden nach Angaben eines Helfers von den Behörden aufgefordert, die Stadt zu verlassen" — the
 * main clause is the helper's report, the infinitive the authorities' demand. `sources` are the unit's
 * source phrases (`sourcePhrases`), as the frame rules had them. */
export function sideSourceFrames(
  toks: Token[],
  lex: AttributionLexicon,
  main: Frame,
  sources: SourceFrame[],
): Frame[] {
  const out: Frame[] = [];
  for (const s of sources) {
    // "Geht es nach X, …" is a clause of the idiom alone: its words are the rest of the sentence
    if (!namesSource(s, lex) || s.rule === "reported:geht-es-nach") continue;
    const content = contentOf(toks, clauseStart(toks, s.from), clauseEnd(toks, Math.max(s.from, s.to - 1)));
    if (!content || (content.start < main.end && content.end > main.start)) continue;
    // "sagte X laut ndr.de", "bestätigte X laut Reuters": a source in the clause of the frame's own verb of
    // saying names the channel of those words, not words of its own
    if (main.cue && main.cue.start >= content.start && main.cue.start < content.end) continue;
    out.push(sourceFrame(toks, s, content, 0.7));
  }
  return out;
}
