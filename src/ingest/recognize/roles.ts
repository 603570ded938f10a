// Role words: a role noun of the lexicon, whole or declined ("Unterhändlers", "Sondergesandten") or as the
// head of a compound whose prefix names the body, place or person the role belongs to ("Kreml-Unterhändler",
// "US-Sondergesandter", "Putinberater"); and which organization a mention stands for in a role phrase.

import { COMPLEMENT_OPENERS } from "../german/complements.ts";
import { isCommonNoun } from "../german/dictionary.ts";
import { NOUN_SUFFIX } from "../german/endings.ts";
import { NOT_NAME } from "../german/names.ts";
import { TEMPORAL_ROLE_PREFIXES } from "../german/role-prefixes.ts";
import type { LexRole } from "../lexicon/types.ts";
import { slug } from "../slug.ts";
import type { EntityType, RoleKind } from "../types.ts";
import { COMPANY_ROLE_PREFIXES, kindOfBodyType } from "./body-words.ts";
import { BLANKS, type Context, type Found, mayBeUpper, type RoleWord, space } from "./context.ts";

/** Roles whose "Putin-Berater" / "Berater von Putin" belongs to the person's office, not the country. */
const OFFICE_ROLES = new Set<RoleKind>(["ADVISOR", "SPOKESPERSON"]);

/** Every role word of the article, by word index. */
export function findRoleWords(ctx: Context): void {
  for (let i = 0; i < ctx.w.length; i++) {
    // a role word is capitalized (roleWord's first test), which most words fail on their initial alone
    if (!mayBeUpper(ctx.initials[i]!)) continue;
    const r = roleWord(ctx, i);
    if (r) ctx.roleAt.set(i, r);
  }
}

export function roleWord(ctx: Context, i: number): RoleWord | null {
  const word = ctx.w[i]!;
  if (!word.upper || word.text.length < 4) return null;
  const lex = ctx.lex;
  const lower = word.lower;
  // "Lautsprecher" is no Sprecher (nouns.yaml)
  if (lex.notRoles.has(lower)) return null;
  // (only a hyphenated word changes when its hyphens go)
  const whole =
    lex.roleForms.get(lower) ??
    (word.parts.length ? lex.roleForms.get(lower.replace(/[-‐]/g, "")) : undefined);
  if (whole) return plainRole(whole);
  if (word.parts.length) {
    const head = word.parts[word.parts.length - 1]!.text.toLowerCase();
    const role = lex.roleForms.get(head) ?? closedHead(ctx, head)?.role;
    if (!role) return null;
    // "Juventus-Ex-Sportdirektor": "Ex" says when, the rest whose
    const prefixParts = word.parts
      .slice(0, -1)
      .filter((p) => !TEMPORAL_ROLE_PREFIXES.has(p.text.toLowerCase()));
    if (!prefixParts.length) return plainRole(role);
    return withPrefix(ctx, role, prefixParts.map((p) => p.text).join("-"), true);
  }
  const closed = closedHead(ctx, lower);
  if (!closed) return null;
  // (a closed compound's prefix is a common noun, "Polizei|sprecher", never a name the text writes apart)
  const r = withPrefix(ctx, closed.role, word.text.slice(0, word.text.length - closed.form.length), false);
  return r.prefixName ? { ...r, prefixName: null } : r;
}

/** A role word with no prefix of its own: the lexicon's role says all there is. */
function plainRole(role: LexRole): RoleWord {
  return { role, orgId: role.organizationId, prefixPersonId: null, bodyType: role.body };
}

/** The longest role form that ends the closed compound ("verteidigungsminister" → "minister"). */
function closedHead(ctx: Context, lower: string): { role: LexRole; form: string } | null {
  const candidates = ctx.lex.roleHeadsBySuffix.get(lower.slice(-3));
  if (!candidates) return null;
  for (const [form, role] of candidates) {
    if (form.length > lower.length - 3) continue;
    if (lower.endsWith(form)) return { role, form };
  }
  return null;
}

