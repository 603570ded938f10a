// Readers of the lexicon's files, one per file: each turns checked entries into typed ones and claims
// their ids; references between files (country, organization, locatedIn, seat, office) are checked
// once every file is read, so the files may refer to each other in any order.
import { slug } from "../slug.ts";
import { type EntityType, ORGANIZATION_KINDS, PLACE_KINDS, ROLE_KINDS } from "../types.ts";
import type { LexOrganization, LexPerson, LexPlace, LexRole, LexRoleRef, LexTopic } from "./types.ts";
import { entries, LexiconError, type Raw, Reader, readYaml } from "./validate.ts";

/** The ids claimed so far, with their type and name, and the references still to check. */
export class Registry {
  readonly types = new Map<string, EntityType>();
  readonly names = new Map<string, string>();
  private readonly pending: Array<() => void> = [];

  claim(r: Reader, id: string, type: EntityType, name: string): void {
    if (!id) r.fail("name", "gives an empty id");
    const had = this.types.get(id);
    if (had) r.fail("name", `id "${id}" is already taken by another entry (${had.toLowerCase()})`);
    this.types.set(id, type);
    this.names.set(id, name);
  }

  /** The id a reference names; whether it names an entry of the wanted type is checked by `check`. */
  ref(r: Reader, field: string, value: string | null, want: (t: EntityType) => boolean): string | null {
    if (value === null) return null;
    const id = slug(value);
    this.pending.push(() => {
      const t = this.types.get(id);
      if (!t || !want(t))
        r.fail(
          field,
          `"${value}" names no known ${field === "locatedIn" || field === "seat" ? "place" : "organization"}`,
        );
    });
    return id;
  }

  check(): void {
    for (const check of this.pending) check();
  }
}

const isOrganization = (t: EntityType) => t === "ORGANIZATION";

export function readOrganizations(dir: string, reg: Registry): Map<string, LexOrganization> {
  const organizations = new Map<string, LexOrganization>();
  for (const r of entries(dir, "organizations")) {
    const name = r.str("name");
    const id = slug(name);
    reg.claim(r, id, "ORGANIZATION", name);
    const org: LexOrganization = {
      id,
      name,
      kind: r.oneOf("kind", ORGANIZATION_KINDS),
      aliases: r.list("aliases"),
      countryId: reg.ref(r, "country", r.optStr("country"), isOrganization),
      adjectives: r.list("adjective"),
      prefixes: r.list("prefixes"),
      demonyms: r.list("demonyms"),
      contextOnly: r.list("contextOnly"),
      context: r.list("context"),
      seat: reg.ref(r, "seat", r.optStr("seat"), (t) => t === "PLACE"),
    };
    if (org.contextOnly.length && !org.context.length) r.fail("context", "is required with contextOnly");
    organizations.set(id, org);
  }
  return organizations;
}

export function readPlaces(dir: string, reg: Registry): Map<string, LexPlace> {
  const places = new Map<string, LexPlace>();
  for (const r of entries(dir, "places")) {
    const name = r.str("name");
    const id = slug(name);
    reg.claim(r, id, "PLACE", name);
    places.set(id, {
      id,
      name,
      kind: r.oneOf("kind", PLACE_KINDS),
      locatedIn: reg.ref(r, "locatedIn", r.optStr("locatedIn"), (t) => t === "PLACE" || t === "ORGANIZATION"),
      aliases: r.list("aliases"),
    });
  }
  return places;
}

export function readPeople(dir: string, reg: Registry): Map<string, LexPerson> {
  const people = new Map<string, LexPerson>();
  for (const r of entries(dir, "people")) {
    const name = r.str("name");
    const id = slug(name);
    reg.claim(r, id, "PERSON", name);
    const roles = personRoles(r, reg);
    const aliases = r.list("aliases");
    const explicitSurnames = r.list("surnames");
    const surnames = explicitSurnames.length
      ? explicitSurnames
      : [...new Set([name, ...aliases].map((n) => n.split(/\s+/).pop()!).filter((s) => s.length > 1))];
    people.set(id, {
      id,
      name,
      aliases,
      surnames,
      countryId: reg.ref(r, "country", r.optStr("country"), isOrganization),
      officeId: reg.ref(r, "office", r.optStr("office"), isOrganization),
      roles,
    });
  }
  return people;
}

