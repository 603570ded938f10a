// Discovery of people missing from the lexicon, from the evidence around them: a role noun right before
// the name ("Generalstabschef Andrij Hnatow"), a common given name ("Vorname Nachname"), an apposition on
// either side of a role phrase ("Hans Meier, Sprecher des Ministeriums," / "der Berater im Kanzleramt,
// Günter Sautter,"). Each discovered person keeps the surname as an alias, so later "Hnatow" and
// "Hnatows" link to them through the discovered index.

import { INDEFINITE_ARTICLES } from "../german/determiners.ts";
import { isCommonNoun, isInflectedNoun } from "../german/dictionary.ts";
import { GENITIVE_APOSTROPHE, NOUN_SUFFIX } from "../german/endings.ts";
import { NAME_ARTICLES, NAME_PARTICLES, NOT_NAME, TITLES } from "../german/names.ts";
import { TOPONYM_ENDING } from "../german/toponyms.ts";
import type { NameForm } from "../lexicon/types.ts";
import { slug } from "../slug.ts";
import type { EntityType } from "../types.ts";
import { adjectiveCountry, BLANKS, type Context, firstCharsOf, isNameWord, space } from "./context.ts";
import { matchNames } from "./match-lexicon.ts";
import { afterParenthesis, PHRASE_DETERMINERS, phrase } from "./phrase.ts";

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
    if (end === null || (end === k && indefiniteBefore(ctx, i))) continue;
    if (end === k && k === i + 1 && postnominalGenitive(ctx, i, k)) continue;
    discover(ctx, k, end, "discovered:role+name");
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
      discover(ctx, i, end, "discovered:firstname");
      i = end;
    }
  }
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
    if (!isNameWord(word) || NOT_NAME.has(word.text)) break;
    end = j;
  }
  return trimRun(ctx, k, end);
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
      (NOUN_SUFFIX.test(word.text) &&
        word.text.length > 5 &&
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

/** "ein Sprecher Auskunft": after an indefinite article the next word is no name. */
function indefiniteBefore(ctx: Context, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = ctx.w[j]!.lower;
    if (INDEFINITE_ARTICLES.has(t)) return true;
    if (PHRASE_DETERMINERS.has(t) || ctx.w[j]!.upper) return false;
  }
  return false;
}

/** Records the person named by words [k, end]; their id, or null when the words cannot be one. */
export function discover(ctx: Context, k: number, end: number, rule: string): string | null {
  const w = ctx.w;
  // a single word is only a surname when it could not be anything else
  if (end === k && (w[k]!.text.length < 3 || ctx.lex.firstNames.has(w[k]!.text))) return null;
  const words = w.slice(k, end + 1).map((x, j) =>
    // initials keep their period: "George W. Bush"
    /^\p{Lu}$/u.test(x.text) && j < end - k ? `${x.text}.` : x.text,
  );
  // "Joseph Ratzingers Wahl": the genitive of a name that also stands without it
  const last = words[words.length - 1]!;
  if (words.length > 1 && /[^s]s$/.test(last) && wordSet(ctx).has(last.slice(0, -1)))
    words[words.length - 1] = last.slice(0, -1);
  // a name already known in part ("Andrij Hnatow" then "Generalstabschef Hnatow") stays one person
  const joined = words.join(" ");
  for (const [id, d] of ctx.discovered) if (d.aliases.has(joined)) return id;
  const name = words.join(" ");
  const id = slug(name);
  if (!id || ctx.lex.typeOf(id)) return null;
  const surname = words[words.length - 1]!;
  const aliases = new Set([name, surname]);
  if (words.length > 2 && NAME_PARTICLES.has(words[words.length - 2]!))
    aliases.add(words.slice(-2).join(" "));
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
