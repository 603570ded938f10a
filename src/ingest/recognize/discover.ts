// Discovery of people missing from the lexicon, from the evidence around them: a role noun right before
// the name ("Generalstabschef Andrij Hnatow"), a common given name ("Vorname Nachname"), an apposition on
// either side of a role phrase ("Hans Meier, Sprecher des Ministeriums," / "der Berater im Kanzleramt,
// Günter Sautter,"). Each discovered person keeps the surname as an alias, so later "Hnatow" and
// "Hnatows" link to them through the discovered index; a ruler keeps the given name ("Benedikt XVI." →
// "Benedikt"), and a surname discovered alone first ("Premier Santos") is the full name written later.

import { ARTICLE_AND_NAME } from "../german/arabic-articles.ts";
import { isNounOrCompound } from "../german/compound-nouns.ts";
import { INDEFINITE_ARTICLES } from "../german/determiners.ts";
import { isCommonNoun, isInflectedNoun } from "../german/dictionary.ts";
import { GENITIVE_APOSTROPHE, NOUN_SUFFIX, PERSON_NOUN_ENDING } from "../german/endings.ts";
import {
  NAME_ARTICLES,
  NAME_PARTICLES,
  NOT_NAME,
  REGNAL_NUMBER,
  RULER_TITLES,
  TITLES,
} from "../german/names.ts";
import { TOPONYM_ENDING } from "../german/toponyms.ts";
import type { NameForm } from "../lexicon/types.ts";
import { slug } from "../slug.ts";
import type { EntityType } from "../types.ts";
import { adjectiveCountry, BLANKS, type Context, firstCharsOf, isNameWord, space } from "./context.ts";
import { matchNames } from "./match-lexicon.ts";
import { afterParenthesis, PHRASE_DETERMINERS, phrase } from "./phrase.ts";
import { writtenAfterGivenName } from "./roles.ts";

/** Role + name first (the strongest evidence), then given name + surname, then appositions, which
 *  need the names found so far ("Berater von Präsident Andrzej Duda, Tomasz Nowak"). */
export function discoverPeople(ctx: Context): void {
  discoverRoleNames(ctx);
  discoverGivenNames(ctx);
  if (ctx.discovered.size) matchNames(ctx, discoveredIndex(ctx));
  discoverAppositions(ctx);
}

/** Role + name: "Generalstabschef Andrij Hnatow". */
function discoverRoleNames(ctx: Context): void {
  const w = ctx.w;
  for (const i of ctx.roleAt.keys()) {
    if (ctx.inCredit[i] || !w[i + 1] || !space(ctx, i, i + 1, BLANKS)) continue;
    const k = skipTitles(ctx, i + 1);
    if (ctx.cover.has(k)) continue;
    const end = nameRun(ctx, k);
    if (end === null || (end === k && (indefiniteBefore(ctx, i) || objectAfterRole(ctx, i, k)))) continue;
    const ruler = RULER_TITLES.has(w[i]!.text);
    // "Papst Benedikts erster Enzyklika": a ruler's given name in the genitive, no place's
    const givenGenitive = ruler && ctx.lex.firstNames.has(w[k]!.text.slice(0, -1));
    if (end === k && k === i + 1 && !givenGenitive && postnominalGenitive(ctx, i, k)) continue;
    discover(ctx, k, end, "discovered:role+name", { ruler });
  }
}

