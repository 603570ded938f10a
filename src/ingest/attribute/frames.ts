// Reading one unit: which frame attributes it (a verb of saying before or after its content, a colon,
// "laut X", "X zufolge", "nach Angaben des X", a reported speech act), where the content is, and which
// phrase is the subject of the cue — the subject of the cue verb, never the subject of the content.

import { CONTENT_OPENERS, COORDINATORS, SUBORDINATORS } from "../german/conjunctions.ts";
import { DETERMINERS, POSSESSIVES } from "../german/determiners.ts";
import { PREPOSITIONS } from "../german/prepositions.ts";
import { AUXILIARIES, COPULAS, MODAL_VERBS, PERFECT_AUXILIARIES } from "../german/verbs.ts";
import type { StatementKind } from "../types.ts";
import {
  clauseEnd,
  clauseStart,
  closeOf,
  contentOf,
  finiteVerbIndex,
  hasClauseWord,
  indicativeMainClause,
  infinitiveClause,
  isFunction,
  isKonjunktiv,
  negated,
  nominalOnly,
  onlyQuote,
  skipAdverbs,
  span,
  wordsIn,
} from "./clause.ts";
import { type Cue, cueSpan, hasSich, unitCues } from "./cues.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { type NP, parseNP } from "./np.ts";
import { type Frame, quotationFrame } from "./rules/rule.ts";
import { findSourceFrames, isVague } from "./rules/source-phrases.ts";
import {
  antecedent,
  clauseSpeaker,
  cueSubject,
  impersonalNP,
  initialNP,
  isApposition,
  isRelativeOpener,
  ownerOfWords,
  subjectOf,
} from "./subject.ts";
import type { Tok, Unit } from "./text.ts";

/** Speech acts whose quoted words are the statement ("nannte … „überzogen“"). */
const QUOTING_ACTS = new Set(["nennen", "bezeichnen", "sprechen", "schimpfen", "rechtfertigen"]);

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

const SUBORDINATE_FRAME = /^(als|während|nachdem|da|weil|obwohl)$/;

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
