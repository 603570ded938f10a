// The curated lexicon (data/lexicon/*.yaml): loaded, validated and indexed once per process.
// Every entry is checked on load; a bad one stops with a message naming file, entry and field.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { config } from "../config.ts";
import { slug } from "./slug.ts";
import {
  type EntityType,
  ORGANIZATION_KINDS,
  type OrganizationKind,
  PLACE_KINDS,
  type PlaceKind,
  ROLE_KINDS,
  type RoleKind,
} from "./types.ts";

export interface LexRoleRef {
  role: string;
  roleKind: RoleKind;
  organizationId: string;
}

export interface LexPerson {
  id: string;
  name: string;
  aliases: string[];
  surnames: string[];
  countryId: string | null;
  /** The body a "Putin-Berater" belongs to (kreml); falls back to the country. */
  officeId: string | null;
  roles: LexRoleRef[];
}

export interface LexOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  countryId: string | null;
  adjectives: string[];
  prefixes: string[];
  demonyms: string[];
  /** Aliases that count only after one of `context` (the platform "X"). */
  contextOnly: string[];
  context: string[];
  /** Place the body sits in (Kreml → moskau). */
  seat: string | null;
}

export interface LexPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  locatedIn: string | null;
  aliases: string[];
}

export interface LexRole {
  noun: string;
  roleKind: RoleKind;
  organizationId: string | null;
  adjectival: boolean;
  /** May end a longer compound ("Verteidigungs|minister"). */
  head: boolean;
}

export interface LexTopic {
  id: string;
  name: string;
  aliases: string[];
}

/** One surface form of a name, split into words, indexed under its first word. */
export interface NameForm {
  words: string[];
  entityId: string;
  type: EntityType;
  /** "lexicon" for the name or an alias as written, "lexicon-inflected" for generated case forms. */
  rule: string;
  /** Only counts right after one of these words. */
  context: Set<string> | null;
}

export interface Lexicon {
  dir: string;
  people: Map<string, LexPerson>;
  organizations: Map<string, LexOrganization>;
  places: Map<string, LexPlace>;
  topics: Map<string, LexTopic>;
  roles: LexRole[];
  firstNames: Set<string>;
  /** Case-sensitive names of people, organizations, places; key = first word. */
  names: Map<string, NameForm[]>;
  /** Topic forms, lower-cased; key = first word. */
  topicNames: Map<string, NameForm[]>;
  /** Every inflected form of a nationality adjective (lower case) → country id. */
  adjectives: Map<string, string>;
  /** Compound prefixes (lower case: "us", "kreml", "nato", "putin") → organization id or person id. */
  prefixes: Map<string, { id: string; type: EntityType }>;
  /** Every inflected form of a role noun (lower case) → role. */
  roleForms: Map<string, LexRole>;
  /** Forms of roles that may end a compound, longest first, keyed by their last three letters. */
  roleHeadsBySuffix: Map<string, Array<[string, LexRole]>>;
  typeOf(id: string): EntityType | null;
  nameOf(id: string): string | null;
}

export class LexiconError extends Error {
  constructor(file: string, where: string, reason: string) {
    super(`lexicon ${file}: ${where}: ${reason}`);
    this.name = "LexiconError";
  }
}

const DEFAULT_DIR = fileURLToPath(new URL("../../data/lexicon/", import.meta.url));
let cached: Lexicon | null = null;

/** The lexicon of data/lexicon (or NEWSGRAPH_LEXICON), loaded once per process. */
export function lexicon(): Lexicon {
  cached ??= loadLexicon(config().lexiconDir ?? DEFAULT_DIR);
  return cached;
}

type Raw = Record<string, unknown>;

