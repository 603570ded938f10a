// Link: the entity list the writer needs. Meetings may name places and participants the article does
// not mention (Florida for Miami), and every place's LOCATED_IN chain, every body's country and every
// affiliation's organization must exist as a node too: they are added from the lexicon.

import type { Meeting } from "../types.ts";
import type { LinkContext } from "./context.ts";

/** Adds the meetings' places and participants and the ancestors of every entity to `ctx.entities`. */
export function completeEntities(ctx: LinkContext, meetings: Meeting[]): void {
  for (const m of meetings) {
    ensure(ctx, m.placeId);
    for (const p of m.participants) ensure(ctx, p);
  }
  closeAncestors(ctx);
}

/** Adds a lexicon entity the article does not mention (Florida for Miami, Russland for the Kreml). */
function ensure(ctx: LinkContext, id: string) {
  if (ctx.entities.has(id)) return;
  const lex = ctx.lex;
  const org = lex.organizations.get(id);
  const place = lex.places.get(id);
  const person = lex.people.get(id);
  const topic = lex.topics.get(id);
  const type = lex.typeOf(id);
  if (!type) return;
  ctx.entities.set(id, {
    id,
    type,
    name: org?.name ?? place?.name ?? person?.name ?? topic?.name ?? id,
    aliases: org?.aliases ?? place?.aliases ?? person?.aliases ?? topic?.aliases ?? [],
    kind: org?.kind ?? place?.kind ?? null,
    countryId: org?.countryId ?? person?.countryId ?? null,
    locatedIn: place?.locatedIn ?? null,
    origin: "lexicon",
    mentions: [],
    affiliations: [],
  });
}

function closeAncestors(ctx: LinkContext) {
  const queue = [...ctx.entities.keys()];
  while (queue.length) {
    const e = ctx.entities.get(queue.pop()!)!;
    const refs = [
      e.locatedIn,
      e.type === "ORGANIZATION" ? e.countryId : null,
      ...e.affiliations.map((a) => a.organizationId),
    ];
    for (const id of refs) {
      if (!id || ctx.entities.has(id)) continue;
      ensure(ctx, id);
      if (ctx.entities.has(id)) queue.push(id);
    }
  }
}