/** A word closed by a genitive -s ("Thailands"; not "Fuchs'" or "Hess"). */
const GENITIVE_S = /[^s']s$/;

/** "der Ministerpräsident Thailands, Anna Kern," / "Anna Kern, der Trainer Ghanas": a lone word on -s
 *  right after a role noun is the genitive of the place the role belongs to, not the person's name, when
 *  the stem is a place the lexicon knows ("Bürgermeister Budapests") or when the role phrase names its
 *  person in an apposition on either side (a person is not named twice in one phrase). */
function postnominalGenitive(ctx: Context, i: number, k: number): boolean {
  const word = ctx.w[k]!.text;
  if (!GENITIVE_S.test(word)) return false;
  const stem = word.slice(0, -1);
  // the stem known as a place, written elsewhere in the text ("Ghana" … "der Trainer Ghanas"), or shaped
  // like a country's name (Laonien, Ostland, Kurdistan)
  if (ctx.lex.typeOf(slug(stem)) || wordSet(ctx).has(stem) || TOPONYM_ENDING.test(stem)) return true;
  return appositionAfter(ctx, k) || appositionBefore(ctx, phrase(ctx, i, ctx.roleAt.get(i)!).firstWord);
}

/** A lone word on -s right after role word i that the lexicon does not cover, before an apposition. */
function unknownGenitiveAfter(ctx: Context, i: number): boolean {
  const k = i + 1;
  const w = ctx.w[k];
  return (
    !!w &&
    !ctx.cover.has(k) &&
    space(ctx, i, k, BLANKS) &&
    isNameWord(w) &&
    GENITIVE_S.test(w.text) &&
    appositionAfter(ctx, k)
  );
}

/** ", Anna Kern," / ", Kern." after word k: a name closing an apposition. */
function appositionAfter(ctx: Context, k: number): boolean {
  const next = k + 1;
  if (!ctx.w[next] || !space(ctx, k, next, /^, ?$/)) return false;
  const end = nameRun(ctx, next);
  return end !== null && closesApposition(ctx, end);
}

/** "Anna Kern, der Trainer …": a person, or two name words that are no common nouns, and a comma right
 *  before the phrase's first word. */
function appositionBefore(ctx: Context, first: number): boolean {
  const before = first - 1;
  if (before < 1 || !space(ctx, before, first, /^, ?$/)) return false;
  const f = ctx.cover.get(before);
  if (f) return f.mention.type === "PERSON";
  const nameWord = (j: number) =>
    isNameWord(ctx.w[j]!) && !NOT_NAME.has(ctx.w[j]!.text) && !isCommonNoun(ctx.w[j]!.text);
  return nameWord(before) && nameWord(before - 1) && space(ctx, before - 1, before, BLANKS);
}

/** "Vorname Nachname" with a common given name: enough evidence of a person on its own. */
function discoverGivenNames(ctx: Context): void {
  const w = ctx.w;
  const firsts = firstCharsOf(ctx.lex.firstNames);
  for (let i = 0; i < w.length - 1; i++) {
    if (firsts[ctx.initials[i]!] !== 1) continue;
    if (ctx.cover.has(i) || ctx.inCredit[i] || !ctx.lex.firstNames.has(w[i]!.text)) continue;
    if (!space(ctx, i, i + 1, BLANKS) || ctx.cover.has(i + 1)) continue;
    const end = nameRun(ctx, i, 3);
    if (end !== null && end > i && !ctx.roleAt.has(i + 1)) {
      discover(ctx, i, end, "discovered:firstname", { genitive: afterPossessedNoun(ctx, i) });
      i = end;
    }
  }
}

/** Whether some mention already stands for this discovered person (then it keeps its id). */
function mentioned(ctx: Context, id: string): boolean {
  for (const f of ctx.at.values()) if (f.mention.entityId === id) return true;
  return false;
}

/** "nach dem Rücktritt Horst Köhlers", "der Wahl Joseph Ratzingers": right after a common noun that names no
 *  person (no role, no name), a name stands in the genitive of its owner. */
function afterPossessedNoun(ctx: Context, i: number): boolean {
  const before = ctx.w[i - 1];
  if (!before?.upper || ctx.cover.has(i - 1) || personNounAt(ctx, i - 1) || !space(ctx, i - 1, i, BLANKS))
    return false;
  return before.sentence === ctx.w[i]!.sentence && isCommonNoun(before.text);
}

/** A role noun or another noun for a person at word j ("Sprecher", "der Pilot"): a name after it stands in
 *  apposition ("der Pilot Charles Riggs"), not as its owner. */
function personNounAt(ctx: Context, j: number): boolean {
  return ctx.roleAt.has(j) || PERSON_NOUN_ENDING.test(ctx.w[j]!.text);
}

/** Appositions after a role phrase with a determiner, and before any role phrase. */
function discoverAppositions(ctx: Context): void {
  const w = ctx.w;
  for (const [i, r] of ctx.roleAt) {
    if (ctx.inCredit[i]) continue;
    const ph = phrase(ctx, i, r);
    // "der außenpolitische Berater im Kanzleramt, Günter Sautter,"
    // "der frühere Präsident Laoniens, Tiko Varn,": over a place's genitive the lexicon does not know
    const last = ph.lastWord === i && unknownGenitiveAfter(ctx, i) ? i + 1 : ph.lastWord;
    const after = afterParenthesis(ctx, last);
    if (ph.hasDeterminer && w[after] && !ctx.cover.has(after) && space(ctx, after - 1, after, /^\)?, ?$/)) {
      const end = nameRun(ctx, after);
      if (end !== null && end > after && closesApposition(ctx, end))
        discover(ctx, after, end, "discovered:role-apposition");
    }
    // "Hans Meier, Sprecher des Ministeriums,"
    const before = ph.firstWord - 1;
    if (before >= 1 && space(ctx, before, ph.firstWord, /^, ?$/) && !ctx.cover.has(before)) {
      let k = before;
      while (k - 1 >= 0 && before - k < 3 && isNameWord(w[k - 1]!) && space(ctx, k - 1, k, BLANKS)) k--;
      for (; k < before; k++) {
        // "Eyadémas Sohn Faure Gnassingbé, der …": a common noun opens no name before another name word
        if (isCommonNoun(w[k]!.text) && !ctx.lex.firstNames.has(w[k]!.text)) continue;
        const end = nameRun(ctx, k);
        if (end === before) {
          discover(ctx, k, end, "discovered:apposition");
          break;
        }
      }
    }
  }
}