class Reader {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly raw: Raw,
  ) {}
  fail(field: string, reason: string): never {
    throw new LexiconError(this.file, `${this.where}, field "${field}"`, reason);
  }
  str(field: string): string {
    const v = this.raw[field];
    if (typeof v !== "string" || v.trim() === "") this.fail(field, "must be a non-empty string");
    return v.trim();
  }
  optStr(field: string): string | null {
    const v = this.raw[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== "string" || v.trim() === "") this.fail(field, "must be a non-empty string when given");
    return v.trim();
  }
  list(field: string): string[] {
    const v = this.raw[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(field, "must be a list of strings");
    return v.map((x, i) => {
      if (typeof x !== "string" && typeof x !== "number") this.fail(`${field}[${i}]`, "must be a string");
      return String(x).trim();
    });
  }
  bool(field: string, dflt: boolean): boolean {
    const v = this.raw[field];
    if (v === undefined || v === null) return dflt;
    if (typeof v !== "boolean") this.fail(field, "must be true or false");
    return v;
  }
  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.str(field);
    if (!(allowed as readonly string[]).includes(v))
      this.fail(field, `"${v}" is not one of ${allowed.join(", ")}`);
    return v as T;
  }
  known(field: string): void {
    for (const k of Object.keys(this.raw)) if (!(k in KNOWN_FIELDS[field]!)) this.fail(k, "unknown field");
  }
}

const KNOWN_FIELDS: Record<string, Record<string, true>> = {
  people: { name: true, aliases: true, surnames: true, country: true, office: true, roles: true },
  organizations: {
    name: true,
    kind: true,
    aliases: true,
    country: true,
    adjective: true,
    prefixes: true,
    demonyms: true,
    contextOnly: true,
    context: true,
    seat: true,
  },
  places: { name: true, kind: true, locatedIn: true, aliases: true },
  roles: { noun: true, roleKind: true, organization: true, adjectival: true, head: true },
  topics: { name: true, aliases: true },
};

function readYaml(dir: string, name: string): { file: string; data: unknown } {
  const file = path.join(dir, `${name}.yaml`);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new LexiconError(file, "file", `cannot be read (${(e as Error).message})`);
  }
  try {
    return { file, data: parseYaml(text) };
  } catch (e) {
    throw new LexiconError(file, "file", `is not valid YAML (${(e as Error).message.split("\n")[0]})`);
  }
}

function entries(dir: string, name: string): Reader[] {
  const { file, data } = readYaml(dir, name);
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new LexiconError(file, "file", "must be a YAML list of entries");
  return data.map((raw, i) => {
    const label = raw && typeof raw === "object" && "name" in raw ? ` (${String((raw as Raw).name)})` : "";
    const where = `entry ${i + 1}${label}`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw))
      throw new LexiconError(file, where, "must be a mapping of fields");
    const r = new Reader(file, where, raw as Raw);
    r.known(name);
    return r;
  });
}

const GENITIVE_APOSTROPHE = /[sßxz]$/;

function genitives(word: string): string[] {
  if (!/\p{Ll}$/u.test(word)) return [];
  return GENITIVE_APOSTROPHE.test(word) ? [`${word}'`, `${word}’`] : [`${word}s`];
}

const ADJ_ENDINGS = ["", "e", "en", "er", "es", "em"];
const NOUN_ENDINGS = ["", "s", "n", "en", "in", "innen", "es"];

