// Organizations the lexicon lacks, from the news patterns that introduce them as organizations:
//   - a class noun in apposition: "der Konzern Siemens", "die Gewerkschaft Verdi", "der Autobauer Vandora";
//   - a legal form behind the name: "die Vandora AG", "Nordlicht e. V.";
//   - the complement of a role or post that heads or speaks for a body: "Chef von Vandora", "Sprecherin bei
//     Vandora", "den Chefposten bei Vandora";
// and who holds a post the sentence gives its one person: "Henrik Malm übernimmt den Chefposten bei Vandora".
// A name so introduced is an organization in the whole article; its later mentions are found through the
// discovered index. (A role compound's capitalized prefix, "Vandora-Chef", is read in roles.ts.)

import { isInflectedNounOrCompound } from "../german/compound-nouns.ts";
import { isCommonNoun, wordClasses } from "../german/dictionary.ts";
import { NOUN_SUFFIX } from "../german/endings.ts";
import { NOT_NAME } from "../german/names.ts";
import { slug } from "../slug.ts";
import type { OrganizationKind, RoleKind } from "../types.ts";
import { affiliate } from "./affiliate.ts";
import {
  classNounForm,
  classNounKind,
  LEGAL_FORMS,
  POST_HEAD,
  REGISTERED_ASSOCIATION,
} from "./body-words.ts";
import { BLANKS, type Context, firstCharsOf, type Introduced, isNameWord, space } from "./context.ts";
import type { Word } from "./words.ts";

/** Roles whose complement "von X" / "bei X" names the body they serve (a leader, a spokesperson, staff). */
const SERVING_KINDS = new Set<RoleKind>(["OFFICIAL", "SPOKESPERSON", "OTHER"]);

/** Prepositions of a role's employer: "Managerin bei X", "Trainer beim FC Nord"; "von"/"vom" only after a
 *  leader on -chef ("Chef von X"): after other roles it names a place as often ("Bürgermeister von Athen",
 *  "Weihbischof von Linz") or a person ("Sprecher von X"). */
const EMPLOYER_PREPOSITIONS = new Set(["bei", "beim"]);
const LEADER_PREPOSITIONS = new Set(["von", "vom"]);
const LEADER_HEAD = /(?:chef|chefin|vorsitzender?|vorsitzenden)$/;

/** A name with digits in it: "Ener1", "Web2Go". */
const ALNUM_NAME = /^\p{Lu}[\p{L}\d]*\d[\p{L}\d]*$/u;

/** An acronym written as a name ("GDL", "BASF", "IG"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;

/** Every organization these patterns introduce, into ctx.discoveredOrgs. */
export function discoverIntroducedBodies(ctx: Context): void {
  const w = ctx.w;
  // the set lookups on the next word run only when its initial can begin one of the set's words
  const legalFirsts = firstCharsOf(LEGAL_FORMS);
  const employerFirsts = firstCharsOf(EMPLOYER_PREPOSITIONS);
  const leaderFirsts = firstCharsOf(LEADER_PREPOSITIONS);
  for (let i = 0; i < w.length - 1; i++) {
    const nextInitial = ctx.initials[i + 1]!;
    const word = w[i]!;
    if (ctx.inCredit[i]) continue;
    if (word.upper && !ctx.cover.has(i)) {
      const kind = classKindOf(word.lower);
      if (kind && space(ctx, i, i + 1, BLANKS))
        if (properAdjectiveAt(ctx, i + 1))
          // "die Gewerkschaft Deutscher Lokomotivführer": an adjective after it makes the noun part of the name
          adjectiveName(ctx, i, kind);
        else record(ctx, i + 1, kind, "class-noun");
    }
    if (legalFirsts[nextInitial] === 1 && LEGAL_FORMS.has(w[i + 1]!.text) && space(ctx, i, i + 1, BLANKS))
      legalForm(ctx, i, "COMPANY", [w[i + 1]!.text]);
    if (
      w[i + 1]!.text === "e" &&
      word.upper &&
      REGISTERED_ASSOCIATION.test(ctx.text.slice(word.end, word.end + 6))
    )
      legalForm(ctx, i, "OTHER", []);
    const prep = w[i + 1]!.text;
    const employer =
      (employerFirsts[nextInitial] === 1 && EMPLOYER_PREPOSITIONS.has(prep)) ||
      (leaderFirsts[nextInitial] === 1 && LEADER_PREPOSITIONS.has(prep) && LEADER_HEAD.test(word.lower));
    if (employer && employerHead(ctx, i) && space(ctx, i, i + 1, BLANKS))
      record(ctx, i + 2, "OTHER", "employer");
  }
}