function withPrefix(ctx: Context, role: LexRole, prefix: string, hyphenated: boolean): RoleWord {
  const leads = BODY_LEADERS.has(role.roleKind);
  const p =
    resolvePrefix(ctx, prefix) ??
    acronymBody(ctx, prefix) ??
    (leads ? hyphenatedBody(ctx, prefix) : null) ??
    (leads && hyphenated ? namePrefixBody(ctx, prefix) : null);
  if (!p)
    return {
      role,
      orgId: role.organizationId,
      prefixPersonId: null,
      bodyType: prefixBodyType(ctx, prefix) ?? role.body,
      prefixName: PREFIX_NAME_PART.test(prefix) ? prefix : null,
    };
  if (p.type === "PERSON") {
    return { role, orgId: personOrg(ctx, p.id, role.roleKind), prefixPersonId: p.id };
  }
  if (p.type === "ORGANIZATION") return { role, orgId: p.id, prefixPersonId: null };
  // a place prefix (Moskau-Unterhändler) speaks for the place's country; on a club's role it may name
  // the club (Bayern-Trainer), which the phrase looks for
  return {
    role,
    orgId: countryOfPlace(ctx, p.id),
    prefixPersonId: null,
    bodyType: role.body,
    prefixName: role.body && PREFIX_NAME_PART.test(prefix) ? prefix : null,
  };
}

/** "Gerichts|sprecher", "Polizei-Sprecherin": a prefix that is the head noun of a kind of body (nouns.yaml
 *  bodyHeads), without its linking s. */
function prefixBodyType(ctx: Context, prefix: string): string | null {
  const last = prefix.split("-").pop()!.toLowerCase();
  for (const t of [last, last.replace(/s$/, "")])
    if (t.length > 2 && (ctx.lex.bodyHead.exec(t)?.[0] === t || COMPANY_ROLE_PREFIXES.has(t))) return t;
  return null;
}

/** The body of this kind the article names nearest before word i, else first after it: the court a
 *  "Richterin" sits on is the "Landgericht Kiel" of the article. */
export function articleBody(ctx: Context, i: number, type: string): string | null {
  let found: string | null = null;
  for (let j = 0; j < ctx.w.length && (j < i || !found); j++) {
    const word = ctx.w[j]!;
    if (j === i || !word.upper || !word.lower.endsWith(type)) continue;
    const id = bodyAt(ctx, j);
    if (id) found = id;
  }
  return found ?? onlyBodyOfKind(ctx, type);
}

/**
 * "Konzernchef Joe Kaeser", "der Vorstandsvorsitzende": a role on a kind of body the article names exactly
 * one of ("der Konzern Siemens", "die Vandora AG") belongs to that one. A body only introduced as someone's
 * employer ("den Chefposten bei Siemens") counts when no body of the kind is named. Null when none or two.
 */
function onlyBodyOfKind(ctx: Context, type: string): string | null {
  const kind = kindOfBodyType(type);
  if (!kind) return null;
  const ofKind = new Set<string>();
  const employers = new Set<string>();
  for (const f of ctx.at.values()) {
    if (f.mention.type !== "ORGANIZATION" || f.partial) continue;
    const id = f.mention.entityId;
    const d = ctx.discoveredOrgs.get(id);
    const k = d?.kind ?? ctx.lex.organizations.get(id)?.kind;
    if (k === kind) ofKind.add(id);
    else if (d?.introduced === "employer" || d?.introduced === "role-prefix") employers.add(id);
  }
  const pick = ofKind.size ? ofKind : employers;
  return pick.size === 1 ? [...pick][0]! : null;
}

/** The first word of a club's or company's name written as an abbreviation: "FC", "THW", "VfB", "SG". */
const NAME_ABBREVIATION = /^\p{Lu}[\p{Lu}\p{Ll}]{0,3}\p{Lu}$/u;

