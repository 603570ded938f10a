// Discovery of organizations missing from the lexicon: bodies named by their seat ("Staatsanwaltschaft
// Braunschweig", "Landgericht Bremen") and media named after a noun that introduces them ("das Magazin
// Politico", "die Zeitung «Kommersant»"). They join the discovered index like discovered people.

import { NOUN_SUFFIX } from "../german/endings.ts";
import { NOT_NAME } from "../german/names.ts";
import { slug } from "../slug.ts";
import { BLANKS, type Context, isNameWord, space } from "./context.ts";

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
  for (let i = 0; i < w.length - 1; i++) {
    if (!mediaNouns.has(w[i]!.text) || ctx.cover.has(i + 1) || ctx.inCredit[i + 1]) continue;
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
  const stem = bodyStem(ctx, w[k]!.text);
  if (!stem) return null;
  if (!isBodyHead(ctx, stem, end > k)) return null;
  const name = [stem, ...w.slice(k + 1, end + 1).map((x) => x.text)].join(" ");
  const id = slug(name);
  if (!id) return null;
  const known = ctx.lex.typeOf(id);
  if (known) return known === "ORGANIZATION" ? id : null;
  if (!ctx.discoveredOrgs.has(id)) ctx.discoveredOrgs.set(id, { name, kind: "OTHER" });
  return id;
}

/** The head noun in the nominative when it ends like a body's name ("Verbandes" → "Verband"), else null. */
function bodyStem(ctx: Context, head: string): string | null {
  if (!/^\p{Lu}/u.test(head) || NOT_NAME.has(head)) return null;
  for (const cut of [0, 1, 2]) {
    if (cut && !/e?s$/.test(head.slice(-cut))) continue;
    const t = head.slice(0, head.length - cut);
    if (ctx.lex.bodyHead.test(t.toLowerCase())) return t;
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
