// Role phrases with their person and organization, and the affiliations they evidence: the person named
// right after the role noun or in an apposition, the organization from the phrase itself or, failing
// that, from the side the sentence speaks for ("auf ukrainischer Seite"), a coordinated phrase before it
// or the person's curated office; "Friedrich Merz (CDU)" as party membership.

import { ADDITIVE_CONJUNCTIONS } from "../german/additive-conjunctions.ts";
import type { Affiliation, RoleKind } from "../types.ts";
import { BLANKS, type Context, type Found, type RoleWord, space } from "./context.ts";
import { namedBody } from "./discover-bodies.ts";
import { afterParenthesis, type Phrase, phrase } from "./phrase.ts";
import { roleAntecedent } from "./role-coref.ts";
import {
  abbreviatedNameAfter,
  acronymBody,
  articleBody,
  bodyNamedWith,
  countryOfPlace,
  personOrg,
} from "./roles.ts";

/** Text between two role phrases that ends in "und" or "sowie". */
const ENDS_WITH_ADDITIVE = new RegExp(`\\b(?:${[...ADDITIVE_CONJUNCTIONS].join("|")})\\s*$`);

/** Every role phrase outside credits, in text order, with the affiliations it evidences. */
export function rolePhrases(ctx: Context): Phrase[] {
  const out: Phrase[] = [];
  // phrases with a person but no body, for the article's own government (homeCountry)
  const unsettled: Array<[Phrase, Found, string]> = [];
  // (asked only when a phrase needs it: most articles name no government role)
  let outletAsked = false;
  let outletId: string | null = null;
  const outlet = (): string | null => {
    if (!outletAsked) outletId = outletCountry(ctx);
    outletAsked = true;
    return outletId;
  };
  const roleWords = [...ctx.roleAt.keys()].sort((a, b) => a - b);
  for (const i of roleWords) {
    if (ctx.inCredit[i]) continue;
    const r = ctx.roleAt.get(i)!;
    const ph = phrase(ctx, i, r);
    // the name: right after the role noun, or an apposition on either side
    let person: Found | null = null;
    let how = "role+name";
    const direct = ctx.at.get(i + 1);
    if (direct?.mention.type === "PERSON" && space(ctx, i, i + 1, BLANKS)) person = direct;
    if (!person && ph.hasDeterminer) {
      const k = afterParenthesis(ctx, ph.lastWord);
      const after = ctx.at.get(k);
      if (after?.mention.type === "PERSON" && space(ctx, k - 1, k, /^\)?, ?$/)) {
        person = after;
        how = "role-apposition";
      }
    }
    if (!person && ph.firstWord > 0 && space(ctx, ph.firstWord - 1, ph.firstWord, /^, ?$/)) {
      const before = ctx.cover.get(ph.firstWord - 1);
      if (before?.mention.type === "PERSON" && !before.partial) {
        person = before;
        how = "apposition";
      }
    }
    if (r.prefixPersonId && person?.mention.entityId === r.prefixPersonId) person = null;
    if (person) ph.rm.entityId = person.mention.entityId;
    settleOrganization(ctx, out, ph, r, person);
    if (ph.orgRule === "role:default" && isCountry(ctx, ph)) {
      // an Austrian outlet's "Bundeskanzler" is Austria's: a role noun's own country is the writer's, or
      // that of the person's party ("Bundeskanzler X (ÖVP)")
      const party = person ? partyCountry(ctx, person) : null;
      const own = party && FEDERAL_MINISTERS_ONLY.has(party) ? party : party ? null : outlet();
      if (own && own !== ph.rm.organizationId) {
        ph.rm.organizationId = own;
        ph.orgRule = "role:outlet-country";
      }
    }
    if (!person && ph.rm.organizationId) {
      // "Filip Jicha war sauer. „…“, sagte der Trainer des THW Kiel": the one person just named
      person = roleAntecedent(ctx, ph);
      how = "role-coref";
      if (person) ph.rm.entityId = person.mention.entityId;
    }
    kindForBody(ctx, ph, r);
    if (person && ph.rm.organizationId) affiliateRole(ctx, ph, person, how);
    else if (person && HOME_GOVERNMENT_KINDS.has(ph.rm.roleKind)) unsettled.push([ph, person, how]);
    out.push(ph);
  }
  const home = unsettled.length ? (homeCountry(ctx, out) ?? outlet()) : null;
  for (const [ph, person, how] of unsettled) {
    // "Finanzminister X (ÖVP)": the minister of the party's country, whatever the article's
    const party = partyCountry(ctx, person);
    const own = party && FEDERAL_MINISTERS_ONLY.has(party) ? party : null;
    // a German party's minister in an article written from Austria is not Austria's
    if (!own && (!home || (party && party !== home))) continue;
    ph.rm.organizationId = own ?? home;
    ph.orgRule = own ? "role:party-country" : "role:home-country";
    affiliateRole(ctx, ph, person, how);
  }
  return out;
}

