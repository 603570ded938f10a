// What the curated lexicon holds once loaded: its entries by id and the indexes the recognizer reads.
import type { EntityType, OrganizationKind, PlaceKind, RoleKind } from "../types.ts";

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
  /** Head noun of the kind of body the role serves when the phrase names none (Richter → gericht). */
  body?: string | null;
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
  /** given names (lower case) that are female although they do not end in -a */
  femaleNames: Set<string>;
  /** given names (lower case) that end in -a and are male */
  maleNamesInA: Set<string>;
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
  /** Heads that make "russische Seite", "US-Delegation" a mention of the country (nouns.yaml). */
  sideHeads: Set<string>;
  /** Ends the head of a body named by its seat: "Staatsanwaltschaft Braunschweig" (nouns.yaml). */
  institutionHead: RegExp;
  /** Nouns, in every form, that introduce a medium's name: "das Magazin Politico" (nouns.yaml). */
  mediaNouns: Set<string>;
  /** Words (lower case) that end in a role noun without being one: "lautsprecher" (nouns.yaml). */
  notRoles: Set<string>;
  /** Ends the head noun of a body's name: "des Landesverbands Nord", "der Rektorenkonferenz" (nouns.yaml). */
  bodyHead: RegExp;
  typeOf(id: string): EntityType | null;
  nameOf(id: string): string | null;
}