/** classNounKind of a word's nominative, per word form: asked for every capitalized word. Bounded. */
const classKinds = new Map<string, OrganizationKind | null>();

function classKindOf(lower: string): OrganizationKind | null {
  let kind = classKinds.get(lower);
  if (kind === undefined) {
    if (classKinds.size >= 50_000) classKinds.clear();
    kind = classNounKind(classNounForm(lower));
    classKinds.set(lower, kind);
  }
  return kind;
}

/** A capitalized adjective inside a sentence ("Deutscher", "Europäischen"): part of a name. */
function properAdjectiveAt(ctx: Context, k: number): boolean {
  const word = ctx.w[k];
  if (!word?.upper || ctx.cover.has(k) || word.sentence !== ctx.w[k - 1]!.sentence) return false;
  return /(?:er|en|es|e)$/.test(word.text) && wordClasses(word.lower).adjective && !isCommonNoun(word.text);
}

/** The class noun at i and the capitalized words after it as one name: "Gewerkschaft Deutscher
 *  Lokomotivführer", "Verband Deutscher Maschinenbauer" (in the form the text writes). */
function adjectiveName(ctx: Context, i: number, kind: OrganizationKind): void {
  const w = ctx.w;
  let end = i + 1;
  while (
    end + 1 < w.length &&
    end < i + 3 &&
    w[end + 1]!.upper &&
    !ctx.cover.has(end + 1) &&
    w[end + 1]!.sentence === w[i]!.sentence &&
    space(ctx, end, end + 1, BLANKS) &&
    !NOT_NAME.has(w[end + 1]!.text)
  )
    end++;
  if (end === i + 1) return;
  put(
    ctx,
    w.slice(i, end + 1).map((x) => x.text),
    kind,
    [],
    "class-noun",
  );
}

/** Word i is a role that serves a body ("Chef", "Sprecherin") or a post on one ("Chefposten"). */
function employerHead(ctx: Context, i: number): boolean {
  const r = ctx.roleAt.get(i);
  if (r) return SERVING_KINDS.has(r.role.roleKind) && !r.orgId && !r.prefixPersonId;
  return postRole(ctx, i) !== null;
}

/** The role of a post noun ("Chefposten" → Chef, OFFICIAL; "Trainerposten"), or null. */
export function postRole(ctx: Context, i: number): { role: string; roleKind: RoleKind } | null {
  const word = ctx.w[i]!;
  if (!word.upper || !word.lower.endsWith(POST_HEAD)) return null;
  let prefix = word.lower.slice(0, -POST_HEAD.length).replace(/-$/, "");
  let role = ctx.lex.roleForms.get(prefix);
  if (!role && prefix.endsWith("s")) {
    prefix = prefix.slice(0, -1);
    role = ctx.lex.roleForms.get(prefix);
  }
  return role ? { role: word.text, roleKind: role.roleKind } : null;
}

/** The name run at word k: capitalized name words or acronyms, no common noun, up to three words (a place
 *  may continue it: "Hansa Rostock"). [k, end] or null. */
function bodyNameRun(ctx: Context, k: number): number | null {
  const w = ctx.w;
  let end = k - 1;
  for (let j = k; j < w.length && j < k + 3; j++) {
    const word = w[j]!;
    if (j > k && (!space(ctx, j - 1, j, BLANKS) || word.sentence !== w[k]!.sentence)) break;
    if (ctx.inCredit[j] || ctx.roleAt.has(j)) break;
    const f = ctx.cover.get(j);
    if (f && !(j > k && f.mention.type === "PLACE" && f.first === j)) break;
    if (f) {
      end = f.last;
      j = f.last;
      continue;
    }
    // a number continues a name ("Global 2000", "Schalke 04")
    if (j > k && /^\d{1,4}$/.test(word.text)) {
      end = j;
      continue;
    }
    // (the dictionary lists some acronyms as nouns: "BASF")
    const acronym = ACRONYM.test(word.text);
    const shaped = isNameWord(word) || ALNUM_NAME.test(word.text);
    // after a club's abbreviation any capitalized word continues the name ("FC Bayern", "SV Werder")
    const afterAbbreviation = j > k && ACRONYM.test(w[k]!.text) && shaped;
    const name =
      acronym ||
      afterAbbreviation ||
      (shaped &&
        !NOUN_SUFFIX.test(word.text) &&
        !isCommonNoun(word.text) &&
        !isInflectedNounOrCompound(word.text));
    if (!name || NOT_NAME.has(word.text)) break;
    end = j;
  }
  return end >= k ? end : null;
}