export function loadLexicon(dir: string): Lexicon {
  const organizations = new Map<string, LexOrganization>();
  const places = new Map<string, LexPlace>();
  const people = new Map<string, LexPerson>();
  const topics = new Map<string, LexTopic>();
  const roles: LexRole[] = [];
  const pending: Array<() => void> = [];
  const types = new Map<string, EntityType>();
  const names = new Map<string, string>();

  const claim = (r: Reader, id: string, type: EntityType, name: string) => {
    if (!id) r.fail("name", "gives an empty id");
    const had = types.get(id);
    if (had) r.fail("name", `id "${id}" is already taken by another entry (${had.toLowerCase()})`);
    types.set(id, type);
    names.set(id, name);
  };
  const ref = (r: Reader, field: string, value: string | null, want: (t: EntityType) => boolean) => {
    if (value === null) return null;
    const id = slug(value);
    pending.push(() => {
      const t = types.get(id);
      if (!t || !want(t))
        r.fail(
          field,
          `"${value}" names no known ${field === "locatedIn" || field === "seat" ? "place" : "organization"}`,
        );
    });
    return id;
  };

  for (const r of entries(dir, "organizations")) {
    const name = r.str("name");
    const id = slug(name);
    claim(r, id, "ORGANIZATION", name);
    const org: LexOrganization = {
      id,
      name,
      kind: r.oneOf("kind", ORGANIZATION_KINDS),
      aliases: r.list("aliases"),
      countryId: ref(r, "country", r.optStr("country"), (t) => t === "ORGANIZATION"),
      adjectives: r.list("adjective"),
      prefixes: r.list("prefixes"),
      demonyms: r.list("demonyms"),
      contextOnly: r.list("contextOnly"),
      context: r.list("context"),
      seat: ref(r, "seat", r.optStr("seat"), (t) => t === "PLACE"),
    };
    if (org.contextOnly.length && !org.context.length) r.fail("context", "is required with contextOnly");
    organizations.set(id, org);
  }
  for (const r of entries(dir, "places")) {
    const name = r.str("name");
    const id = slug(name);
    claim(r, id, "PLACE", name);
    places.set(id, {
      id,
      name,
      kind: r.oneOf("kind", PLACE_KINDS),
      locatedIn: ref(r, "locatedIn", r.optStr("locatedIn"), (t) => t === "PLACE" || t === "ORGANIZATION"),
      aliases: r.list("aliases"),
    });
  }
  for (const r of entries(dir, "people")) {
    const name = r.str("name");
    const id = slug(name);
    claim(r, id, "PERSON", name);
    const rawRoles: unknown = r.raw.roles ?? [];
    if (!Array.isArray(rawRoles)) r.fail("roles", "must be a list");
    const personRoles = (rawRoles as unknown[]).map((x, i) => {
      if (!x || typeof x !== "object")
        r.fail(`roles[${i}]`, "must be a mapping {role, roleKind, organization}");
      const rr = new Reader(r.file, `${r.where}, roles[${i}]`, x as Raw);
      return {
        role: rr.str("role"),
        roleKind: rr.oneOf("roleKind", ROLE_KINDS),
        organizationId: ref(
          rr,
          "organization",
          rr.str("organization"),
          (t) => t === "ORGANIZATION",
        ) as string,
      };
    });
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
      countryId: ref(r, "country", r.optStr("country"), (t) => t === "ORGANIZATION"),
      officeId: ref(r, "office", r.optStr("office"), (t) => t === "ORGANIZATION"),
      roles: personRoles,
    });
  }
  for (const r of entries(dir, "topics")) {
    const name = r.str("name");
    const id = slug(name);
    claim(r, id, "TOPIC", name);
    topics.set(id, { id, name, aliases: r.list("aliases") });
  }
  for (const r of entries(dir, "roles")) {
    const noun = r.str("noun");
    roles.push({
      noun,
      roleKind: r.oneOf("roleKind", ROLE_KINDS),
      organizationId: ref(r, "organization", r.optStr("organization"), (t) => t === "ORGANIZATION"),
      adjectival: r.bool("adjectival", false),
      head: r.bool("head", true),
    });
  }
  const fn = readYaml(dir, "first-names");
  const fnList = (fn.data as Raw | null)?.names;
  if (!Array.isArray(fnList) || fnList.some((x) => typeof x !== "string"))
    throw new LexiconError(fn.file, 'field "names"', "must be a list of given names");
  for (const check of pending) check();

  // --- indexes ---------------------------------------------------------------------------------------
  const nameIndex = new Map<string, NameForm[]>();
  const seen = new Set<string>();
  const addName = (
    text: string,
    entityId: string,
    type: EntityType,
    rule: string,
    index = nameIndex,
    context: Set<string> | null = null,
  ) => {
    const words = text.split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const key = `${index === nameIndex ? "n" : "t"}|${words.join(" ")}|${entityId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = index.get(words[0]!) ?? [];
    list.push({ words, entityId, type, rule, context });
    index.set(words[0]!, list);
  };
  const withGenitive = (text: string, id: string, type: EntityType) => {
    addName(text, id, type, "lexicon");
    const words = text.split(/\s+/);
    const last = words.pop()!;
    for (const g of genitives(last)) addName([...words, g].join(" "), id, type, "lexicon-inflected");
  };

  const adjectives = new Map<string, string>();
  const prefixes = new Map<string, { id: string; type: EntityType }>();
  for (const o of organizations.values()) {
    const ctx = new Set(o.context);
    for (const n of [o.name, ...o.aliases]) {
      if (o.contextOnly.includes(n)) addName(n, o.id, "ORGANIZATION", "lexicon", nameIndex, ctx);
      else withGenitive(n, o.id, "ORGANIZATION");
      if (!n.includes(" ")) prefixes.set(n.toLowerCase(), { id: o.id, type: "ORGANIZATION" });
    }
    for (const p of o.prefixes) prefixes.set(p.toLowerCase(), { id: o.id, type: "ORGANIZATION" });
    for (const d of o.demonyms) addName(d, o.id, "ORGANIZATION", "lexicon-demonym");
    for (const stem of o.adjectives)
      for (const e of ADJ_ENDINGS) adjectives.set(`${stem}${e}`.toLowerCase(), o.id);
  }
  for (const p of places.values())
    for (const n of [p.name, ...p.aliases]) {
      withGenitive(n, p.id, "PLACE");
      if (!n.includes(" ") && !prefixes.has(n.toLowerCase()))
        prefixes.set(n.toLowerCase(), { id: p.id, type: "PLACE" });
    }
  for (const p of people.values()) {
    for (const n of [p.name, ...p.aliases, ...p.surnames]) withGenitive(n, p.id, "PERSON");
    for (const s of p.surnames)
      if (!s.includes(" ") && !prefixes.has(s.toLowerCase()))
        prefixes.set(s.toLowerCase(), { id: p.id, type: "PERSON" });
  }
  const topicIndex = new Map<string, NameForm[]>();
  for (const t of topics.values())
    for (const n of [t.name, ...t.aliases]) {
      const lower = n.toLowerCase();
      addName(lower, t.id, "TOPIC", "lexicon", topicIndex);
      const words = lower.split(/\s+/);
      const last = words.pop()!;
      for (const e of ["s", "n", "en", "es", "e"])
        addName([...words, `${last}${e}`].join(" "), t.id, "TOPIC", "lexicon-inflected", topicIndex);
    }

  const roleForms = new Map<string, LexRole>();
  for (const role of roles) {
    const base = role.noun.toLowerCase();
    const forms = role.adjectival
      ? ADJ_ENDINGS.slice(1).map((e) => base.replace(/(e|er)$/, "") + e)
      : NOUN_ENDINGS.map((e) => base + e);
    if (!role.adjectival && base.endsWith("e")) forms.push(`${base}n`, `${base.slice(0, -1)}in`);
    for (const f of forms) if (!roleForms.has(f)) roleForms.set(f, role);
  }
  const roleHeadsBySuffix = new Map<string, Array<[string, LexRole]>>();
  for (const entry of [...roleForms.entries()].sort((a, b) => b[0].length - a[0].length)) {
    if (!entry[1].head) continue;
    const key = entry[0].slice(-3);
    roleHeadsBySuffix.set(key, [...(roleHeadsBySuffix.get(key) ?? []), entry]);
  }

  return {
    dir,
    people,
    organizations,
    places,
    topics,
    roles,
    firstNames: new Set(fnList as string[]),
    names: nameIndex,
    topicNames: topicIndex,
    adjectives,
    prefixes,
    roleForms,
    roleHeadsBySuffix,
    typeOf: (id) => types.get(id) ?? null,
    nameOf: (id) => names.get(id) ?? null,
  };
}
