// Discovery of organizations missing from the lexicon: bodies named by their seat ("Staatsanwaltschaft
// Braunschweig", "Landgericht Bremen") and media named after a noun that introduces them ("das Magazin
// Politico", "die Zeitung «Kommersant»"). They join the discovered index like discovered people.

import { ADJECTIVE_ENDINGS, NOUN_SUFFIX } from "../german/endings.ts";
import { NOT_NAME } from "../german/names.ts";
import { WEAK_DECLENSION_OPENERS } from "../german/weak-declension.ts";
import type { Lexicon } from "../lexicon/types.ts";
import { slug } from "../slug.ts";
import {
  adjectiveCountry,
  BLANKS,
  type Context,
  firstCharsOf,
  isNameWord,
  mayBeUpper,
  space,
} from "./context.ts";

/** "Staatsanwaltschaft Braunschweig", "Landgericht Bremen": a body named by its seat (heads: nouns.yaml). */
export function discoverInstitutions(ctx: Context): void {
  const w = ctx.w;
  const institutionHead = ctx.lex.institutionHead;
  for (let i = 0; i < w.length - 1; i++) {
    const word = w[i]!;
    if (!word.upper || ctx.cover.has(i) || ctx.inCredit[i] || !institutionHead.test(word.lower)) continue;
    const next = w[i + 1]!;
    if (!space(ctx, i, i + 1, BLANKS) || next.sentence !== word.sentence || ctx.inCredit[i + 1]) continue;
    const f = ctx.at.get(i + 1);
    const seat =
      f?.mention.type === "PLACE" && !f.partial
        ? f.last
        : isNameWord(next) &&
            !ctx.cover.has(i + 1) &&
            !NOT_NAME.has(next.text) &&
            !NOUN_SUFFIX.test(next.text)
          ? i + 1
          : -1;
    if (seat < 0) continue;
    const name = ctx.text.slice(word.start, w[seat]!.end);
    const id = slug(name);
    if (!id || ctx.lex.typeOf(id)) continue;
    ctx.discoveredOrgs.set(
      id,
      f && seat === f.last
        ? { name, kind: "INSTITUTION", seatId: f.mention.entityId }
        : { name, kind: "INSTITUTION" },
    );
  }
}

