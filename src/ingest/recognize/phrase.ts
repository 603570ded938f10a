// The role phrase around a role word: back over nationality adjectives ("der russische Unterhändler"), a
// genitive ("Russlands Außenminister") and a determiner, forward over a complement ("Sondergesandter der
// Vereinigten Staaten", "Berater im Kanzleramt", "Berater von Kremlchef Putin"). The organization is the
// role word's own (its prefix, else the noun's body), else the first of these to name one; the phrase
// records where it came from (orgRule), which the affiliation's rule reports.

import { COMPLEMENT_OPENERS, GENITIVE_ARTICLES } from "../german/complements.ts";
import { ARTICLES, GENITIVE_PRONOUNS, POSSESSIVES } from "../german/determiners.ts";
import { ADJECTIVE_ENDING } from "../german/endings.ts";
import type { RoleMention } from "../types.ts";
import { classNounForm, classNounKind, LEGAL_FORMS } from "./body-words.ts";
import { adjectiveCountry, BLANKS, type Context, type RoleWord, space } from "./context.ts";
import { countryOfPlace, orgOfMention } from "./roles.ts";
import type { Word } from "./words.ts";

/** Words that open a noun phrase before a role noun or a name ("der", "dessen", "seine"). */
export const PHRASE_DETERMINERS = new Set([...ARTICLES, ...GENITIVE_PRONOUNS, ...POSSESSIVES]);

export interface Phrase {
  rm: RoleMention;
  roleWord: number;
  firstWord: number;
  /** Last word of the phrase including its complement ("der Vereinigten Staaten"). */
  lastWord: number;
  /** Where the organization came from, for the affiliation's rule. */
  orgRule: string | null;
  hasDeterminer: boolean;
  /** Words [first, last] of a genitive complement the lexicon does not know ("des Landesverbands Nord"). */
  unknownBody: [number, number] | null;
}

/** Build the phrase around a role word: determiner, adjectives, genitive or complement, name. */
export function phrase(ctx: Context, i: number, r: RoleWord): Phrase {
  const w = ctx.w;
  const org = r.orgId;
  const ph: Phrase = {
    rm: {
      text: "",
      start: 0,
      end: 0,
      role: w[i]!.text,
      roleKind: r.role.roleKind,
      organizationId: org,
      entityId: null,
    },
    roleWord: i,
    firstWord: i,
    lastWord: i,
    // the noun's own body (Bundeskanzler → deutschland) is weaker than a prefix the text wrote (US-)
    orgRule: org ? (org === r.role.organizationId ? "role:default" : "role:prefix") : null,
    hasDeterminer: false,
    unknownBody: null,
  };
  extendBack(ctx, ph);
  extendForward(ctx, ph);
  const start = w[ph.firstWord]!.start;
  const end = w[ph.lastWord]!.end;
  ph.rm.text = ctx.text.slice(start, end);
  ph.rm.start = start;
  ph.rm.end = end;
  return ph;
}

/** Backwards: adjectives (russische, Pariser, außenpolitische), a genitive (Russlands, Trumps), a determiner. */
function extendBack(ctx: Context, ph: Phrase): void {
  const w = ctx.w;
  const i = ph.roleWord;
  const sentence = w[i]!.sentence;
  const rm = ph.rm;
  let first = i;
  let tentative = i;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const word = w[j]!;
    if (word.sentence !== sentence || !space(ctx, j, j + 1)) break;
    const lower = word.lower;
    const f = ctx.cover.get(j);
    // "russische", and "US-amerikanische", whose first part may have made it a partial mention
    const country = f && !f.partial ? null : adjectiveCountry(ctx.lex, word);
    // "der Pariser Bürgermeister", "Luxemburger Premier": a place's adjective in -er
    const place = country || f ? null : placeAdjective(ctx, word);
    if (country || place) {
      if (!rm.organizationId) {
        rm.organizationId = country ?? place;
        ph.orgRule = country ? "role:adjective" : "role:place-adjective";
      }
      first = j;
      continue;
    }
    if (f && f.last === j && !f.partial && /(?:s|')$/.test(f.mention.text) && f.mention.type !== "TOPIC") {
      // "Russlands Außenminister", "Trumps Sondergesandter"
      if (!rm.organizationId) {
        rm.organizationId = orgOfMention(ctx, f, rm.roleKind);
        ph.orgRule = rm.organizationId ? "role:genitive" : null;
      }
      first = f.first;
      break;
    }
    if (PHRASE_DETERMINERS.has(lower)) {
      first = j;
      ph.hasDeterminer = true;
      break;
    }
    // other adjectives (außenpolitische, hochrangigen) belong to the phrase only up to a determiner;
    // without one the word may as well be a verb ("sagte Kanzler …")
    if (!word.upper && ADJECTIVE_ENDING.test(lower) && lower.length > 3) {
      tentative = j;
      continue;
    }
    break;
  }
  // without a determiner keep only what was certain: the nationality or place adjective or the genitive
  if (ph.hasDeterminer && tentative < first) first = Math.min(first, tentative);
  ph.firstWord = first;
}

/** The country of the place or country whose name a capitalized word on -er adds to ("Pariser" → frankreich,
 *  "Luxemburger" → luxemburg), or null. */