/**
 * The country of the party in parentheses behind a person's name ("Gernot Blümel (ÖVP)"). Only a party named
 * by its acronym: "Demokraten" or "Grüne" name parties in many countries. Null otherwise. A government role
 * takes it only for Austria, Switzerland and Liechtenstein (FEDERAL_MINISTERS_ONLY).
 */
function partyCountry(ctx: Context, person: Found): string | null {
  const k = person.last + 1;
  const word = ctx.w[k];
  if (!word || !/^ ?\($/.test(ctx.text.slice(person.mention.end, word.start))) return null;
  const party = ctx.at.get(k);
  if (party?.mention.type !== "ORGANIZATION") return null;
  const org = ctx.lex.organizations.get(party.mention.entityId);
  return org?.kind === "PARTY" && org.countryId && PARTY_ACRONYM.test(org.name) ? org.countryId : null;
}

/** German-speaking countries whose states have no ministers of their own (Landesräte, Regierungsräte): a
 *  minister there is the country's. A German "Innenminister X (CDU)" or "Ministerpräsident Y" may be a
 *  Land's, so a German party or article says nothing of the role's body. */
const FEDERAL_MINISTERS_ONLY = new Set(["oesterreich", "schweiz", "liechtenstein"]);

function isCountry(ctx: Context, ph: Phrase): boolean {
  return ctx.lex.organizations.get(ph.rm.organizationId ?? "")?.kind === "COUNTRY";
}

/**
 * The country the article is written in, which its unqualified government roles belong to: that of the
 * place of its dateline ("Wien (APA) –"), else of its outlet, found by name or by the host of its URL
 * among the lexicon's media (organizations.yaml: a medium's country and aliases such as "orf.at").
 */
function outletCountry(ctx: Context): string | null {
  const own = writtenFrom(ctx) ?? mentionedCountry(ctx);
  // a German-language text from Washington is a correspondent's: its "Bundeskanzler" is still the reader's
  return own && GERMAN_SPEAKING.has(own) ? own : null;
}

/** Countries whose own government a German-language text names without saying whose. */
const GERMAN_SPEAKING = new Set(["deutschland", "oesterreich", "schweiz", "liechtenstein"]);

/** A party's name written as an acronym ("ÖVP", "SPD", "AfD", "NEOS"): a word such as "Grüne" or "Linke"
 *  names parties in several countries. */
const PARTY_ACRONYM = /^\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*$/u;

/**
 * Without an outlet or dateline, the one German-speaking country whose parties (by acronym) and media the
 * article names outside its credits: an article on "ÖVP", "SPÖ" and "NEOS", or an interview "in der ZiB 2",
 * is written from Austria. Null when it names none, those of two countries, or Germany's: its Länder have
 * ministers and Ministerpräsidenten of their own, so a German article's unqualified one may be a Land's.
 */
function mentionedCountry(ctx: Context): string | null {
  let found: string | null = null;
  for (const f of ctx.at.values()) {
    if (f.mention.type !== "ORGANIZATION" || f.partial || ctx.inCredit[f.first]) continue;
    const org = ctx.lex.organizations.get(f.mention.entityId);
    if (!org?.countryId || !GERMAN_SPEAKING.has(org.countryId)) continue;
    const party = org.kind === "PARTY" && PARTY_ACRONYM.test(org.name);
    if (!party && org.kind !== "MEDIA") continue;
    if (found && found !== org.countryId) return null;
    found = org.countryId;
  }
  return found && FEDERAL_MINISTERS_ONLY.has(found) ? found : null;
}

function writtenFrom(ctx: Context): string | null {
  const { dateline, source, url } = ctx.meta;
  const lex = ctx.lex;
  const named = (name: string | null | undefined, type: "PLACE" | "ORGANIZATION"): string | null => {
    if (!name) return null;
    const words = name.trim().split(/\s+/);
    for (const form of lex.names.get(words[0]!) ?? [])
      if (
        form.type === type &&
        form.words.length === words.length &&
        form.words.every((x, n) => x === words[n])
      )
        return form.entityId;
    return null;
  };
  const place = named(dateline, "PLACE");
  const fromPlace = place ? countryOfPlace(ctx, place) : null;
  if (fromPlace && lex.organizations.get(fromPlace)?.kind === "COUNTRY") return fromPlace;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, "") : null;
  } catch {
    host = null;
  }
  for (const name of [source, host]) {
    const id = named(name, "ORGANIZATION");
    const org = id ? lex.organizations.get(id) : undefined;
    if (org?.kind === "MEDIA" && org.countryId) return org.countryId;
  }
  return null;
}