/**
 * "Kiel-Keeper", "Bayern-Trainerin": the body whose name the article writes as an abbreviation and the
 * prefix word, and up to two more capitalized words ("THW Kiel", "FC Bayern München"), nearest before word
 * i, else first after it; or the organization mentioned at that word. Its id (discovered when new), or null.
 */
export function bodyNamedWith(ctx: Context, i: number, name: string): string | null {
  const w = ctx.w;
  let found: string | null = null;
  for (let j = 1; j < w.length && (j < i || !found); j++) {
    if (j === i || w[j]!.text !== name) continue;
    const f = ctx.cover.get(j);
    if (f?.mention.type === "ORGANIZATION" && !f.partial) found = f.mention.entityId;
    // (a place inside a club's name is still part of it: "FC Bayern München")
    if (f && f.mention.type !== "PLACE") continue;
    const k = j - 1;
    if (!NAME_ABBREVIATION.test(w[k]!.text) || ctx.cover.has(k) || ctx.inCredit[k]) continue;
    if (w[k]!.sentence !== w[j]!.sentence || !/^[ \t]+$/.test(ctx.text.slice(w[k]!.end, w[j]!.start)))
      continue;
    let end = j;
    while (
      end < j + 2 &&
      w[end + 1]?.upper &&
      w[end + 1]!.sentence === w[j]!.sentence &&
      nameWordOrPlace(ctx, end + 1) &&
      /^[ \t]+$/.test(ctx.text.slice(w[end]!.end, w[end + 1]!.start))
    )
      end++;
    const full = w
      .slice(k, end + 1)
      .map((x) => x.text)
      .join(" ");
    const id = slug(full);
    if (!id) continue;
    const known = ctx.lex.typeOf(id);
    if (known && known !== "ORGANIZATION") continue;
    if (!known && !ctx.discoveredOrgs.has(id)) ctx.discoveredOrgs.set(id, { name: full, kind: "OTHER" });
    found = id;
  }
  return found;
}

/**
 * "der Trainer des Rekordmeisters THW Kiel", "Trainerin vom VfL Wolfsburg": a complement that names the
 * body by its abbreviated name, behind a genitive article or preposition and at most one common noun.
 * The word after the abbreviation ("Kiel"), for bodyNamedWith, or null.
 */
export function abbreviatedNameAfter(ctx: Context, i: number): string | null {
  const w = ctx.w;
  const s = w[i]!.sentence;
  let j = i + 1;
  if (!w[j] || w[j]!.sentence !== s || !COMPLEMENT_OPENERS.has(w[j]!.text)) return null;
  j++;
  if (w[j] && !NAME_ABBREVIATION.test(w[j]!.text) && w[j]!.upper && !ctx.cover.has(j)) j++;
  const abbr = w[j];
  const name = w[j + 1];
  if (!abbr || !name || name.sentence !== s || !NAME_ABBREVIATION.test(abbr.text) || !name.upper) return null;
  for (let k = i; k <= j; k++) if (!space(ctx, k, k + 1, BLANKS)) return null;
  return name.text;
}

/** A word that may continue a body's name: a place the lexicon knows ("München"), or a capitalized word
 *  that is no role and does not end like a common noun. */
function nameWordOrPlace(ctx: Context, j: number): boolean {
  const f = ctx.cover.get(j);
  if (f) return f.mention.type === "PLACE";
  const text = ctx.w[j]!.text;
  return !ctx.roleAt.has(j) && !NOUN_SUFFIX.test(text) && !NOT_NAME.has(text);
}

/** The organization whose name starts at word j: a mention, or a discovered body whose mention a place
 *  inside its name kept from being recorded ("Landgericht Hamburg"). A body "named by its seat" whose
 *  seat is no place ("die Polizei Wasserwerfer") is no evidence of a body to belong to. */
