// One Person across articles. Within an article the recognizer links "Kirill Dmitrijew … Dmitrijew";
// across articles the same person is written "Kirill Dmitriev" by one outlet and "Dmitrijew" alone by
// another, and each discovered name would mint its own id (slug of the name). The registry remembers the
// people an ingest run (and the graph before it) knows, and before an article is written renames a
// discovered person to the known one when a rule says they are the same, recording the rule on the entity
// (`merges`, written to the Person node). Two rules, both refusing a merge the affiliations contradict:
//   - same-name-transliterated: given name and surname agree once transliteration variants are folded
//     (Dmitrijew/Dmitriev, Selenskyj/Zelensky, Uschakow/Ushakov); the people must not serve different
//     bodies or countries;
//   - surname+organization: a surname written alone ("Dmitrijew") is the one known person of that surname
//     who serves a body the article ties the surname to.
// Different given names never merge ("Anna Berger" and "Klaus Berger"), whatever they share.

import type { Entity, Extraction } from "../types.ts";

/** What the registry knows of a person: names, and the bodies and countries they serve. */
export interface KnownPerson {
  id: string;
  name: string;
  aliases: string[];
  /** Organizations of the person's affiliations, and the countries those and the person belong to. */
  bodies: string[];
}

interface Keyed {
  person: KnownPerson;
  given: string | null;
  surname: string;
}

/**
 * Folds the spellings transliteration produces for one name to one key: German and English renderings of
 * Cyrillic (w/v, sch/sh, tsch/ch, z/s, j/y/i), German umlauts and ß, and doubled letters.
 */
export function nameKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/tsch/g, "ch")
    .replace(/sch/g, "sh")
    .replace(/kh/g, "h")
    .replace(/w/g, "v")
    .replace(/z/g, "s")
    .replace(/[jy]/g, "i")
    .replace(/off$/, "ov")
    .replace(/(\p{L})\1+/gu, "$1");
}

function keyed(person: KnownPerson): Keyed {
  const words = person.name.trim().split(/\s+/);
  const surname = nameKey(words[words.length - 1] ?? "");
  return { person, given: words.length > 1 ? nameKey(words[0]!) : null, surname };
}

/** Bodies and countries a person serves according to an entity of one article (`countries`: each of the
 *  article's organizations' country, a country its own). */
export function bodiesOf(e: Entity, countries: ReadonlyMap<string, string | null>): string[] {
  const out = new Set<string>();
  for (const a of e.affiliations) {
    out.add(a.organizationId);
    const c = countries.get(a.organizationId);
    if (c) out.add(c);
  }
  if (e.countryId) out.add(e.countryId);
  return [...out];
}

function countriesOf(ex: Extraction): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const e of ex.entities)
    if (e.type === "ORGANIZATION") out.set(e.id, e.kind === "COUNTRY" ? e.id : e.countryId);
  return out;
}

export class PersonRegistry {
  private readonly bySurname = new Map<string, Keyed[]>();
  private readonly byId = new Map<string, Keyed>();
  /** Surname keys the graph was asked for (or that the run wrote itself): never asked twice. */
  private readonly askedGraph = new Set<string>();

  /** Remembers a person (again: names and bodies unite). */
  learn(p: KnownPerson): void {
    const old = this.byId.get(p.id);
    const person: KnownPerson = old
      ? {
          ...old.person,
          aliases: [...new Set([...old.person.aliases, ...p.aliases, p.name])],
          bodies: [...new Set([...old.person.bodies, ...p.bodies])],
        }
      : p;
    const k = keyed(person);
    if (old) {
      const list = this.bySurname.get(old.surname) ?? [];
      this.bySurname.set(
        old.surname,
        list.filter((x) => x.person.id !== p.id),
      );
    }
    this.byId.set(p.id, k);
    const list = this.bySurname.get(k.surname) ?? [];
    list.push(k);
    this.bySurname.set(k.surname, list);
  }

  /** Surnames of the article's discovered people the registry knows nobody of (ask the graph for them). */
  unknownSurnames(ex: Extraction): string[] {
    const out = new Set<string>();
    for (const e of people(ex)) {
      if (e.origin !== "discovered" || this.byId.has(e.id)) continue;
      const surname = e.name.trim().split(/\s+/).pop() ?? "";
      if (surname && !this.askedGraph.has(nameKey(surname))) out.add(surname);
    }
    return [...out];
  }