/** Roles of a government: named without a country, they belong to the article's own (homeCountry). */
const HOME_GOVERNMENT_KINDS = new Set<RoleKind>(["MINISTER", "HEAD_OF_GOVERNMENT"]);

/**
 * The country whose head the article names by a role that implies it ("Bundeskanzlerin Angela Merkel",
 * "Bundespräsident X"): a German article names its own chancellor so and a foreign one with a country
 * ("Frankreichs Präsident"). Its unqualified ministers ("Außenminister Heiko Maas") are that country's.
 * Null when no such role is named or two countries are.
 */
function homeCountry(ctx: Context, phrases: Phrase[]): string | null {
  let home: string | null = null;
  for (const ph of phrases) {
    if (ph.orgRule !== "role:default" || !ph.rm.entityId || !ph.rm.organizationId) continue;
    if (ctx.lex.organizations.get(ph.rm.organizationId)?.kind !== "COUNTRY") continue;
    if (home && home !== ph.rm.organizationId) return null;
    home = ph.rm.organizationId;
  }
  return home;
}

/** The organization of a phrase that named none itself, and a curated office over a noun's default. */
function settleOrganization(ctx: Context, prev: Phrase[], ph: Phrase, r: RoleWord, person: Found | null) {
  if (!ph.rm.organizationId && ph.unknownBody) {
    // "Sprecherin des Landesverbands Nord": a body named by its head noun, discovered here
    const body = namedBody(ctx, ph.unknownBody[0], ph.unknownBody[1]);
    if (body) {
      ph.rm.organizationId = body;
      ph.orgRule = "role:complement-body";
    }
  }
  if ((!ph.rm.organizationId || ph.orgRule === "role:prefix") && r.bodyType && r.prefixName) {
    // "Kiel-Keeper": the club the article names with the prefix word ("THW Kiel")
    const body = bodyNamedWith(ctx, ph.roleWord, r.prefixName);
    if (body) {
      ph.rm.organizationId = body;
      ph.orgRule = "role:prefix-name";
    }
  }
  if (!ph.rm.organizationId && r.bodyType) {
    // "der Trainer des Rekordmeisters THW Kiel": the complement names the club
    const name = abbreviatedNameAfter(ctx, ph.roleWord);
    const body = name ? bodyNamedWith(ctx, ph.roleWord, name) : null;
    if (body) {
      ph.rm.organizationId = body;
      ph.orgRule = "role:complement-name";
    }
  }
  // (a city's adjective gives only the country: "der Hamburger Gerichtssprecher" speaks for the court the
  // article names, "Landgericht Hamburg")
  const weak = !ph.rm.organizationId || ph.orgRule === "role:place-adjective";
  if (weak && r.bodyType) {
    const body = articleBody(ctx, ph.roleWord, r.bodyType);
    if (body) {
      ph.rm.organizationId = body;
      ph.orgRule = "role:article-body";
    }
  }
  if (!ph.rm.organizationId) {
    const side = sideMarker(ctx, ph.roleWord) ?? coordinated(ctx, prev, ph) ?? possessiveOwner(ctx, ph);
    if (side) {
      ph.rm.organizationId = side.org;
      ph.orgRule = side.rule;
    }
  }
  const curated = person ? ctx.lex.people.get(person.mention.entityId) : undefined;
  if (curated && ph.orgRule === "role:default") {
    // "Bundeskanzler Christian Stocker": the curated office says which country's chancellor
    const own = curated.roles.find((x) => x.roleKind === r.role.roleKind);
    if (own && own.organizationId !== ph.rm.organizationId) {
      ph.rm.organizationId = own.organizationId;
      ph.orgRule = "lexicon-person";
    }
  }
  if (person && !ph.rm.organizationId && person.mention.type === "PERSON") {
    const own = personOrg(ctx, person.mention.entityId, r.role.roleKind);
    if (own && ctx.lex.people.has(person.mention.entityId)) {
      ph.rm.organizationId = own;
      ph.orgRule = "lexicon-person";
    }
  }
}

/** A president of a body that is no state ("Präsidentin der Rektorenkonferenz", "EZB-Präsident") heads
 *  an institution: an official, not a head of state. So does one whose complement or hyphenated prefix
 *  names a body the lexicon lacks ("Präsident der Mars Society", "Amtrak-Präsident"): a state would be
 *  known or named by its adjective. */