/** Skips academic titles before a name: "Prof. Dr. Matthias Beckmann" → the index of "Matthias". */
function skipTitles(ctx: Context, k: number): number {
  while (ctx.w[k] && TITLES.has(ctx.w[k]!.text) && ctx.text[ctx.w[k]!.end] === ".") k++;
  return k;
}

/** Capitalized name words starting at k (no punctuation between, same sentence): [k, end] or null. */
export function nameRun(ctx: Context, k: number, max = 4): number | null {
  const w = ctx.w;
  const first = w[k];
  if (!first || !isNameWord(first) || NOT_NAME.has(first.text) || ctx.inCredit[k]) return null;
  let end = k;
  for (let j = k + 1; j < w.length && j < k + max + 1; j++) {
    const word = w[j]!;
    if (word.sentence !== first.sentence || ctx.inCredit[j]) break;
    const glued = space(ctx, j - 1, j, BLANKS);
    // a middle initial: "George W. Bush"
    const initialBefore = /^\p{Lu}$/u.test(w[j - 1]!.text) && space(ctx, j - 1, j, /^\. $/);
    if (!glued && !initialBefore) break;
    if (/^\p{Lu}$/u.test(word.text) && space(ctx, j, j + 1, /^\. $/) && w[j + 1] && isNameWord(w[j + 1]!))
      continue;
    // "von der Leyen", "de Hoop Scheffer", "bin Salman": particles only between name words
    const isParticle = (x: number) =>
      NAME_PARTICLES.has(w[x]!.text) ||
      (NAME_ARTICLES.has(w[x]!.text) && /^(?:von|van)$/.test(w[x - 1]!.text));
    if (isParticle(j)) {
      let after = j;
      while (w[after + 1] && isParticle(after + 1) && after < j + 3) after++;
      if (
        w[after + 1] &&
        isNameWord(w[after + 1]!) &&
        !NOT_NAME.has(w[after + 1]!.text) &&
        space(ctx, after, after + 1, BLANKS)
      )
        continue;
    }
    if ((!isNameWord(word) && !ARTICLE_AND_NAME.test(word.text)) || NOT_NAME.has(word.text)) break;
    if (ownerBefore(ctx, j)) break;
    end = j;
  }
  const trimmed = trimRun(ctx, k, end);
  return trimmed === null ? null : withRegnalNumber(ctx, trimmed);
}

/** "Benedikt XVI.", "Johannes Paul II.": a regnal number right after the name, with its period, is part of it. */
function withRegnalNumber(ctx: Context, end: number): number {
  const next = ctx.w[end + 1];
  if (!next || next.sentence !== ctx.w[end]!.sentence || !REGNAL_NUMBER.test(next.text)) return end;
  return space(ctx, end, end + 1, BLANKS) && ctx.text[next.end] === "." ? end + 1 : end;
}

/** "König Olafs Geburtstag", "Angela Merkels Politik": a common noun after a name word in the genitive
 *  (no given name such as "Thomas") is what the name owns, not part of it. */
function ownerBefore(ctx: Context, j: number): boolean {
  const before = ctx.w[j - 1]!.text;
  return GENITIVE_S.test(before) && !ctx.lex.firstNames.has(before) && isCommonNoun(ctx.w[j]!.text);
}

/** The run without words that are something else (a body, a role, a nationality, a common noun) and
 *  without particles or initials at its end; null when its first word is no name. */
