// Words of news style that introduce an organization's name or stand for it: class nouns in apposition
// ("der Konzern Siemens", "die Gewerkschaft Verdi", "der Autobauer Vandora"), legal forms behind a
// company's name ("Vandora AG", "Nordlicht e. V."), and the organs a role prefix names ("Vorstands|chef",
// "Konzern|chef"), which stand for the one company the article names. Closed lists of German news
// vocabulary (lower case), not names of organizations.

import type { OrganizationKind } from "../types.ts";

/**
 * Heads of class nouns that stand in apposition before an organization's name, with the kind of body
 * they introduce; compounds on them count too ("Energiekonzern", "Autohersteller", "Lokführergewerkschaft").
 * "bauer" only in a compound: a "Bauer" alone is a farmer (or a surname).
 */
export const CLASS_HEADS: ReadonlyArray<
  readonly [head: string, kind: OrganizationKind, compoundOnly: boolean]
> = [
  ["konzern", "COMPANY", false],
  ["unternehmen", "COMPANY", false],
  ["firma", "COMPANY", false],
  ["hersteller", "COMPANY", false],
  ["bauer", "COMPANY", true],
  ["zulieferer", "COMPANY", false],
  ["versicherer", "COMPANY", false],
  ["anbieter", "COMPANY", false],
  ["betreiber", "COMPANY", false],
  ["discounter", "COMPANY", false],
  ["tochter", "COMPANY", true],
  ["gewerkschaft", "GROUP", false],
];

/** Legal forms written behind a company's name (as the words stand, case-sensitive). */
export const LEGAL_FORMS = new Set([
  "AG",
  "GmbH",
  "SE",
  "KG",
  "KGaA",
  "OHG",
  "eG",
  "Inc",
  "Ltd",
  "plc",
  "Co",
]);

/** "e. V." / "e.V." right behind a name: a registered association. */
export const REGISTERED_ASSOCIATION = /^ ?e\. ?V\./;

/**
 * Prefixes of role compounds that name a company's organ or the company itself without its name
 * ("Konzernchef", "Vorstandsvorsitzender", "Unternehmenssprecher", "Firmenchef"): the role belongs to the
 * one company the article names. As the prefix stands before its linking s ("vorstand" in "Vorstands|chef").
 */
export const COMPANY_ROLE_PREFIXES = new Set([
  "konzern",
  "unternehmen",
  "firmen",
  "firma",
  "vorstand",
  "aufsichtsrat",
]);

/** Kind of body each class prefix stands for (the articleBody fallback asks by the role's bodyType). */
export function kindOfBodyType(type: string): OrganizationKind | null {
  if (COMPANY_ROLE_PREFIXES.has(type)) return "COMPANY";
  for (const [head, kind] of CLASS_HEADS) if (type === head) return kind;
  return null;
}

/** The kind of body a class noun introduces ("Energiekonzern" → COMPANY), or null. Lower case in. */
export function classNounKind(lower: string): OrganizationKind | null {
  for (const [head, kind, compoundOnly] of CLASS_HEADS) {
    if (!lower.endsWith(head)) continue;
    const compound = lower.length > head.length + 2;
    if (compoundOnly && !compound) continue;
    if (lower.length === head.length || compound) return kind;
  }
  return null;
}

/** Nouns for a post held in a body, on a role noun: "Chefposten", "Vorstandsposten", "Trainerposten". */
export const POST_HEAD = "posten";

/** A class noun without its genitive ending ("des Konzerns", "des Unternehmens" → the nominative). */
export function classNounForm(lower: string): string {
  if (classNounKind(lower)) return lower;
  for (const cut of ["es", "s"]) if (lower.endsWith(cut)) return lower.slice(0, -cut.length);
  return lower;
}
