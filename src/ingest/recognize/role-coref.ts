// Role descriptions a reader ties to a person named shortly before: "Filip Jicha war sauer. „…“, sagte der
// Trainer des THW Kiel." A definite singular role phrase without a name of its own, that names the body it
// serves, describes the one person the paragraph (and the one before) named before it — when they named
// exactly one, of the role noun's gender, whom no role phrase has described yet. Two people in the window, or a gender that does not
// agree ("der Trainer" after "Eva Probe"), leave the description to nobody.

import type { Context, Found } from "./context.ts";
import type { Phrase } from "./phrase.ts";

/** Paragraph breaks the antecedent may lie behind (news style: the lead names, the next paragraph quotes). */
const WINDOW_PARAGRAPHS = 1;

/** The person a definite role description refers back to, or null. */
export function roleAntecedent(ctx: Context, ph: Phrase): Found | null {
  const w = ctx.w;
  const gender = descriptionGender(ctx, ph);
  if (!gender) return null;
  let found: Found | null = null;
  let breaks = 0;
  for (let j = ph.firstWord - 1; j >= 0; j--) {
    if (ctx.text.slice(w[j]!.end, w[j + 1]!.start).includes("\n") && ++breaks > WINDOW_PARAGRAPHS) break;
    const f = ctx.cover.get(j);
    if (f?.mention.type !== "PERSON") continue;
    if (found && found.mention.entityId !== f.mention.entityId) return null;
    found = f;
  }
  if (!found || givenNameGender(ctx, found) !== gender) return null;
  const held = ctx.affiliations.get(found.mention.entityId) ?? [];
  // a person named with a role already is the one that role describes; another role noun may be someone else
  if (held.some((a) => a.rule !== "party-parenthesis" && a.rule !== "acronym-parenthesis")) return null;
  return found;
}

/** "der Trainer" → m, "die Trainerin" → f; plural, genitive and dative phrases say no one person. */
function descriptionGender(ctx: Context, ph: Phrase): "m" | "f" | null {
  if (!ph.hasDeterminer) return null;
  const det = ctx.w[ph.firstWord]!.lower;
  const feminine = /in$/.test(ctx.w[ph.roleWord]!.lower);
  if (det === "der" && !feminine) return "m";
  if (det === "die" && feminine) return "f";
  return null;
}

/** The gender a person's given name says, when the text wrote one the lexicon knows. */
function givenNameGender(ctx: Context, f: Found): "m" | "f" | null {
  if (f.last === f.first) return null;
  if (!ctx.lex.firstNames.has(ctx.w[f.first]!.text)) return null;
  const first = ctx.w[f.first]!.lower;
  if (ctx.lex.femaleNames.has(first)) return "f";
  if (first.endsWith("a") && !ctx.lex.maleNamesInA.has(first)) return "f";
  return "m";
}
