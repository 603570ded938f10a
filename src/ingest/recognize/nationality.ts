// A person's country from the words right before their name, when no role said it: a demonym ("der Russin
// Natalja Sadova", "dem Franzosen Jean Arnault") or a nationality adjective before a noun for a person ("der
// brasilianische Stürmer Ronaldo", "die schweizerische Pianistin Anna Kern"). News introduces foreigners so.

import { DEMONYM_ENDINGS } from "../german/endings.ts";
import { adjectiveCountry, BLANKS, type Context, type Found, space } from "./context.ts";
import { placeAdjective } from "./phrase.ts";
import type { Word } from "./words.ts";

/** The country the words before this person mention give, or null. */
export function nationalityBefore(ctx: Context, f: Found): string | null {
  const k = f.first;
  const w = ctx.w;
  const before = w[k - 1];
  if (!before?.upper || before.sentence !== w[k]!.sentence || !space(ctx, k - 1, k, BLANKS)) return null;
  const covering = ctx.cover.get(k - 1);
  if (covering && !covering.partial) {
    // "dem Franzosen Jean Arnault": the lexicon's demonym of a country
    const org = ctx.lex.organizations.get(covering.mention.entityId);
    return covering.mention.rule === "lexicon-demonym" && org?.kind === "COUNTRY" ? org.id : null;
  }
  const demonym = demonymCountry(ctx, before);
  if (demonym) return demonym;
  // an adjective before a noun for a person
  const adjective = w[k - 2];
  if (!adjective || !space(ctx, k - 2, k - 1, BLANKS) || adjective.sentence !== before.sentence) return null;
  // "der Frankfurter Gelehrte X": a place's adjective on -er
  if (adjective.upper) return ctx.cover.has(k - 2) ? null : placeAdjective(ctx, adjective);
  // "der brasilianische Stürmer Ronaldo": a nationality adjective
  return adjectiveCountry(ctx.lex, adjective);
}

/** "Russin", "Russe", "Brite", "Tschechin", "Amerikanerin", "Österreicher", "Schweizer": a capitalized word
 *  that is the noun of a nationality adjective the lexicon knows (russisch, britisch, …), or null. */
function demonymCountry(ctx: Context, word: Word): string | null {
  if (word.text.length < 5) return null;
  const lower = word.lower;
  const adjectives = ctx.lex.adjectives;
  // (the stem keeps its hyphen: "US-Amerikaner" ← "US-amerikanisch", as the lexicon writes the adjective)
  for (const ending of DEMONYM_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length);
    const country =
      adjectives.get(`${stem}isch`) ?? adjectives.get(`${stem}${ending === "erin" ? "er" : ""}isch`);
    if (country) return country;
  }
  return adjectives.get(`${lower}isch`) ?? pluralDemonym(ctx, word.text);
}

/** "Franzose": the singular of a demonym the lexicon has in the plural ("Franzosen"). */
function pluralDemonym(ctx: Context, text: string): string | null {
  if (!text.endsWith("e")) return null;
  for (const form of ctx.lex.names.get(`${text}n`) ?? [])
    if (form.rule === "lexicon-demonym" && form.words.length === 1) return form.entityId;
  return null;
}