function trimRun(ctx: Context, k: number, end: number): number | null {
  const w = ctx.w;
  for (let j = k; j <= end; j++) {
    const word = w[j]!;
    if (NAME_PARTICLES.has(word.text) || NAME_ARTICLES.has(word.text) || /^\p{Lu}$/u.test(word.text))
      continue;
    const f = ctx.cover.get(j);
    const bad =
      (f && f.mention.type !== "PERSON") ||
      ctx.roleAt.has(j) ||
      (adjectiveCountry(ctx.lex, word) && !(j > k && surnameLikeStem(ctx, word.lower))) ||
      // (a capital inside the word, "ElBaradei", "McCain", is a name's, never a German noun's)
      (NOUN_SUFFIX.test(word.text) &&
        word.text.length > 5 &&
        !/\p{Ll}\p{Lu}/u.test(word.text) &&
        !givenNameInIe(word.text, j === k && end > k)) ||
      // "Maßnahmen", "Charles Riggs Probleme": an inflected noun opens no name and follows no full one
      // (after a given name it may still be a surname: "Harald Range")
      (isInflectedNoun(word.text) && j !== k + 1);
    if (bad) {
      if (j === k) return null;
      end = j - 1;
      break;
    }
  }
  while (
    end > k &&
    (NAME_PARTICLES.has(w[end]!.text) || NAME_ARTICLES.has(w[end]!.text) || /^\p{Lu}$/u.test(w[end]!.text))
  )
    end--;
  return end;
}

/** "Leonie Brandl", "Melanie Roth": a first word on -ie (a noun suffix: Strategie, Demokratie) before another
 *  name word is a given name when the dictionary knows no such noun. */
function givenNameInIe(text: string, beforeSurname: boolean): boolean {
  return beforeSurname && text.endsWith("ie") && !isCommonNoun(text);
}

/** "Christian Deutsch", "Rolf Schweizer": after a name word, the bare capitalized stem of a nationality
 *  adjective is a surname; its declined forms ("Deutsche", "Russischen") stay adjectives or demonyms. */
function surnameLikeStem(ctx: Context, lower: string): boolean {
  return ctx.lex.adjectives.has(`${lower}e`);
}

function wordSet(ctx: Context): Set<string> {
  ctx.wordsSeen ??= new Set(ctx.w.map((x) => x.text));
  return ctx.wordsSeen;
}

/**
 * "warf dem Ministerpräsidenten Wortbruch vor", "gab den Managern Mitschuld": a role noun declined with its
 * own determiner is a whole noun phrase, and a lone common noun after it (the dictionary's, or a compound
 * on one of its nouns) is the verb's object, not the role's name. An undeclined role keeps a surname that
 * is also a noun ("dem Bundeskanzler Kohl", "der Minister Hufnagel"), and so does a declined one when the
 * text writes the word after a given name too.
 */
function objectAfterRole(ctx: Context, i: number, k: number): boolean {
  const word = ctx.w[k]!.text;
  if (!declinedRole(ctx, i) || !isNounOrCompound(word) || writtenAfterGivenName(ctx, word)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const x = ctx.w[j]!;
    if (PHRASE_DETERMINERS.has(x.lower)) return space(ctx, j, j + 1);
    if (x.upper || !space(ctx, j, j + 1)) return false;
  }
  return false;
}

/** A role noun in a case or number ending its base form lacks: "Präsidenten", "Managern", "Ministers". */
function declinedRole(ctx: Context, i: number): boolean {
  const lower = ctx.w[i]!.lower;
  const noun = ctx.roleAt.get(i)!.role.noun.toLowerCase();
  return !lower.endsWith(noun) && /(?:n|s)$/.test(lower);
}

/** "ein Sprecher Auskunft": after an indefinite article the next word is no name. */
function indefiniteBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = ctx.w[j]!.lower;
    if (INDEFINITE_ARTICLES.has(t)) return true;
    if (PHRASE_DETERMINERS.has(t) || ctx.w[j]!.upper) return false;
  }
  return false;
}

/**
 * Records the person named by words [k, end]; their id, or null when the words cannot be one. After a
 * ruler's title (`ruler`) a given name alone is the name ("Papst Benedikt", in the genitive "Papst
 * Benedikts erster Enzyklika").
 */
