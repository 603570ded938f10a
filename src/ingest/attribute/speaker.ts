// Who a speaker phrase refers to. Pronouns go to the most salient compatible earlier subject or speaker
// (not simply the nearest name); role descriptions ("der Nato-Chef", "der russische Unterhändler") go to
// the person the article earlier named with a matching role and side; names inside a modifier ("von
// Kremlchef Wladimir Putin") are never the referent of the phrase they modify.

import { DEFINITE_ARTICLES, PERSON_POSSESSIVES } from "../german/anaphoric-determiners.ts";
import { DEMONSTRATIVE_PRONOUNS } from "../german/demonstratives.ts";
import { DETERMINERS } from "../german/determiners.ts";
import { slug } from "../slug.ts";
import type {
  Entity,
  Mention,
  Recognition,
  RoleKind,
  RoleMention,
  SpeakerType,
  TextSpan,
  Token,
} from "../types.ts";
import type { AttributionLexicon } from "./lexicon.ts";
import { isAdjectiveLike, isAgeNoun, type NP, parseNP, type RoleInfo, roleOf } from "./np.ts";
import { GOV_OFFICES, genderOf, isThingPlural, personGender, sideOf, sidesOf } from "./phrase-features.ts";
import { lastBefore, type NamedPeople, namedJustBefore } from "./pronoun-fallback.ts";

export type Gender = "m" | "f" | null;

export interface Referent {
  id: string | null;
  name: string;
  type: SpeakerType;
  gender: Gender;
  plural: boolean;
}

export interface ResolvedSpeaker extends Referent {
  mention: TextSpan;
  /** how: "name", "entity", "pronoun", "description", "unresolved" */
  how: string;
}

interface Salient extends Referent {
  unit: number;
  pos: number;
  mention: TextSpan;
}

interface RoleName extends Referent {
  pos: number;
  stem: string;
  kind: RoleKind;
  sides: Set<string>;
}

/** How many earlier role+name records a description looks back over (keeps huge articles linear). */
const SEARCH_BACK = 400;

export class Discourse {
  private salience: Salient[] = [];
  /** role+name records the recognizer knows (sorted once) and those read from the text (in order) */
  private readonly recRoleNames: RoleName[] = [];
  private recRoleNamesBuilt = false;
  private readonly textRoleNames: RoleName[] = [];
  private readonly entities = new Map<string, Entity>();
  private readonly identified = new Map<string, Referent>();
  private named: Array<{ e: Entity; name: string; aliases: string[] }> | null = null;
  /** Last word of each multi-word name (null for one word), as fullName() asks for every salient name. */
  private readonly surnames = new Map<string, string | null>();
  private readonly mentions: Mention[];

  private readonly personGender = new Map<string, "m" | "f" | null>();
  /** who was named where, for a pronoun no salient referent explains */
  private readonly people: NamedPeople<Referent>;

  constructor(
    readonly text: string,
    private readonly rec: Recognition,
    readonly lex: AttributionLexicon,
  ) {
    for (const e of rec.entities) this.entities.set(e.id, e);
    this.mentions = rec.mentions;
    const personById = (id: string) => {
      const e = this.entities.get(id);
      return e ? this.referentOf(e) : null;
    };
    this.people = { text, mentions: rec.mentions, personById, roleNames: this.textRoleNames };
  }

  /** People the recognizer knows with a role: every mention is a place where that role was named. Built on
   * first use, as many articles never need it. */
  private recRoles(): RoleName[] {
    if (this.recRoleNamesBuilt) return this.recRoleNames;
    this.recRoleNamesBuilt = true;
    for (const e of this.rec.entities) {
      if (e.type !== "PERSON" || e.affiliations.length === 0) continue;
      const ref = this.referentOf(e);
      const roles = e.affiliations.map((a) => ({
        stem: roleOf(a.role, this.lex)?.stem ?? a.role.toLowerCase(),
        kind: a.roleKind,
        sides: new Set(
          [this.side(a.organizationId), this.side(e.countryId ?? "")].filter(Boolean) as string[],
        ),
      }));
      for (const m of e.mentions)
        for (const r of roles)
          this.recRoleNames.push({
            id: ref.id,
            name: ref.name,
            type: ref.type,
            gender: ref.gender,
            plural: ref.plural,
            stem: r.stem,
            kind: r.kind,
            sides: r.sides,
            pos: m.start,
          });
    }
    this.recRoleNames.sort((a, b) => a.pos - b.pos);
    return this.recRoleNames;
  }