function bodyAt(ctx: Context, j: number): string | null {
  const settled = (id: string) => {
    const d = ctx.discoveredOrgs.get(id);
    return d?.kind !== "INSTITUTION" || Boolean(d.seatId);
  };
  const f = ctx.at.get(j);
  if (f?.mention.type === "ORGANIZATION" && !f.partial)
    return settled(f.mention.entityId) ? f.mention.entityId : null;
  const w = ctx.w;
  for (const [id, d] of ctx.discoveredOrgs)
    if (settled(id) && d.name.split(" ").every((x, n) => w[j + n]?.text === x)) return id;
  return null;
}

function resolvePrefix(ctx: Context, prefix: string): { id: string; type: EntityType } | null {
  const lower = prefix.toLowerCase();
  const prefixes = ctx.lex.prefixes;
  return (
    prefixes.get(lower) ??
    (lower.endsWith("s") ? prefixes.get(lower.slice(0, -1)) : undefined) ??
    prefixes.get(lower.split("-").pop()!) ??
    discoveredPrefix(ctx, prefix) ??
    leadingPrefix(ctx, lower) ??
    null
  );
}

/** "Bundes|innen|minister", "Bundes|verkehrs|ministerin": a closed prefix that begins with a known one
 *  ending in its linking s ("bundes") belongs to that one's body. */
function leadingPrefix(ctx: Context, lower: string): { id: string; type: EntityType } | undefined {
  if (lower.includes("-")) return undefined;
  for (let n = lower.length - 1; n >= 4; n--)
    if (lower[n - 1] === "s") {
      const p = ctx.lex.prefixes.get(lower.slice(0, n));
      if (p) return p;
    }
  return undefined;
}

/** An acronym of three or more capitals ("GDL-Chef", "SPÖ-Klubchef", "NEOS-Chefin") names the body the
 *  role belongs to even when the lexicon does not know it; the shorter ones are too often no body
 *  ("KI-Experte", "TV-Koch"). The body joins the discovered ones, so its other mentions are found. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]{2,5}$/u;

export function acronymBody(ctx: Context, prefix: string): { id: string; type: EntityType } | null {
  const last = prefix.split("-").pop()!;
  if (!ACRONYM.test(last)) return null;
  const id = slug(last);
  if (!id || ctx.lex.typeOf(id)) return null;
  if (!ctx.discoveredOrgs.has(id)) ctx.discoveredOrgs.set(id, { name: last, kind: "OTHER" });
  return { id, type: "ORGANIZATION" };
}

/** Roles that head or speak for a body, whose prefix therefore names one ("Pro-Bahn-Chef"); an adviser's or
 *  expert's prefix is their subject ("Corona-Krisen-Berater"). */
const BODY_LEADERS = new Set<RoleKind>(["OFFICIAL", "SPOKESPERSON"]);

/** A name word of a hyphenated prefix: capitalized, lower case after, not a common noun by its ending. */
const PREFIX_NAME_PART = /^\p{Lu}\p{Ll}+$/u;

/** "Pro-Bahn-Chef", "Mehr-Demokratie-Sprecherin": a prefix of two or more capitalized words joined by hyphens
 *  is the name of the body the role belongs to ("Pro Bahn"), even when the lexicon lacks it. One word alone
 *  is too often a topic ("Corona-Chef"), and a part the lexicon knows as a prefix
 *  ("Nato") or that ends like a common noun ("Regierungs") makes none. */
function hyphenatedBody(ctx: Context, prefix: string): { id: string; type: EntityType } | null {
  const parts = prefix.split("-");
  if (parts.length < 2) return null;
  for (const part of parts)
    if (
      !PREFIX_NAME_PART.test(part) ||
      NOUN_SUFFIX.test(part) ||
      NOT_NAME.has(part) ||
      ctx.lex.prefixes.has(part.toLowerCase())
    )
      return null;
  const name = parts.join(" ");
  const id = slug(name);
  if (!id) return null;
  const known = ctx.lex.typeOf(id);
  if (known) return known === "ORGANIZATION" ? { id, type: known } : null;
  if (!ctx.discoveredOrgs.has(id)) ctx.discoveredOrgs.set(id, { name, kind: "OTHER" });
  return { id, type: "ORGANIZATION" };
}