function kindForBody(ctx: Context, ph: Phrase, r: RoleWord): void {
  const rm = ph.rm;
  if (rm.roleKind !== "HEAD_OF_STATE") return;
  if (!rm.organizationId) {
    if (ph.unknownBody || r.prefixName) rm.roleKind = "OFFICIAL";
    return;
  }
  const kind = ctx.lex.organizations.get(rm.organizationId)?.kind;
  if (kind !== "COUNTRY" && kind !== "GOVERNMENT") rm.roleKind = "OFFICIAL";
}

/** The phrase's role for its person, and for a name coordinated with it. */
function affiliateRole(ctx: Context, ph: Phrase, person: Found, how: string) {
  const w = ctx.w;
  const rm = ph.rm;
  affiliate(ctx, person.mention.entityId, {
    organizationId: rm.organizationId!,
    role: rm.role,
    roleKind: rm.roleKind,
    evidence: { text: rm.text, start: rm.start, end: rm.end },
    rule: `${how}/${ph.orgRule ?? "?"}`,
  });
  // "US-Verhandler Steve Witkoff und Jared Kushner": the role covers the coordinated name too
  const j = person.last + 1;
  if (!w[j] || !ADDITIVE_CONJUNCTIONS.has(w[j]!.text) || !space(ctx, person.last, j, BLANKS)) return;
  const other = ctx.at.get(j + 1);
  // not "und Trumps Schwiegersohn Jared Kushner": a genitive names someone else's relation
  const plain = other && !other.mention.rule.endsWith("inflected");
  // a curated person only takes a role the lexicon already gives them ("Witkoff und Kushner")
  const theirs = other ? ctx.lex.people.get(other.mention.entityId) : undefined;
  const fits =
    !theirs || theirs.roles.some((x) => x.roleKind === rm.roleKind && x.organizationId === rm.organizationId);
  if (
    plain &&
    fits &&
    other.mention.type === "PERSON" &&
    !ctx.roleAt.has(j + 1) &&
    ph.orgRule !== "lexicon-person"
  )
    affiliate(ctx, other.mention.entityId, {
      organizationId: rm.organizationId!,
      role: rm.role,
      roleKind: rm.roleKind,
      evidence: { text: rm.text, start: rm.start, end: rm.end },
      rule: `role+coordinated/${ph.orgRule ?? "?"}`,
    });
}

