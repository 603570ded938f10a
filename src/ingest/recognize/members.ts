// Membership named by "von der"/"vom" behind a name: "Dorothee Riese von der Konferenz Sächsischer
// Studierendenschaften", "Ole Hansen vom Aktionsbündnis gegen Mieterhöhungen". The phrase is evidence of a
// person (two name words before it) and of their body, which is discovered when its head noun ends like a
// body's name (nouns.yaml bodyHeads) — "Hansen von der Küste" names no body.

import { AGENT_PREPOSITIONS } from "../german/prepositions.ts";
import { affiliate } from "./affiliate.ts";
import { BLANKS, type Context, space } from "./context.ts";
import { discover, nameRun } from "./discover.ts";
import { isBodyHead, namedBody } from "./discover-bodies.ts";

/** Lower-case words that continue a body's name before another capitalized word ("Bündnis gegen Armut"). */
const BODY_NAME_LINKS = new Set(["für", "gegen", "der", "des", "und"]);

const AGENT_FIRST = [...new Set([...AGENT_PREPOSITIONS].map((p) => p.charCodeAt(0)))];

/** Words [first, last] of the body after "vom"/"von der" at word i, or null. */
function bodyAfter(ctx: Context, i: number): [number, number] | null {
  const w = ctx.w;
  const from = w[i];
  if (!from || !AGENT_PREPOSITIONS.has(from.text)) return null;
  let k = i + 1;
  if (from.text === "von") {
    if (!w[k] || !/^(?:der|dem)$/.test(w[k]!.text) || !space(ctx, i, k, BLANKS)) return null;
    k++;
  }
  if (!w[k] || w[k]!.sentence !== from.sentence || !space(ctx, k - 1, k, BLANKS)) return null;
  let end = k;
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (!space(ctx, j - 1, j, BLANKS) || w[j]!.sentence !== from.sentence || ctx.roleAt.has(j)) break;
    if (w[j]!.upper) end = j;
    else if (!(BODY_NAME_LINKS.has(w[j]!.text) && w[j + 1]?.upper)) break;
  }
  return isBodyHead(ctx, w[k]!.text, end > k) ? [k, end] : null;
}

/** People named right before "von der"/"vom" and a body: "Dorothee Riese von der Landeskonferenz". */
export function discoverMembers(ctx: Context): void {
  const w = ctx.w;
  for (let i = 2; i < w.length; i++) {
    // bodyAfter's first test, by the first letter (the compact initials) before the word: most are no "von"
    if (!AGENT_FIRST.includes(ctx.initials[i]!) || !AGENT_PREPOSITIONS.has(w[i]!.text)) continue;
    if (ctx.cover.has(i - 1) || ctx.inCredit[i - 1] || !bodyAfter(ctx, i)) continue;
    if (!space(ctx, i - 1, i, BLANKS)) continue;
    for (let k = Math.max(0, i - 3); k < i - 1; k++)
      if (!ctx.cover.has(k) && nameRun(ctx, k, 3) === i - 1) {
        discover(ctx, k, i - 1, "discovered:member");
        break;
      }
  }
}

/** "Dorothee Riese von der Landeskonferenz": the person belongs to the body. */
export function memberAffiliations(ctx: Context): void {
  for (const f of ctx.at.values()) {
    if (f.mention.type !== "PERSON" || f.partial || !space(ctx, f.last, f.last + 1, BLANKS)) continue;
    const span = bodyAfter(ctx, f.last + 1);
    if (!span) continue;
    const body = namedBody(ctx, span[0], span[1]);
    if (!body) continue;
    const end = ctx.w[span[1]]!.end;
    affiliate(ctx, f.mention.entityId, {
      organizationId: body,
      role: "Mitglied",
      roleKind: "OTHER",
      evidence: { text: ctx.text.slice(f.mention.start, end), start: f.mention.start, end },
      rule: "member-of-body",
    });
  }
}