  /**
   * The article with its discovered people renamed to the known ones they are (`known`: people the graph
   * holds, learnt first), then learnt. Returns the same object when nothing was renamed.
   */
  resolve(ex: Extraction, known: readonly KnownPerson[] = []): Extraction {
    if (!wellFormed(ex)) return ex; // the writer names what is wrong with it
    for (const e of people(ex)) this.askedGraph.add(nameKey(e.name.trim().split(/\s+/).pop() ?? ""));
    for (const p of known) if (!this.byId.has(p.id)) this.learn(p);
    const renames = new Map<string, { to: KnownPerson; reason: string }>();
    const countries = countriesOf(ex);
    for (const e of people(ex)) {
      if (e.origin !== "discovered" || this.byId.has(e.id)) continue;
      const match = this.match(e, bodiesOf(e, countries));
      if (match) renames.set(e.id, match);
    }
    const out = renames.size ? renamePeople(ex, renames) : ex;
    for (const e of people(out))
      this.learn({ id: e.id, name: e.name, aliases: e.aliases, bodies: bodiesOf(e, countries) });
    return out;
  }

  private match(e: Entity, bodies: string[]): { to: KnownPerson; reason: string } | null {
    const me = keyed({ id: e.id, name: e.name, aliases: e.aliases, bodies });
    const candidates = (this.bySurname.get(me.surname) ?? []).filter((k) => k.person.id !== e.id);
    const fits: Array<{ to: KnownPerson; reason: string }> = [];
    for (const k of candidates) {
      const shared = k.person.bodies.filter((b) => me.person.bodies.includes(b));
      const contradicts = k.person.bodies.length > 0 && me.person.bodies.length > 0 && shared.length === 0;
      if (me.given && k.given) {
        if (me.given !== k.given || contradicts) continue;
        fits.push({
          to: k.person,
          reason: `same-name-transliterated: "${e.name}" is "${k.person.name}" (given name and surname agree once transliteration is folded${shared.length ? `; both serve ${shared.join(", ")}` : ""})`,
        });
      } else if (shared.length > 0) {
        fits.push({
          to: k.person,
          reason: `surname+organization: "${e.name}" is "${k.person.name}" (the one known person of that surname serving ${shared.join(", ")})`,
        });
      }
    }
    // two known people it could be: it stays its own
    return fits.length === 1 ? fits[0]! : null;
  }
}

/** An extraction whose lists are lists: anything else is left to the writer's contract errors. */
function wellFormed(ex: Extraction): boolean {
  return Array.isArray(ex.entities) && Array.isArray(ex.statements) && Array.isArray(ex.meetings);
}

/** The well-formed people of an extraction (a malformed one is the writer's to report). */
function people(ex: Extraction): Entity[] {
  if (!Array.isArray(ex.entities)) return [];
  return ex.entities.filter(
    (e) =>
      e?.type === "PERSON" &&
      typeof e.id === "string" &&
      typeof e.name === "string" &&
      Array.isArray(e.aliases) &&
      Array.isArray(e.affiliations) &&
      Array.isArray(e.mentions),
  );
}

/** Lucene characters that would make a name a query operator. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A fuzzy full-text query for any of these surnames ("Dmitriev~ OR Peskow~"), or null for none. */
export function surnameQuery(surnames: readonly string[]): string | null {
  const terms = surnames
    .map((s) => s.replace(LUCENE_SPECIAL, " ").trim())
    .flatMap((s) => s.split(/\s+/))
    .filter((s) => s.length >= 3)
    .map((s) => `${s}~`);
  return terms.length ? [...new Set(terms)].join(" OR ") : null;
}

/** The extraction with person ids replaced everywhere they are referred to. */
function renamePeople(ex: Extraction, renames: Map<string, { to: KnownPerson; reason: string }>): Extraction {
  const id = (x: string) => renames.get(x)?.to.id ?? x;
  const entities = ex.entities.map((e): Entity => {
    // (a mention belongs to its own entity: only the renamed ones change)
    const r = e?.type === "PERSON" ? renames.get(e.id) : undefined;
    if (!r) return e;
    return {
      ...e,
      id: r.to.id,
      name: r.to.name,
      aliases: [...new Set([...e.aliases, e.name])].filter((a) => a !== r.to.name),
      merges: [...(e.merges ?? []), `${e.id} → ${r.to.id}: ${r.reason}`],
      mentions: e.mentions.map((m) => ({ ...m, entityId: r.to.id })),
    };
  });
  return {
    ...ex,
    entities,
    statements: ex.statements.map((s) =>
      s && typeof s === "object"
        ? {
            ...s,
            speaker: s.speaker?.id ? { ...s.speaker, id: id(s.speaker.id) } : s.speaker,
            about: Array.isArray(s.about)
              ? s.about.map((a) => (a?.type === "PERSON" ? { ...a, id: id(a.id) } : a))
              : s.about,
          }
        : s,
    ),
    meetings: ex.meetings.map((m) =>
      m && typeof m === "object"
        ? {
            ...m,
            participants: Array.isArray(m.participants) ? m.participants.map(id) : m.participants,
            ...(Array.isArray(m.sessions)
              ? { sessions: m.sessions.map((x) => ({ ...x, participants: (x.participants ?? []).map(id) })) }
              : {}),
          }
        : m,
    ),
  };
}
