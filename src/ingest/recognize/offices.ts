// A person's office speaks for them: "das Büro von Regierungschef Paul Arndt", "die Pressestelle von
// Ministerin X". The office is an organization of its own (it is not the person: the graph must not say
// that Arndt spoke), tied to its person by an affiliation, and its head noun is an organization mention a
// speaker phrase can resolve to.

import { slug } from "../slug.ts";
import { affiliate } from "./affiliate.ts";
import { addMention, BLANKS, type Context, space } from "./context.ts";

/** Nouns for the staff that speaks for one person (lower case). */
const OFFICE_NOUNS = new Set(["büro", "pressebüro", "pressestelle", "sprecherbüro", "wahlkreisbüro"]);

/** "Büro von [role …] Name": the person's office, discovered with its mention and the tie to its person. */
export function discoverOffices(ctx: Context): void {
  const w = ctx.w;
  for (let i = 0; i + 2 < w.length; i++) {
    if (!w[i]!.upper || !OFFICE_NOUNS.has(w[i]!.lower) || ctx.cover.has(i) || ctx.inCredit[i]) continue;
    if (w[i + 1]!.text !== "von" || !space(ctx, i, i + 1, BLANKS)) continue;
    // at most two role words between ("von Regierungschef", "von Bundesministerin")
    let k = i + 2;
    while (k < i + 5 && ctx.roleAt.has(k) && !ctx.at.has(k)) k++;
    const person = ctx.at.get(k);
    if (person?.mention.type !== "PERSON" || w[k]!.sentence !== w[i]!.sentence) continue;
    let gapless = true;
    for (let j = i + 1; j < k; j++) gapless &&= space(ctx, j, j + 1, BLANKS);
    if (!gapless) continue;
    const personName = ctx.text.slice(person.mention.start, person.mention.end);
    const name = `${w[i]!.text} von ${personName}`;
    const id = slug(name);
    if (!id || ctx.lex.typeOf(id)) continue;
    if (!ctx.discoveredOrgs.has(id)) ctx.discoveredOrgs.set(id, { name, kind: "OTHER" });
    if (!addMention(ctx, i, i, id, "ORGANIZATION", "discovered:office-of")) continue;
    affiliate(ctx, person.mention.entityId, {
      organizationId: id,
      role: w[i]!.text,
      roleKind: "OTHER",
      evidence: {
        text: ctx.text.slice(w[i]!.start, person.mention.end),
        start: w[i]!.start,
        end: person.mention.end,
      },
      rule: "office-of",
    });
  }
}