export function placeAdjective(ctx: Context, word: Word): string | null {
  if (!word.upper || word.parts.length || !word.text.endsWith("er") || word.text.length < 6) return null;
  const stem = word.text.slice(0, -2);
  for (const form of ctx.lex.names.get(stem) ?? []) {
    if (form.words.length !== 1 || form.rule !== "lexicon") continue;
    if (form.type === "PLACE") return countryOfPlace(ctx, form.entityId);
    if (form.type === "ORGANIZATION" && ctx.lex.organizations.get(form.entityId)?.kind === "COUNTRY")
      return form.entityId;
  }
  return null;
}

/** Forwards: complement "der Vereinigten Staaten", "Russlands", "im Kanzleramt", "von Kremlchef Putin". */
function extendForward(ctx: Context, ph: Phrase): void {
  const w = ctx.w;
  const i = ph.roleWord;
  const rm = ph.rm;
  const next = w[i + 1];
  if (!next || next.sentence !== w[i]!.sentence || !space(ctx, i, i + 1)) return;
  const f = ctx.at.get(i + 1);
  const genitive = f && !f.partial && f.mention.type !== "PERSON" && /s$/.test(f.mention.text);
  if (f && genitive && f.mention.type !== "TOPIC") {
    if (!rm.organizationId) {
      rm.organizationId = orgOfMention(ctx, f, rm.roleKind);
      ph.orgRule = "role:genitive";
    }
    ph.lastWord = f.last;
  } else if (COMPLEMENT_OPENERS.has(next.text)) complement(ctx, ph, next.text);
}

/** "des russischen Präsidenten", "von Kremlchef Putin", "im Kanzleramt", "des Linux-Verbandes". */
function complement(ctx: Context, ph: Phrase, opener: string): void {
  const w = ctx.w;
  const i = ph.roleWord;
  const rm = ph.rm;
  let k = i + 2;
  // skip adjectives ("des russischen Präsidenten") to a name or a nested role + name
  while (w[k] && !w[k]!.upper && ADJECTIVE_ENDING.test(w[k]!.text) && k < i + 4) k++;
  // and a class noun in apposition: "Vorstandschef des Konzerns Vandora", "Chefin der Gewerkschaft Verdi"
  if (isClassNoun(w[k]) && ctx.at.get(k + 1)?.mention.type === "ORGANIZATION" && space(ctx, k, k + 1, BLANKS))
    k++;
  let target = ctx.at.get(k);
  let nested = -1;
  if (!target && ctx.roleAt.has(k) && space(ctx, k, k + 1)) {
    nested = k;
    target = ctx.at.get(k + 1);
  }
  if (target && !target.partial && target.mention.type !== "TOPIC" && space(ctx, i + 1, i + 2)) {
    const via = target.mention.type === "PERSON" ? "role:complement-person" : "role:complement";
    const o = orgOfMention(ctx, target, rm.roleKind);
    if (!rm.organizationId && o) {
      rm.organizationId = o;
      ph.orgRule = via;
    }
    ph.lastWord = target.last;
    // "der Vorstandsvorsitzende der Siemens AG, Klaus Kleinfeld": the legal form ends the phrase
    // and so does the body's acronym behind its name: "der Leiter der Internationalen Atomenergiebehörde
    // IAEA, Mohammed ElBaradei"
    const after = w[target.last + 1];
    const acronym = after && ACRONYM_AFTER_NAME.test(after.text) && target.mention.type === "ORGANIZATION";
    if (after && (LEGAL_FORMS.has(after.text) || acronym) && space(ctx, target.last, target.last + 1, BLANKS))
      ph.lastWord = target.last + 1;
  } else if (nested >= 0 && !target) {
    // "von Kremlchef" with no name after it: the nested role's body
    const nr = ctx.roleAt.get(nested)!;
    if (!rm.organizationId && nr.orgId) {
      rm.organizationId = nr.orgId;
      ph.orgRule = "role:complement-role";
    }
  } else if (GENITIVE_ARTICLES.has(opener)) {
    // an unknown body: "der Vorsitzende des Linux-Verbandes, Elmar Gesse" — the phrase ends after it
    const sentence = w[i]!.sentence;
    let j = k;
    while (
      j < i + 6 &&
      w[j]?.upper &&
      !ctx.cover.has(j) &&
      w[j]!.sentence === sentence &&
      space(ctx, j - 1, j, BLANKS)
    )
      j++;
    if (j > k) {
      ph.lastWord = j - 1;
      ph.unknownBody = [k, j - 1];
      if (w[j] && ACRONYM_AFTER_NAME.test(w[j]!.text) && space(ctx, j - 1, j, BLANKS)) ph.lastWord = j;
    }
  }
}

/** A body's acronym written behind its full name ("IAEA", "WHO", "DFB"). */
const ACRONYM_AFTER_NAME = /^\p{Lu}[\p{Lu}\d]{1,5}$/u;

function isClassNoun(word: Word | undefined): boolean {
  return Boolean(word?.upper && classNounKind(classNounForm(word.lower)));
}

/** The word after `last`, skipping a short parenthesis right behind it ("Merz (CDU), Günter Sautter"). */
export function afterParenthesis(ctx: Context, last: number): number {
  const w = ctx.w;
  if (!/^ ?\($/.test(ctx.text.slice(w[last]!.end, w[last + 1]?.start ?? w[last]!.end))) return last + 1;
  for (let k = last + 1; k < w.length && k <= last + 4; k++) {
    const tail = ctx.text.slice(w[k]!.end, w[k + 1]?.start ?? ctx.text.length);
    if (tail.startsWith(")")) return k + 1;
  }
  return last + 1;
}