/** Punctuation between two words that ends a clause or opens or closes a quotation. */
const CLAUSE_BREAK = /[,;:„“”"«»]/;

/** "auf ukrainischer Seite auch Generalstabschef …", "Für Deutschland war der Berater …". */
function sideMarker(ctx: Context, i: number): { org: string; rule: string } | null {
  const w = ctx.w;
  const s = w[i]!.sentence;
  for (let j = i - 1; j >= 0 && w[j]!.sentence === s && j > i - 12; j--) {
    // the side belongs to its own clause: not "… auf ägyptischer Seite zu öffnen, so Hisbollah-Chef X"
    if (CLAUSE_BREAK.test(ctx.text.slice(w[j]!.end, w[j + 1]!.start))) return null;
    const f = ctx.at.get(j);
    if (f && (f.mention.rule === "lexicon-adjective+side" || f.mention.rule === "lexicon-prefix+side"))
      return { org: f.mention.entityId, rule: "role:side" };
    if (
      f &&
      f.mention.type === "ORGANIZATION" &&
      ctx.lex.organizations.get(f.mention.entityId)?.kind === "COUNTRY" &&
      j > 0 &&
      /^(?:Für|für)$/.test(w[j - 1]!.text)
    )
      return { org: f.mention.entityId, rule: "role:for-country" };
  }
  return null;
}

/** Roles that lead, speak for or work in a body, which a possessive may name. */
const BODY_SERVING_KINDS = new Set<RoleKind>(["OFFICIAL", "SPOKESPERSON", "OTHER"]);

/** Third-person possessives before a role noun: "Ihr Chef", "seine Sprecherin". */
const THIRD_PERSON_POSSESSIVE = /^(?:sein|ihr)(?:e|er|es|em|en)?$/;

/**
 * "Die Gewerkschaft Bahnwerk ruft zum Streik auf. Ihr Chef Otto Krämer sagte …": a role after a third-person
 * possessive belongs to its owner, the nearest name before it in this or the previous sentence, when that
 * is an organization (after a person, "sein Berater" is that person's relation, not a body's).
 */
function possessiveOwner(ctx: Context, ph: Phrase): { org: string; rule: string } | null {
  const w = ctx.w;
  if (!ph.hasDeterminer || !THIRD_PERSON_POSSESSIVE.test(w[ph.firstWord]!.lower)) return null;
  // "ihres Ministerpräsidenten": a government's role is a country's, whoever "ihr" is
  if (!BODY_SERVING_KINDS.has(ph.rm.roleKind)) return null;
  const s = w[ph.firstWord]!.sentence;
  for (let j = ph.firstWord - 1; j >= 0 && w[j]!.sentence >= s - 1; j--) {
    const f = ctx.cover.get(j);
    if (!f || f.mention.type === "TOPIC" || f.mention.type === "PLACE") continue;
    if (f.mention.type !== "ORGANIZATION" || f.partial) return null;
    return { org: f.mention.entityId, rule: "role:possessive" };
  }
  return null;
}

/** "Der ukrainische Chefunterhändler Rustem Umerow und Generalstabschef Andrij Hnatow". */
function coordinated(ctx: Context, prev: Phrase[], ph: Phrase): { org: string; rule: string } | null {
  const p = prev[prev.length - 1];
  if (!p?.rm.organizationId || p.orgRule !== "role:adjective") return null;
  if (ctx.w[p.roleWord]!.sentence !== ctx.w[ph.roleWord]!.sentence) return null;
  const between = ctx.text.slice(p.rm.end, ph.rm.start);
  if (between.length > 60 || !ENDS_WITH_ADDITIVE.test(between)) return null;
  return { org: p.rm.organizationId, rule: "role:coordinated" };
}

/** Adds an affiliation to a person unless they have one to the same body with the same role. */
export function affiliate(ctx: Context, entityId: string, a: Affiliation): void {
  const list = ctx.affiliations.get(entityId) ?? [];
  if (
    !list.some((x) => x.organizationId === a.organizationId && x.roleKind === a.roleKind && x.role === a.role)
  )
    list.push(a);
  ctx.affiliations.set(entityId, list);
}

/** "Friedrich Merz (CDU)": membership of a party; "Karin Ebner (ÖVP)": of a body the lexicon lacks, named by
 *  an acronym in parentheses right behind the name (news style for the party). */
export function partyAffiliations(ctx: Context): void {
  const w = ctx.w;
  for (const f of ctx.at.values()) {
    if (f.mention.type !== "PERSON") continue;
    const k = f.last + 1;
    const word = w[k];
    if (!word || !/^ ?\($/.test(ctx.text.slice(f.mention.end, word.start))) continue;
    const next = ctx.at.get(k);
    let organizationId: string | null = null;
    let rule = "party-parenthesis";
    if (next?.mention.type === "ORGANIZATION" && ctx.lex.organizations.has(next.mention.entityId)) {
      if (ctx.lex.organizations.get(next.mention.entityId)?.kind === "PARTY")
        organizationId = next.mention.entityId;
    } else if ((!next || next.mention.type === "ORGANIZATION") && ctx.text[word.end] === ")") {
      organizationId = acronymBody(ctx, word.text)?.id ?? null;
      rule = "acronym-parenthesis";
    }
    if (!organizationId) continue;
    const end = (next ? next.mention.end : word.end) + 1;
    affiliate(ctx, f.mention.entityId, {
      organizationId,
      role: "Mitglied",
      roleKind: "OTHER",
      evidence: { text: ctx.text.slice(f.mention.start, end), start: f.mention.start, end },
      rule,
    });
  }
}

/** Roles a party holds its people in: "der Abgeordnete Max Beispiel (CDU)" sits for the CDU. */
const PARTY_ROLE_KINDS = new Set<RoleKind>(["LEGISLATOR"]);

/**
 * A role phrase that named no body, of a person whose party stands in parentheses behind the name: a
 * legislator's seat is the party's ("der Abgeordnete X (CDU)" → LEGISLATOR of the CDU). Runs after
 * partyAffiliations, which found the party.
 */
export function partyRoles(ctx: Context, phrases: Phrase[]): void {
  for (const ph of phrases) {
    const rm = ph.rm;
    if (rm.organizationId || !rm.entityId || !PARTY_ROLE_KINDS.has(rm.roleKind)) continue;
    const party = ctx.affiliations
      .get(rm.entityId)
      ?.find((a) => a.rule === "party-parenthesis" || a.rule === "acronym-parenthesis");
    if (!party) continue;
    rm.organizationId = party.organizationId;
    ph.orgRule = "role:party";
    affiliate(ctx, rm.entityId, {
      organizationId: party.organizationId,
      role: rm.role,
      roleKind: rm.roleKind,
      evidence: { text: rm.text, start: rm.start, end: rm.end },
      rule: "role+name/role:party",
    });
  }
}