/**
 * "Vandora-Chef", "Siemens-Sprecherin": a hyphenated prefix that is one capitalized name word — no common
 * noun the dictionary knows, no given name, no known prefix — names the body a leader or spokesperson
 * serves, even when the lexicon lacks it ("Bahn-Chef", "Partei-Sprecher", "Team-Chef" are common nouns).
 */
function namePrefixBody(ctx: Context, prefix: string): { id: string; type: EntityType } | null {
  if (prefix.includes("-") || prefix.length < 3 || !PREFIX_NAME_PART.test(prefix)) return null;
  if (NOUN_SUFFIX.test(prefix) || NOT_NAME.has(prefix) || ctx.lex.firstNames.has(prefix)) return null;
  if (isCommonNoun(prefix) || ctx.lex.prefixes.has(prefix.toLowerCase())) return null;
  // "Merkel-Sprecher" in an article that writes "Angela Merkel": a person's surname
  if (surnames(ctx).has(prefix)) return null;
  const id = slug(prefix);
  if (!id) return null;
  const known = ctx.lex.typeOf(id);
  if (known) return known === "ORGANIZATION" ? { id, type: known } : null;
  if (!ctx.discoveredOrgs.has(id))
    ctx.discoveredOrgs.set(id, { name: prefix, kind: "OTHER", introduced: "role-prefix" });
  return { id, type: "ORGANIZATION" };
}

/** Whether the article writes this word right after a given name ("Angela Merkel" → Merkel). */
export function writtenAfterGivenName(ctx: Context, word: string): boolean {
  return surnames(ctx).has(word);
}

/** Words the article writes right after a given name ("Angela Merkel" → Merkel), made when first asked. */
function surnames(ctx: Context): Set<string> {
  if (ctx.surnames) return ctx.surnames;
  const out = new Set<string>();
  const w = ctx.w;
  for (let j = 1; j < w.length; j++)
    if (w[j]!.upper && ctx.lex.firstNames.has(w[j - 1]!.text) && space(ctx, j - 1, j, BLANKS))
      out.add(w[j]!.text);
  ctx.surnames = out;
  return out;
}

function discoveredPrefix(ctx: Context, prefix: string): { id: string; type: EntityType } | null {
  for (const [id, d] of ctx.discovered) if (d.aliases.has(prefix)) return { id, type: "PERSON" };
  return null;
}

/** The country a place lies in, following `locatedIn` (or the organization the chain reaches). */
export function countryOfPlace(ctx: Context, id: string): string | null {
  let cur: string | null = id;
  for (let k = 0; cur && k < 8; k++) {
    const t = ctx.lex.typeOf(cur);
    if (t === "ORGANIZATION") return cur;
    cur = ctx.lex.places.get(cur)?.locatedIn ?? null;
  }
  return null;
}

/** The body a person's role of this kind belongs to: their office or country, or what the text said. */
export function personOrg(ctx: Context, personId: string, kind: RoleKind): string | null {
  const p = ctx.lex.people.get(personId);
  if (p) return OFFICE_ROLES.has(kind) ? (p.officeId ?? p.countryId) : (p.countryId ?? p.officeId);
  const aff = ctx.affiliations.get(personId)?.[0];
  return aff?.organizationId ?? null;
}

/** The organization a mention stands for in a role phrase of this kind. */
export function orgOfMention(ctx: Context, f: Found, kind: RoleKind): string | null {
  const m = f.mention;
  if (m.type === "ORGANIZATION") return m.entityId;
  if (m.type === "PLACE") return countryOfPlace(ctx, m.entityId);
  if (m.type === "PERSON") return personOrg(ctx, m.entityId, kind);
  return null;
}