  /** The side ("russland", "nato") a word names, if any. */
  side(word: string): string | null {
    return sideOf(word, this.lex);
  }

  private referentOf(e: Entity): Referent {
    const first = e.type === "PERSON" ? e.name.split(/\s+/) : [];
    return {
      id: e.id,
      name: e.name,
      type: e.type === "PERSON" ? "PERSON" : e.type === "ORGANIZATION" ? "ORGANIZATION" : "UNKNOWN",
      gender: e.type === "PERSON" ? this.genderOfPerson(e, first) : null,
      plural: false,
    };
  }

  private genderOfPerson(e: Entity, first: string[]): "m" | "f" | null {
    const known = this.personGender.get(e.id);
    if (known !== undefined) return known;
    const gender = personGender(e, first, this.text, this.lex);
    this.personGender.set(e.id, gender);
    return gender;
  }

  private entityAt(start: number, end: number, exclude: Token[]): Entity | null {
    // binary search for the first mention ending after start
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = Math.max(0, lo - 2); k < this.mentions.length; k++) {
      const m = this.mentions[k]!;
      if (m.start >= end) break;
      if (m.end <= start) continue;
      if (exclude.some((t) => t.start < m.end && t.end > m.start)) continue;
      const e = this.entities.get(m.entityId);
      if (e && (e.type === "PERSON" || e.type === "ORGANIZATION")) return e;
    }
    return null;
  }

  /** Records the role+name phrases of a unit ("Nato-Generalsekretär Mark Rutte") for later descriptions. */
  registerRoleNames(toks: Token[]): void {
    // one role lookup per word, not one per window that contains it; most sentences have no role noun
    let nextRole = toks.length;
    const roleAhead = new Array<number>(toks.length);
    for (let k = toks.length - 1; k >= 0; k--) {
      const x = toks[k]!;
      if (x.cap && x.q === -1 && roleOf(x.text, this.lex) !== null) nextRole = k;
      roleAhead[k] = nextRole;
    }
    if (nextRole === toks.length) return;
    for (let i = 0; i < toks.length; i++) {
      // only phrases with a role noun among their first words can pair a role with a name
      if (roleAhead[i]! >= i + 5) {
        i = roleAhead[i]! - 5;
        continue;
      }
      const t = toks[i]!;
      if (t.q !== -1 || t.kind !== "word") continue;
      const prev = toks[i - 1];
      if (prev && prev.kind === "word" && (prev.cap || DETERMINERS.has(prev.lower) || isAdjectiveLike(prev)))
        continue;
      if (!(t.cap || DETERMINERS.has(t.lower) || isAdjectiveLike(t))) continue;
      const np = parseNP(toks, i, this.lex);
      if (!np?.role || np.names.length === 0) continue;
      const ent = this.entityAt(np.names[0]!.start, np.names[np.names.length - 1]!.end, []);
      const ref: Referent = ent
        ? this.referentOf(ent)
        : this.identify({
            id: null,
            name: np.names.map((n) => n.text).join(" "),
            type: "PERSON",
            gender: genderOf(np, this.lex),
            plural: false,
          });
      this.textRoleNames.push({
        id: ref.id,
        name: ref.name,
        type: ref.type,
        gender: ref.gender,
        plural: ref.plural,
        pos: t.start,
        stem: np.role.stem,
        kind: np.role.kind,
        sides: sidesOf(np, this.lex),
      });
      i = Math.max(i, np.end - 1);
    }
  }

  /** Role+name records before `pos`, newest first, at most SEARCH_BACK of them. */
  private *roleNamesBefore(pos: number): Generator<RoleName> {
    const recRoleNames = this.recRoles();
    let a = lastBefore(recRoleNames, pos);
    let b = lastBefore(this.textRoleNames, pos);
    for (let n = 0; n < SEARCH_BACK && (a >= 0 || b >= 0); n++) {
      const ra = a >= 0 ? recRoleNames[a]! : null;
      const rb = b >= 0 ? this.textRoleNames[b]! : null;
      if (ra && (!rb || ra.pos >= rb.pos)) {
        a--;
        yield ra;
      } else if (rb) {
        b--;
        yield rb;
      }
    }
  }

  noteSalient(ref: Referent & { mention: TextSpan }, unit: number, pos: number): void {
    if (ref.type === "UNKNOWN" && !ref.id && !/\p{Lu}/u.test(ref.name)) return;
    this.salience.push({
      id: ref.id,
      name: ref.name,
      type: ref.type,
      gender: ref.gender,
      plural: ref.plural,
      mention: ref.mention,
      unit,
      pos,
    });
    if (this.salience.length > 64) this.salience.splice(0, this.salience.length - 64);
  }

  private fromSalience(
    pos: number,
    unit: number,
    fits: (s: Salient) => boolean,
    maxUnits: number,
  ): Salient | null {
    for (let k = this.salience.length - 1; k >= 0; k--) {
      const s = this.salience[k]!;
      if (s.pos >= pos) continue;
      if (unit - s.unit > maxUnits) break;
      if (fits(s)) return s;
    }
    return null;
  }

  private roleMentionAt(start: number, end: number): RoleMention | null {
    const list = this.rec.roleMentions;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end < end) lo = mid + 1;
      else hi = mid;
    }
    // role phrases are short; look at the few that end at or after `end` and start before `start`
    for (let k = Math.max(0, lo - 4); k < Math.min(list.length, lo + 8); k++) {
      const r = list[k]!;
      if (r.start <= start && r.end >= end && r.entityId) return r;
    }
    return null;
  }

  /** ids of the people and organizations the recognizer found, once per article */
  private recognized: Set<string> | null = null;

  /** A name read from the text: the recognized entity of that name (or alias, or surname), else a new id
   * from the name, as the graph's ids are slugs of names. */
  private identify(ref: Referent): Referent {
    if (ref.id) return ref;
    const cacheKey = `${ref.type}:${ref.name}`;
    const hit = this.identified.get(cacheKey);
    if (hit) return { ...hit, gender: hit.gender ?? ref.gender };
    const found = this.identifyUncached(ref);
    this.identified.set(cacheKey, found);
    return found;
  }

  private identifyUncached(ref: Referent): Referent {
    const key = ref.name.toLowerCase();
    for (const { e, name, aliases } of this.namedEntities()) {
      if (
        name === key ||
        aliases.includes(key) ||
        (e.type === "PERSON" && ref.type === "PERSON" && name.endsWith(` ${key}`))
      ) {
        const r = this.referentOf(e);
        return r.gender ? r : { ...r, gender: ref.gender };
      }
    }
    const id = slug(ref.name);
    return id ? { ...ref, id } : ref;
  }

  /** People and organizations with their names and aliases lower-cased, once per article. */
  private namedEntities(): Array<{ e: Entity; name: string; aliases: string[] }> {
    if (this.named) return this.named;
    this.named = [];
    for (const e of this.rec.entities)
      if (e.type === "PERSON" || e.type === "ORGANIZATION")
        this.named.push({ e, name: e.name.toLowerCase(), aliases: e.aliases.map((a) => a.toLowerCase()) });
    return this.named;
  }

  private fullName(surname: string, before: number): Referent | null {
    const bare = surname.replace(/s$/, "");
    const fits = (name: string) => {
      let last = this.surnames.get(name);
      if (last === undefined) {
        const parts = name.split(/\s+/);
        last = parts.length > 1 ? parts[parts.length - 1]! : null;
        this.surnames.set(name, last);
      }
      return last !== null && (last === surname || last === bare);
    };
    for (let k = this.salience.length - 1; k >= 0; k--) {
      const s = this.salience[k]!;
      if (s.pos < before && s.type === "PERSON" && fits(s.name)) return strip(s);
    }
    for (const r of this.roleNamesBefore(before)) if (fits(r.name)) return strip(r);
    return null;
  }

  /** The person most recently salient within `maxUnits` units before `pos` (for a bare quote). */
  recentPerson(unit: number, pos: number, maxUnits: number): ResolvedSpeaker | null {
    const s = this.fromSalience(pos, unit, (x) => x.type === "PERSON" && !x.plural, maxUnits);
    return s ? resolved(s, { ...s.mention }, "salience") : null;
  }

  /** The person or organization most recently salient within `maxUnits` units before `pos`; with
   * `recognized`, only one the recognizer knows (not a phrase guessed from capitals). */
  recentSpeaker(unit: number, pos: number, maxUnits: number, recognized = false): ResolvedSpeaker | null {
    this.recognized ??= new Set(this.rec.entities.map((e) => e.id));
    const known = this.recognized;
    // a person the text introduced with role and full name is as sure a referent as one the recognizer knows
    const introduced = (id: string) => known.has(id) || this.textRoleNames.some((r) => r.id === id);
    const fits = (x: Salient) => x.type !== "UNKNOWN" && (!recognized || (x.id !== null && introduced(x.id)));
    const s = this.fromSalience(pos, unit, fits, maxUnits);
    return s ? resolved(s, { ...s.mention }, "salience") : null;
  }

  /**
   * Resolves a speaker phrase to a referent. `plural` is the number of the cue verb when known. The kind
   * of phrase decides, in this order: a pronoun, a recognized entity in the head (not in a modifier), a
   * quoted title, names, a role description, an organization noun, other capitalized words.
   */
  resolve(np: NP, toks: Token[], unit: number, pluralVerb: boolean | null): ResolvedSpeaker | null {
    const mention = this.mentionOf(np, toks);
    if (np.pronoun) return this.resolvePronoun(np.pronoun, mention, unit, pluralVerb);
    const ent = this.headEntity(np);
    if (ent) return resolved(this.referentOf(ent), mention, "entity");
    if (np.title) return this.resolveTitle(np.title, mention);
    if (np.names.length) return this.resolveName(np, mention);
    if (np.role) return this.resolveDescription(np, np.role, toks, mention, unit, pluralVerb);
    if (np.org || np.media) {
      const name = this.nameAfterDeterminer(np, toks, mention);
      return { id: null, name, type: "ORGANIZATION", gender: null, plural: false, mention, how: "name" };
    }
    if (np.head && isAgeNoun(np.head) && DEFINITE_ARTICLES.has(np.det?.lower ?? "") && !pluralVerb) {
      // "der 81-Jährige", "die 45-Jährige": the person of that gender salient in the last three units
      const g: Gender = np.det!.lower === "der" ? "m" : np.det!.lower === "die" ? "f" : null;
      const fits = (s: Salient) => s.type === "PERSON" && !s.plural && !(g && s.gender && s.gender !== g);
      const aged = this.fromSalience(mention.start, unit, fits, 3);
      if (aged) return resolved(aged, mention, "description");
    }
    if (np.caps.length) return this.resolveCapitalized(np.caps, mention);
    return null;
  }

  /** The phrase's text, without the punctuation it ends in (a closing parenthesis stays: "X (CDU)"). */
  mentionOf(np: NP, toks: Token[]): TextSpan {
    const first = toks[np.start]!;
    let end = np.end;
    while (end > np.start + 1 && toks[end - 1]!.kind === "punct" && toks[end - 1]!.text !== ")") end--;
    const last = toks[end - 1]!;
    return { start: first.start, end: last.end, text: this.text.slice(first.start, last.end) };
  }

  /** "er" / "sie": the most salient earlier referent of that gender and number; "sagten sie" is plural. */
  private resolvePronoun(
    pronoun: Token,
    mention: TextSpan,
    unit: number,
    pluralVerb: boolean | null,
  ): ResolvedSpeaker | null {
    const p = pronoun.lower;
    if (p !== "er" && p !== "sie") return null;
    const plural = p === "sie" && pluralVerb === true;
    const singular = !plural && (p === "er" || pluralVerb === false);
    const near = (demonstrative: boolean) =>
      singular ? namedJustBefore(this.people, mention.start, p, demonstrative) : null;
    // "mit dem Anwalt der Familie, X, sagte dieser": a demonstrative points to the one named last, not the topic
    const last = DEMONSTRATIVE_PRONOUNS.has(pronoun.text.toLowerCase()) ? near(true) : null;
    if (last) return resolved(last, mention, "pronoun");
    const hit = this.fromSalience(
      mention.start,
      unit,
      (s) => {
        if (plural) return s.plural || s.type === "ORGANIZATION";
        if (s.plural) return false;
        if (p === "er") return s.type !== "ORGANIZATION" && s.gender !== "f";
        return s.gender === "f" || (s.type === "ORGANIZATION" && s.gender !== "m");
      },
      8,
    );
    if (hit) return resolved(hit, mention, "pronoun");
    // "Bei der Ankündigung durch den Präsidenten X hatte er …": no subject before it, but a person named
    // just before in another role
    const named = near(false);
    return named ? resolved(named, mention, "pronoun") : null;
  }

  /** The recognized person or organization the phrase's head names, not its modifiers; a role noun with no name
   * is a description ("der Minister") unless bare and a person's name ("sagte Weidmann": surnames on -mann). */
  private headEntity(np: NP): Entity | null {
    const [toks, bareRole] = np.names.length ? [np.names, false] : [np.caps, !!np.role];
    if (!toks.length || (bareRole && (np.det || toks.length > 1))) return null;
    const ent = this.entityAt(toks[0]!.start, toks[toks.length - 1]!.end, np.modifiers);
    return bareRole && ent?.type !== "PERSON" ? null : ent;
  }

  /** das „Wall Street Journal“: the title names an organization. */
  private resolveTitle(title: { start: number; end: number }, mention: TextSpan): ResolvedSpeaker {
    const name = this.text.slice(title.start, title.end);
    const ref = this.identify({ id: null, name, type: "ORGANIZATION", gender: null, plural: false });
    return resolved(ref, mention, "name");
  }

  /** Names the recognizer did not know: a person (or, after an organization noun, an organization). */
  private resolveName(np: NP, mention: TextSpan): ResolvedSpeaker {
    const name = np.names.map((n) => n.text).join(" ");
    const type: SpeakerType = np.org || np.media ? "ORGANIZATION" : "PERSON";
    // "Besondere Probleme traten auf": things, not a person, nobody to refer back to later
    if (type === "PERSON" && isThingPlural(np.names))
      return { id: null, name, type: "UNKNOWN", gender: null, plural: true, mention, how: "unresolved" };
    // "Roth" after "Bürgermeisterin Anna Roth": the surname names the person introduced in full
    if (np.names.length === 1 && type === "PERSON") {
      const full = this.fullName(name, mention.start);
      if (full) return resolved(full, mention, "name");
    }
    const ref = this.identify({ id: null, name, type, gender: genderOf(np, this.lex), plural: false });
    return resolved(ref, mention, "name");
  }

  /**
   * A role description without a name ("der Nato-Chef", "ein Sprecher"): the person the recognizer tied it
   * to, else for a definite description the person named earlier with that role, else the description
   * itself, unresolved.
   */
  private resolveDescription(
    np: NP,
    role: RoleInfo,
    toks: Token[],
    mention: TextSpan,
    unit: number,
    pluralVerb: boolean | null,
  ): ResolvedSpeaker {
    // the recognizer may already have tied this description to someone
    // only a role phrase on the head itself: "von Kremlchef Wladimir Putin" modifies, it is not the speaker
    const head = np.head!;
    const rm = this.roleMentionAt(head.start, head.end);
    if (rm?.entityId) {
      const e = this.entities.get(rm.entityId);
      if (e) return resolved(this.referentOf(e), mention, "description");
    }
    const det = np.det?.lower ?? "";
    if (DEFINITE_ARTICLES.has(det) && !(det === "die" && pluralVerb)) {
      const hit = this.describedPerson(np, role, mention.start, unit);
      if (hit) return resolved(hit, mention, "description");
    }
    const groupish = /(en|er)$/.test(np.head?.lower ?? "") && !np.det && role.kind !== "HEAD_OF_STATE";
    return {
      id: null,
      name: this.nameAfterDeterminer(np, toks, mention),
      type: groupish ? "UNKNOWN" : "PERSON",
      gender: genderOf(np, this.lex),
      plural: groupish,
      mention,
      how: "unresolved",
    };
  }

  /**
   * The person a definite description points back to: the newest earlier role+name record with a fitting
   * role, side and gender, else a person salient in the last three units. Never a name inside the
   * phrase's own modifiers ("der Berater von Putin" is not Putin).
   */
  private describedPerson(np: NP, role: RoleInfo, before: number, unit: number): Referent | null {
    const sides = sidesOf(np, this.lex);
    const excluded = new Set(np.modifiers.filter((t) => t.cap).map((t) => t.text.replace(/s$/, "")));
    const isExcluded = (name: string) =>
      name.split(/\s+/).some((w) => excluded.has(w) || excluded.has(`${w}s`));
    const gender = genderOf(np, this.lex);
    // "der Leiter der Polizei, X, …  Der Minister sagte": an office of government does not describe someone
    // introduced in another role ("der Berater", "der Politiker" may)
    const otherRole = new Set<string>();
    for (const c of this.roleNamesBefore(before)) {
      const roleFits =
        c.stem === role.stem ||
        (c.kind === role.kind && c.kind !== "OTHER" && c.kind !== "OFFICIAL") ||
        role.stem === "chef";
      if (!roleFits && GOV_OFFICES.has(role.kind)) otherRole.add(c.name);
      if (!roleFits) continue;
      if (sides.size && c.sides.size && ![...sides].some((s) => c.sides.has(s))) continue;
      if (role.stem === "chef" && sides.size && !c.sides.size) continue;
      if (isExcluded(c.name)) continue;
      if (gender && c.gender && gender !== c.gender) continue;
      return c;
    }
    return this.fromSalience(
      before,
      unit,
      (s) =>
        s.type === "PERSON" &&
        !s.plural &&
        !isExcluded(s.name) &&
        !otherRole.has(s.name) &&
        !(gender && s.gender && gender !== s.gender),
      3,
    );
  }

  /** The phrase's text from the word after its determiner: "Nato-Chef" of "der Nato-Chef". */
  private nameAfterDeterminer(np: NP, toks: Token[], mention: TextSpan): string {
    return this.text.slice(np.det ? toks[np.start + 1]!.start : mention.start, mention.end);
  }

  /** Capitalized words that are neither role, organization nor name: a recognized entity, else unknown. */
  private resolveCapitalized(caps: Token[], mention: TextSpan): ResolvedSpeaker {
    const name = caps.map((c) => c.text).join(" ");
    const ent = this.entityAt(caps[0]!.start, caps[caps.length - 1]!.end, []);
    if (ent) return resolved(this.referentOf(ent), mention, "entity");
    return {
      id: null,
      name,
      type: "UNKNOWN",
      gender: null,
      plural: /(en|er)$/.test(name),
      mention,
      how: "unresolved",
    };
  }

  /** "Nach Umerows Angaben", "nach dpa-Informationen", "Nach seiner Kenntnis". */
  resolveWord(t: Token, unit: number): ResolvedSpeaker | null {
    const mention: TextSpan = { start: t.start, end: t.end, text: t.text };
    if (PERSON_POSSESSIVES.has(t.lower)) {
      const masc = t.lower.startsWith("sein");
      const hit = this.fromSalience(
        t.start,
        unit,
        (s) => s.type !== "ORGANIZATION" && !s.plural && (masc ? s.gender !== "f" : s.gender !== "m"),
        8,
      );
      return hit ? resolved(hit, mention, "pronoun") : null;
    }
    const word = /-/.test(t.text)
      ? t.text.replace(/-[^-]+$/, "")
      : t.text
          .replace(/(meinung|einschätzung|angaben|informationen|berichten|umfragen?|studien?)$/i, "")
          .replace(/s$/, "") || t.text;
    const ent = this.entityAt(t.start, t.end, []);
    if (ent) return resolved(this.referentOf(ent), mention, "entity");
    const ref = this.identify({
      id: null,
      name: word,
      type: /^[a-zäöü]+$/.test(word) || /^[A-Z]{2,}$/.test(word) ? "ORGANIZATION" : "PERSON",
      gender: null,
      plural: false,
    });
    return resolved(ref, { start: t.start, end: t.start + word.length, text: word }, "name");
  }
}

function strip(s: Referent): Referent {
  return { id: s.id, name: s.name, type: s.type, gender: s.gender, plural: s.plural };
}

// Built field by field, not as `{ ...ref, mention, how }`: V8 copies a spread object fast only when no
// property is added after it, and these run for every sentence (a spread was 3% of the stage).
function resolved(r: Referent, mention: TextSpan, how: string): ResolvedSpeaker {
  return { id: r.id, name: r.name, type: r.type, gender: r.gender, plural: r.plural, mention, how };
}