/** "das Magazin Politico", "die Zeitung «Kommersant»", "die Nachrichtenagentur Unian" (nouns: nouns.yaml). */
export function discoverMedia(ctx: Context): void {
  const w = ctx.w;
  const text = ctx.text;
  const mediaNouns = ctx.lex.mediaNouns;
  const firsts = firstCharsOf(mediaNouns);
  for (let i = 0; i < w.length - 1; i++) {
    if (
      firsts[ctx.initials[i]!] !== 1 ||
      !mediaNouns.has(w[i]!.text) ||
      ctx.cover.has(i + 1) ||
      ctx.inCredit[i + 1]
    )
      continue;
    const g = text.slice(w[i]!.end, w[i + 1]!.start);
    if (!/^\s*[„“"«»‚‘]?$/.test(g)) continue;
    const quoted = /[„“"«»‚‘]/.test(g);
    let end = i + 1;
    if (!w[end]!.upper || NOT_NAME.has(w[end]!.text)) continue;
    while (end + 1 < w.length && end < i + 4 && w[end + 1]!.sentence === w[i]!.sentence) {
      const gg = text.slice(w[end]!.end, w[end + 1]!.start);
      if (!/^[ \t]+$/.test(gg) || (!quoted && !w[end + 1]!.upper) || ctx.cover.has(end + 1)) break;
      if (!quoted && (NOT_NAME.has(w[end + 1]!.text) || ctx.roleAt.has(end + 1))) break;
      end++;
    }
    if (quoted && !/^[“"«»‘’]/.test(text.slice(w[end]!.end, w[end]!.end + 1))) continue;
    const name = w
      .slice(i + 1, end + 1)
      .map((x) => x.text)
      .join(" ");
    const id = slug(name);
    if (!id || ctx.lex.typeOf(id)) continue;
    ctx.discoveredOrgs.set(id, { name, kind: "MEDIA" });
  }
}

/**
 * The body named by words [k, end] of a role's genitive complement or a "von der" phrase, in the
 * nominative: "des Verkehrsverbundes Rhein-Ruhr" → "Verkehrsverbund Rhein-Ruhr", "der
 * Rektorenkonferenz". Its head noun (the first word) must end like a body's name (nouns.yaml
 * bodyHeads) and be more than that ending, or be followed by its own name: "des Verbands" alone
 * is no name, "des Landesverbands" and "des Vereins Nordlicht" are. Its id, or null.
 */
export function namedBody(ctx: Context, k: number, end: number): string | null {
  const w = ctx.w;
  // "der Jungen Union", "der Deutschen Bundesbank": capitalized adjectives belong to the name
  const adjective = properAdjective(ctx, k) && k < end ? nominativeAdjective(ctx, k) : null;
  const h = adjective ? k + 1 : k;
  const stem = bodyStem(ctx, w[h]!.text);
  if (!stem) return null;
  if (!adjective && !isBodyHead(ctx, stem, end > k)) return null;
  const words = [stem, ...w.slice(h + 1, end + 1).map((x) => x.text)];
  return recordBody(ctx, adjective ? [adjective, ...words] : words, k, end);
}

/** The body of these name words (the text's words [k, end] as another form); its id, or null. A name the
 *  lexicon knows, also with its adjective strong ("Auswärtige Amt" → "Auswärtiges Amt"), is the lexicon's. */
function recordBody(ctx: Context, words: string[], k: number, end: number): string | null {
  const name = words.join(" ");
  const id = slug(name);
  if (!id) return null;
  const known = ctx.lex.typeOf(id);
  if (known) return known === "ORGANIZATION" ? id : null;
  const lexical = lexiconBody(ctx, words);
  if (lexical) return lexical;
  const written = ctx.w
    .slice(k, end + 1)
    .map((x) => x.text)
    .join(" ");
  if (!ctx.discoveredOrgs.has(id))
    ctx.discoveredOrgs.set(
      id,
      written === name ? { name, kind: "OTHER" } : { name, kind: "OTHER", forms: [written] },
    );
  return id;
}

/** A capitalized adjective inside a sentence, which German writes only as part of a name ("Junge Union",
 *  "Deutsche Bundesbank", "Europäischer Gerichtshof"). */
function properAdjective(ctx: Context, i: number, minLength = 5): boolean {
  const w = ctx.w;
  const word = w[i]!;
  const prev = w[i - 1];
  // the cheap tests first: discoverAdjectiveBodies asks this for every capitalized word
  if (
    !word.upper ||
    !prev ||
    prev.sentence !== word.sentence ||
    word.text.length < minLength ||
    !ADJECTIVE_ENDINGS.some((e) => word.text.endsWith(e)) ||
    /[.:!?]\s*$/.test(ctx.text.slice(prev.end, word.start))
  )
    return false;
  // (a body's own head noun in the genitive ends like an adjective too: "des Verkehrsverbundes")
  return !NOT_NAME.has(word.text) && !ctx.roleAt.has(i) && !bodyStem(ctx, word.text);
}

/** The adjective as the name is written in the nominative: weak "-en" after a definite article becomes
 *  "-e" ("der Jungen Union" → "Junge"); elsewhere it stays as written ("Deutscher Gewerkschaftsbund"). */
function nominativeAdjective(ctx: Context, i: number): string {
  const text = ctx.w[i]!.text;
  const article = ctx.w[i - 1]?.lower;
  return text.endsWith("en") && article && WEAK_DECLENSION_OPENERS.has(article) ? text.slice(0, -1) : text;
}

/** "die Junge Union", "die Deutsche Bundesbank": a capitalized adjective before a body's head noun names
 *  a body, never a person. */
export function discoverAdjectiveBodies(ctx: Context): void {
  const w = ctx.w;
  for (let i = 1; i < w.length - 1; i++) {
    // both words capitalized (properAdjective, bodyStem): most pairs fail on the compact initials alone
    if (!mayBeUpper(ctx.initials[i]!) || !mayBeUpper(ctx.initials[i + 1]!)) continue;
    const f = ctx.cover.get(i);
    // "der Deutschen Bundesbank": not the demonym "die Deutschen"
    const demonym = f?.mention.rule === "lexicon-demonym" && f.first === i && f.last === i;
    if ((f && !demonym) || ctx.cover.has(i + 1) || ctx.inCredit[i]) continue;
    if (!space(ctx, i, i + 1, BLANKS) || w[i + 1]!.sentence !== w[i]!.sentence) continue;
    if (!properAdjective(ctx, i, 4)) continue;
    // "das Rote Kreuz Haitis": a name of adjective and noun that belongs to a country is a body's
    const ofCountry = countryGenitiveAfter(ctx, i + 1);
    if (!ofCountry && w[i]!.text.length < 5) continue;
    const stem =
      bodyStem(ctx, w[i + 1]!.text) ?? (ofCountry && isNameWord(w[i + 1]!) ? w[i + 1]!.text : null);
    if (!stem) continue;
    const id = recordBody(ctx, [nominativeAdjective(ctx, i), stem], i, i + 1);
    const body = id ? ctx.discoveredOrgs.get(id) : undefined;
    if (!body) continue;
    if (demonym) {
      ctx.at.delete(i);
      ctx.cover.delete(i);
    }
    const country = adjectiveCountry(ctx.lex, w[i]!) ?? ofCountry;
    if (country) body.countryId = country;
  }
}

/** The country whose name stands in the genitive right after word j ("Haitis", "der Ukraine"), or null. */
function countryGenitiveAfter(ctx: Context, j: number): string | null {
  const w = ctx.w;
  let k = j + 1;
  if (w[k]?.lower === "der" && space(ctx, j, k, BLANKS)) k++;
  const f = ctx.at.get(k);
  if (!f || f.partial || !space(ctx, k - 1, k, BLANKS) || w[k]!.sentence !== w[j]!.sentence) return null;
  if (k === j + 1 && !/s$/.test(f.mention.text)) return null;
  const org = ctx.lex.organizations.get(f.mention.entityId);
  return org?.kind === "COUNTRY" ? org.id : null;
}

/** bodyStem's answers per lexicon and word: it is asked for most capitalized words of every article, and
 *  each answer costs up to three suffix-regex tests. Cleared when large, so memory stays bounded. */
const stems = new WeakMap<Lexicon, Map<string, string | null>>();
const MAX_STEMS = 50_000;

/** The head noun in the nominative when it ends like a body's name ("Verbandes" → "Verband"), else null. */
function bodyStem(ctx: Context, head: string): string | null {
  let memo = stems.get(ctx.lex);
  if (!memo) {
    memo = new Map();
    stems.set(ctx.lex, memo);
  }
  let stem = memo.get(head);
  if (stem === undefined) {
    if (memo.size >= MAX_STEMS) memo.clear();
    stem = computeBodyStem(ctx.lex, head);
    memo.set(head, stem);
  }
  return stem;
}

function computeBodyStem(lex: Lexicon, head: string): string | null {
  if (!/^\p{Lu}/u.test(head) || NOT_NAME.has(head)) return null;
  for (const cut of [0, 1, 2]) {
    if (cut && !/e?s$/.test(head.slice(-cut))) continue;
    const t = head.slice(0, head.length - cut);
    if (lex.bodyHead.test(t.toLowerCase())) return t;
  }
  return null;
}

/** Whether a capitalized word is the head noun of a body's name: a compound ("Aktionsbündnis",
 *  "Landesverbands"), or a bare head ("Konferenz") when a name follows it (`named`). */
export function isBodyHead(ctx: Context, head: string, named: boolean): boolean {
  const stem = bodyStem(ctx, head);
  if (stem === null) return false;
  return named || stem.length > ctx.lex.bodyHead.exec(stem.toLowerCase())![0].length + 2;
}

function lexiconBody(ctx: Context, words: string[]): string | null {
  const [first, ...rest] = words;
  const variants = first!.endsWith("e") ? [first!, `${first}s`, `${first}r`] : [first!];
  for (const v of variants)
    for (const form of ctx.lex.names.get(v) ?? [])
      if (
        form.type === "ORGANIZATION" &&
        form.words.length === words.length &&
        form.words.slice(1).every((x, n) => x === rest[n])
      )
        return form.entityId;
  return null;
}
