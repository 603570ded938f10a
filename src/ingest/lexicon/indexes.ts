// The lexicon's indexes for the recognizer: every surface form of every name (with the genitives German
// writes), nationality adjectives and compound prefixes, and role nouns in all their declined forms.
import { ADJECTIVE_ENDINGS, GENITIVE_APOSTROPHE } from "../german/endings.ts";
import type { EntityType } from "../types.ts";
import type { Nouns } from "./load.ts";
import type { LexOrganization, LexPerson, LexPlace, LexRole, LexTopic, NameForm } from "./types.ts";

function genitives(word: string): string[] {
  if (!/\p{Ll}$/u.test(word)) return [];
  return GENITIVE_APOSTROPHE.test(word) ? [`${word}'`, `${word}’`] : [`${word}s`];
}

/** The stem itself and its declined forms. */
const ADJ_ENDINGS = ["", ...ADJECTIVE_ENDINGS];
const NOUN_ENDINGS = ["", "s", "n", "en", "in", "innen", "es"];

export interface NameIndexes {
  /** Case-sensitive names of people, organizations, places; key = first word. */
  names: Map<string, NameForm[]>;
  /** Topic forms, lower-cased; key = first word. */
  topicNames: Map<string, NameForm[]>;
  adjectives: Map<string, string>;
  prefixes: Map<string, { id: string; type: EntityType }>;
}

/** Names, topic names, nationality adjectives and compound prefixes of the entries. */
export function nameIndexes(
  organizations: Map<string, LexOrganization>,
  places: Map<string, LexPlace>,
  people: Map<string, LexPerson>,
  topics: Map<string, LexTopic>,
): NameIndexes {
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
  return { names: nameIndex, topicNames: topicIndex, adjectives, prefixes };
}

/** The nouns of nouns.yaml as the recognizer asks for them. */
export function nounIndexes(nouns: Nouns): {
  sideHeads: Set<string>;
  institutionHead: RegExp;
  mediaNouns: Set<string>;
  notRoles: Set<string>;
  bodyHead: RegExp;
} {
  return {
    sideHeads: new Set(nouns.sideHeads),
    institutionHead: new RegExp(`(?:${nouns.institutionHeads.join("|")})$`),
    // (an empty list matches nothing)
    bodyHead: new RegExp(`(?:${(nouns.bodyHeads ?? []).join("|") || "(?!)"})$`),
    mediaNouns: new Set(nouns.mediaNouns.flatMap((n) => [n, `${n}s`, `${n}es`, `${n}n`, `${n}en`])),
    notRoles: new Set(nouns.notRoles.map((n) => n.toLowerCase())),
  };
}

/** Every declined form of every role noun (lower case) → its role; the first role to claim a form wins. */
export function roleForms(roles: LexRole[]): Map<string, LexRole> {
  const forms = new Map<string, LexRole>();
  for (const role of roles) {
    const base = role.noun.toLowerCase();
    const declined = role.adjectival
      ? ADJECTIVE_ENDINGS.map((e) => base.replace(/(e|er)$/, "") + e)
      : NOUN_ENDINGS.map((e) => base + e);
    if (!role.adjectival && base.endsWith("e")) declined.push(`${base}n`, `${base.slice(0, -1)}in`);
    for (const f of declined) if (!forms.has(f)) forms.set(f, role);
  }
  return forms;
}

/** Forms of roles that may end a compound, longest first, keyed by their last three letters. */
export function roleHeadsBySuffix(forms: Map<string, LexRole>): Map<string, Array<[string, LexRole]>> {
  const heads = new Map<string, Array<[string, LexRole]>>();
  for (const entry of [...forms.entries()].sort((a, b) => b[0].length - a[0].length)) {
    if (!entry[1].head) continue;
    const key = entry[0].slice(-3);
    heads.set(key, [...(heads.get(key) ?? []), entry]);
  }
  return heads;
}