/** Records the body named at word k (the name run there); its id, or null. */
function record(ctx: Context, k: number, kind: OrganizationKind, by: Introduced): string | null {
  const w = ctx.w;
  if (!w[k] || ctx.cover.has(k) || !w[k]!.upper) return null;
  const end = bodyNameRun(ctx, k);
  if (end === null) return null;
  return put(
    ctx,
    w.slice(k, end + 1).map((x) => x.text),
    kind,
    [],
    by,
  );
}

/** "die Vandora AG", "Air Pony Express Inc", "Nordlicht e. V.": up to three capitalized words ending at word
 *  i, before the legal form (common nouns too: a company's name may be made of them). */
function legalForm(ctx: Context, i: number, kind: OrganizationKind, form: string[]): void {
  const w = ctx.w;
  const nameWord = (j: number) => {
    const x = w[j]!;
    return (
      x.upper &&
      !ctx.cover.has(j) &&
      !ctx.inCredit[j] &&
      !ctx.roleAt.has(j) &&
      !NOT_NAME.has(x.text) &&
      !LEGAL_FORMS.has(x.text) &&
      !classKindOf(x.lower)
    );
  };
  if (!nameWord(i)) return;
  let k = i;
  while (
    k - 1 >= 0 &&
    k > i - 2 &&
    w[k - 1]!.sentence === w[i]!.sentence &&
    space(ctx, k - 1, k, BLANKS) &&
    nameWord(k - 1)
  )
    k--;
  // "Abteilung SSC Green Inc.", "Förderung Freien Wissens e. V.": a common noun or a declined adjective
  // opens no name
  // (a nominative adjective before a noun is the name's own: "Deutsche Flugsicherung GmbH")
  const nameAdjective = (x: Word) => k < i && /(?:e|er|es)$/.test(x.text) && wordClasses(x.lower).adjective;
  while (
    k <= i &&
    !nameAdjective(w[k]!) &&
    (isCommonNoun(w[k]!.text) ||
      isInflectedNounOrCompound(w[k]!.text) ||
      (/e[nms]$/.test(w[k]!.text) && wordClasses(w[k]!.lower).adjective))
  )
    k++;
  if (k > i) return;
  const words = w.slice(k, i + 1).map((x) => x.text);
  put(ctx, words, kind, form.length ? [[...words, ...form].join(" ")] : [], "legal-form");
}

function put(
  ctx: Context,
  words: string[],
  kind: OrganizationKind,
  forms: string[],
  by: Introduced,
): string | null {
  const name = words.join(" ");
  const id = slug(name);
  if (!id) return null;
  const known = ctx.lex.typeOf(id);
  if (known) return known === "ORGANIZATION" ? id : null;
  // a name discovery took for a person stays one ("Karin Beispiel"), and "Herr X" is no body
  if (ctx.discovered.has(id) || ctx.lex.firstNames.has(words[0]!)) return null;
  const body = ctx.discoveredOrgs.get(id);
  if (body) {
    if (body.kind === "OTHER" && kind !== "OTHER") body.kind = kind;
    return id;
  }
  ctx.discoveredOrgs.set(
    id,
    forms.length ? { name, kind, forms, introduced: by } : { name, kind, introduced: by },
  );
  return id;
}

/**
 * "Henrik Malm übernimmt den Chefposten bei Vandora", "Ina Roth gibt den Trainerposten beim FC Nord ab": a
 * post in a body, in a sentence that names one person before it, is that person's. Runs after the names
 * of discovered bodies were matched.
 */
export function postAffiliations(ctx: Context): void {
  const w = ctx.w;
  for (let i = 1; i < w.length - 1; i++) {
    const post = postRole(ctx, i);
    if (!post || !(EMPLOYER_PREPOSITIONS.has(w[i + 1]!.text) || LEADER_PREPOSITIONS.has(w[i + 1]!.text)))
      continue;
    const body = ctx.at.get(i + 2);
    if (body?.mention.type !== "ORGANIZATION" || body.partial) continue;
    if (!space(ctx, i, i + 1, BLANKS) || !space(ctx, i + 1, i + 2, BLANKS)) continue;
    const s = w[i]!.sentence;
    let person: string | null = null;
    let one = true;
    for (let j = i - 1; j >= 0 && w[j]!.sentence === s; j--) {
      const f = ctx.at.get(j);
      if (f?.mention.type !== "PERSON") continue;
      if (person && person !== f.mention.entityId) one = false;
      person = f.mention.entityId;
    }
    if (!person || !one) continue;
    const end = body.mention.end;
    affiliate(ctx, person, {
      organizationId: body.mention.entityId,
      role: post.role,
      roleKind: post.roleKind,
      evidence: { text: ctx.text.slice(w[i]!.start, end), start: w[i]!.start, end },
      rule: "post-holder",
    });
  }
}