export function discover(
  ctx: Context,
  k: number,
  end: number,
  rule: string,
  { ruler = false, genitive = false } = {},
): string | null {
  const w = ctx.w;
  const words = w.slice(k, end + 1).map((x, j) =>
    // initials and regnal numbers keep their period: "George W. Bush", "Benedikt XVI."
    (/^\p{Lu}$/u.test(x.text) && j < end - k) || (j > 0 && REGNAL_NUMBER.test(x.text))
      ? `${x.text}.`
      : x.text,
  );
  const last = words[words.length - 1]!;
  const given = (x: string) => ctx.lex.firstNames.has(x);
  if (ruler && end === k && GENITIVE_S.test(last) && given(last.slice(0, -1))) words[0] = last.slice(0, -1);
  // a single word is only a surname when it could not be anything else
  if (end === k && (words[0]!.length < 3 || (given(words[0]!) && !ruler))) return null;
  // a name in the genitive loses its -s: when the text also writes it without ("Joseph Ratzingers Wahl" …
  // "Joseph Ratzinger"), or where a genitive stands — after the noun it owns ("nach der Wahl Joseph
  // Ratzingers", `genitive`) or before it ("Joseph Ratzingers Wahl"); not in apposition after a noun for a
  // person, where the noun after the name is the verb's object ("bekam der Pilot Dirk Briggs Probleme")
  const owns =
    !!w[end + 1] &&
    space(ctx, end, end + 1, BLANKS) &&
    ownerBefore(ctx, end + 1) &&
    !(k > 0 && personNounAt(ctx, k - 1));
  // (by its place alone, not a word on -os, -ös, -us: surnames end so, "Carlos Mandros")
  const shaped = (genitive || owns) && !/[oöu]s$/.test(last);
  if (words.length > 1 && GENITIVE_S.test(last) && (shaped || wordSet(ctx).has(last.slice(0, -1))))
    words[words.length - 1] = last.slice(0, -1);
  // a name already known in part ("Andrij Hnatow" then "Generalstabschef Hnatow") stays one person
  const name = words.join(" ");
  for (const [id, d] of ctx.discovered) if (d.aliases.has(name)) return id;
  const id = slug(name);
  if (!id || ctx.lex.typeOf(id)) return null;
  const regnal = words.length > 1 && REGNAL_NUMBER.test(w[end]!.text);
  // "Benedikt XVI." is "Benedikt" again later, never "XVI."
  const surname = regnal ? words.slice(0, -1).join(" ") : words[words.length - 1]!;
  const aliases = new Set([name, surname]);
  if (words.length > 2 && NAME_PARTICLES.has(words[words.length - 2]!))
    aliases.add(words.slice(-2).join(" "));
  // "Premier Santos" … "Juan Manuel Santos", "Papst Benedikts" … "Benedikt XVI.": the name written in
  // full later is the same person as the one named by this part before
  for (const [other, d] of ctx.discovered)
    if (d.aliases.size === 1 && aliases.has(d.name) && !mentioned(ctx, other)) ctx.discovered.delete(other);
  ctx.discovered.set(id, { name, aliases, rule });
  return id;
}

function closesApposition(ctx: Context, end: number): boolean {
  const next = ctx.w[end + 1];
  const tail = ctx.text.slice(ctx.w[end]!.end, next ? next.start : ctx.text.length);
  return /^\s*[,.;:)]/.test(tail) || !next || !next.upper;
}

/** The names of the people and bodies discovered so far, as an index for `matchNames`. */
export function discoveredIndex(ctx: Context): Map<string, NameForm[]> {
  const index = new Map<string, NameForm[]>();
  const put = (text: string, id: string, type: EntityType, rule: string) => {
    const words = text.split(" ");
    const list = index.get(words[0]!) ?? [];
    list.push({ words, entityId: id, type, rule, context: null });
    index.set(words[0]!, list);
  };
  for (const [id, d] of ctx.discovered)
    for (const a of d.aliases) {
      put(a, id, "PERSON", a === d.name ? "discovered:name" : "discovered:surname");
      if (/\p{Ll}$/u.test(a))
        put(GENITIVE_APOSTROPHE.test(a) ? `${a}'` : `${a}s`, id, "PERSON", "discovered:inflected");
    }
  for (const [id, d] of ctx.discoveredOrgs)
    for (const form of [d.name, ...(d.forms ?? [])])
      put(form, id, "ORGANIZATION", d.kind === "MEDIA" ? "discovered:media" : "discovered:institution");
  return index;
}