/** A person's curated roles: `roles: [{role, roleKind, organization}]`. */
function personRoles(r: Reader, reg: Registry): LexRoleRef[] {
  const rawRoles: unknown = r.raw.roles ?? [];
  if (!Array.isArray(rawRoles)) r.fail("roles", "must be a list");
  return (rawRoles as unknown[]).map((x, i) => {
    if (!x || typeof x !== "object")
      r.fail(`roles[${i}]`, "must be a mapping {role, roleKind, organization}");
    const rr = new Reader(r.file, `${r.where}, roles[${i}]`, x as Raw);
    return {
      role: rr.str("role"),
      roleKind: rr.oneOf("roleKind", ROLE_KINDS),
      organizationId: reg.ref(rr, "organization", rr.str("organization"), isOrganization) as string,
    };
  });
}

export function readTopics(dir: string, reg: Registry): Map<string, LexTopic> {
  const topics = new Map<string, LexTopic>();
  for (const r of entries(dir, "topics")) {
    const name = r.str("name");
    const id = slug(name);
    reg.claim(r, id, "TOPIC", name);
    topics.set(id, { id, name, aliases: r.list("aliases") });
  }
  return topics;
}

export function readRoles(dir: string, reg: Registry): LexRole[] {
  const roles: LexRole[] = [];
  for (const r of entries(dir, "roles")) {
    const noun = r.str("noun");
    roles.push({
      noun,
      roleKind: r.oneOf("roleKind", ROLE_KINDS),
      organizationId: reg.ref(r, "organization", r.optStr("organization"), isOrganization),
      adjectival: r.bool("adjectival", false),
      head: r.bool("head", true),
      body: r.optStr("body")?.toLowerCase() ?? null,
    });
  }
  return roles;
}

/** The lists of nouns.yaml, as written. */
export interface Nouns {
  sideHeads: string[];
  institutionHeads: string[];
  mediaNouns: string[];
  notRoles: string[];
  /** Optional: a lexicon without it discovers no body from a role's complement. */
  bodyHeads?: string[];
}

const NOUN_LISTS: ReadonlyArray<keyof Nouns> = [
  "sideHeads",
  "institutionHeads",
  "mediaNouns",
  "notRoles",
  "bodyHeads",
];

export function readNouns(dir: string): Nouns {
  const { file, data } = readYaml(dir, "nouns");
  if (!data || typeof data !== "object" || Array.isArray(data))
    throw new LexiconError(file, "file", "must be a mapping of lists");
  for (const key of Object.keys(data))
    if (!(NOUN_LISTS as readonly string[]).includes(key))
      throw new LexiconError(file, `field "${key}"`, "unknown field");
  const list = (key: keyof Nouns): string[] => {
    const v = (data as Raw)[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string" || x.trim() === ""))
      throw new LexiconError(file, `field "${key}"`, "must be a list of nouns");
    return (v as string[]).map((x) => x.trim());
  };
  const nouns = {
    sideHeads: list("sideHeads"),
    institutionHeads: list("institutionHeads"),
    mediaNouns: list("mediaNouns"),
    notRoles: list("notRoles"),
    bodyHeads: (data as Raw).bodyHeads === undefined ? [] : list("bodyHeads"),
  };
  // (they become one regex: letters only)
  for (const key of ["institutionHeads", "bodyHeads"] as const)
    for (const h of nouns[key] ?? [])
      if (!/^\p{Ll}+$/u.test(h))
        throw new LexiconError(file, `field "${key}"`, `"${h}" must be lower-case letters only`);
  return nouns;
}

/** first-names.yaml: the given names, and those whose gender the -a rule gets wrong (lower case). */
export function readFirstNames(dir: string): {
  firstNames: Set<string>;
  femaleNames: Set<string>;
  maleNamesInA: Set<string>;
} {
  const fn = readYaml(dir, "first-names");
  const data = (fn.data as Raw | null) ?? {};
  const list = (field: string, required: boolean): string[] => {
    const value = data[field];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || value.some((x) => typeof x !== "string"))
      throw new LexiconError(fn.file, `field "${field}"`, "must be a list of given names");
    return value as string[];
  };
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    firstNames: new Set(list("names", true)),
    femaleNames: lower(list("female", false)),
    maleNamesInA: lower(list("maleEndingInA", false)),
  };
}
