// Recognize: people, organizations, places and topics from the curated lexicon (through German
// inflection and compounds), people missing from it from role-noun and apposition evidence, and every
// role phrase with the organization its adjective, prefix or complement names.
//
// Everything is word-indexed: one scan makes the words, names are looked up by their first word,
// role nouns by their ending — no per-entity scan of the text, so a 5 MB article stays linear.
//
// The steps run in this order over one shared per-article context (context.ts), each in its module:
// lexicon names, sides and topics (match-lexicon.ts), role words (roles.ts), compound parts, people and
// bodies not in the lexicon (discover.ts, discover-bodies.ts, members.ts), their names again, role phrases
// (phrase.ts) and the affiliations they evidence (affiliate.ts). Credits are marked first (credits.ts).

import { lexicon } from "../lexicon/lexicon.ts";
import type { Lexicon } from "../lexicon/types.ts";
import type { Affiliation, Entity, EntityType, Recognition, Segmented } from "../types.ts";
import { affiliate, partyAffiliations, partyRoles, rolePhrases } from "./affiliate.ts";
import { type Context, createContext } from "./context.ts";
import { discoveredIndex, discoverPeople } from "./discover.ts";
import { discoverAdjectiveBodies, discoverInstitutions, discoverMedia } from "./discover-bodies.ts";
import { discoverIntroducedBodies, postAffiliations } from "./introduced-bodies.ts";
import { matchCompoundParts, matchNames, matchSides, matchTopics } from "./match-lexicon.ts";
import { discoverMembers, memberAffiliations } from "./members.ts";
import { nationalityBefore } from "./nationality.ts";
import { discoverOffices } from "./offices.ts";
import type { Phrase } from "./phrase.ts";
import { countryOfPlace, findRoleWords } from "./roles.ts";

/** `lex` defaults to the curated lexicon; tests pass a smaller one to prove discovery. */
export function recognize(doc: Segmented, lex: Lexicon = lexicon()): Recognition {
  const ctx = createContext(doc, lex);
  matchNames(ctx, lex.names);
  matchSides(ctx);
  matchTopics(ctx);
  findRoleWords(ctx);
  matchCompoundParts(ctx);
  discoverPeople(ctx);
  discoverMembers(ctx);
  discoverInstitutions(ctx);
  discoverAdjectiveBodies(ctx);
  discoverMedia(ctx);
  discoverIntroducedBodies(ctx);
  if (ctx.discovered.size || ctx.discoveredOrgs.size) matchNames(ctx, discoveredIndex(ctx));
  discoverOffices(ctx);
  const phrases = rolePhrases(ctx);
  partyAffiliations(ctx);
  partyRoles(ctx, phrases);
  memberAffiliations(ctx);
  postAffiliations(ctx);
  return result(ctx, phrases);
}

/** The entities with their mentions and affiliations, and the role mentions, in text order. */
function result(ctx: Context, phrases: Phrase[]): Recognition {
  const lex = ctx.lex;
  const entities = new Map<string, Entity>();
  const entity = (id: string, type: EntityType): Entity => {
    let e = entities.get(id);
    if (e) return e;
    e = newEntity(ctx, id, type);
    entities.set(id, e);
    return e;
  };
  const mentions = [...ctx.at.values()].map((f) => f.mention).sort((a, b) => a.start - b.start);
  for (const m of mentions) entity(m.entityId, m.type).mentions.push(m);
  // curated affiliations of lexicon people, evidenced by their first mention here
  for (const e of entities.values()) {
    const p = lex.people.get(e.id);
    if (!p) continue;
    const first = e.mentions[0]!;
    for (const r of p.roles)
      affiliate(ctx, e.id, {
        organizationId: r.organizationId,
        role: r.role,
        roleKind: r.roleKind,
        evidence: { text: first.text, start: first.start, end: first.end },
        rule: "lexicon",
      });
  }
  for (const [id, list] of ctx.affiliations) {
    const e = entities.get(id);
    if (!e) continue;
    e.affiliations = list;
    if (!e.countryId) e.countryId = countryOf(ctx, list);
  }
  // "der Russin Natalja Sadova": a nationality said right before the name, when no role said one
  for (const f of ctx.at.values()) {
    const e = entities.get(f.mention.entityId);
    if (e?.type === "PERSON" && !e.countryId && !f.partial) e.countryId = nationalityBefore(ctx, f);
  }
  // organizations that roles point to belong in the result even when not named as such
  const roleMentions = phrases.map((p) => p.rm).sort((a, b) => a.start - b.start || a.end - b.end);
  const orgIds = new Set<string>();
  for (const rm of roleMentions) if (rm.organizationId) orgIds.add(rm.organizationId);
  for (const e of entities.values()) for (const a of e.affiliations) orgIds.add(a.organizationId);
  for (const id of orgIds)
    if (!entities.has(id) && (lex.typeOf(id) === "ORGANIZATION" || ctx.discoveredOrgs.has(id)))
      entity(id, "ORGANIZATION");
  return { entities: [...entities.values()], mentions, roleMentions };
}

/** An entity as the lexicon or discovery describes it, without mentions yet. */
function newEntity(ctx: Context, id: string, type: EntityType): Entity {
  const lex = ctx.lex;
  const person = lex.people.get(id);
  const org = lex.organizations.get(id);
  const place = lex.places.get(id);
  const topic = lex.topics.get(id);
  const d = ctx.discovered.get(id);
  const dOrg = ctx.discoveredOrgs.get(id);
  return {
    id,
    type,
    name: person?.name ?? org?.name ?? place?.name ?? topic?.name ?? d?.name ?? dOrg?.name ?? id,
    aliases: person
      ? [...new Set([...person.aliases, ...person.surnames])].filter((a) => a !== person.name)
      : (org?.aliases ??
        place?.aliases ??
        topic?.aliases ??
        (d ? [...d.aliases].filter((a) => a !== d.name) : [])),
    kind: org?.kind ?? place?.kind ?? dOrg?.kind ?? null,
    countryId:
      person?.countryId ??
      org?.countryId ??
      dOrg?.countryId ??
      (dOrg?.seatId ? countryOfPlace(ctx, dOrg.seatId) : null),
    locatedIn: place?.locatedIn ?? null,
    origin: person || org || place || topic ? "lexicon" : "discovered",
    mentions: [],
    affiliations: [],
  };
}

function countryOf(ctx: Context, list: Affiliation[]): string | null {
  for (const a of list) {
    const org = ctx.lex.organizations.get(a.organizationId);
    if (org?.kind === "COUNTRY") return org.id;
    if (org?.countryId) return org.countryId;
    // a body named by its seat lies in the seat's country ("Richterin am Landgericht Hamburg")
    const body = ctx.discoveredOrgs.get(a.organizationId);
    const country = body?.countryId ?? (body?.seatId ? countryOfPlace(ctx, body.seatId) : null);
    if (country) return country;
  }
  return null;
}
