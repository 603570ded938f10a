// The attribution lexicon (data/lexicon/cues.yaml), loaded and indexed once per process.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { lexicon } from "../lexicon/lexicon.ts";
import type { RoleKind } from "../types.ts";

export type CueContent = "say" | "reported" | "both";

export interface CueVerb {
  lemma: string;
  content: CueContent;
  particle: string | null;
  reflexive: boolean;
  impersonal: boolean;
  /** the object speaks, the subject reports ("Die Zeitung zitierte den Minister", "wird X zitiert") */
  quotes: boolean;
  needs: string[];
  /** endings of words that give the verb another sense in its clause ("forderte 92 Menschenleben") */
  unless: string[];
}

/** A verb of saying with no particle, object or condition of its own: the verb of a clause read only for its
 * subject ("vertrat" in "Gysi vertrat die These, …"), or a cue built from a construction ("durchblicken lassen"). */
export function plainSayingVerb(lemma = ""): CueVerb {
  return {
    lemma,
    content: "say",
    particle: null,
    reflexive: false,
    impersonal: false,
    quotes: false,
    needs: [],
    unless: [],
  };
}

export interface AttributionLexicon {
  /** finite form (lower case) → lemmas that have it */
  finite: Map<string, CueVerb[]>;
  /** participle (lower case) → lemma */
  participle: Map<string, CueVerb>;
  /** infinitive → verb: "Das musste er einräumen" */
  lemmas: Map<string, CueVerb>;
  laut: Set<string>;
  zufolge: Set<string>;
  angabenNouns: Set<string>;
  vagueSources: Set<string>;
  konjunktiv1: Set<string>;
  konjunktiv2: Set<string>;
  indicative: Set<string>;
  /** role stem → kind, longest stems first in `roleStems` */
  roleKinds: Map<string, RoleKind>;
  roleStems: string[];
  organizations: Set<string>;
  /** endings (lower case) of compound organization nouns: "-regierung", "-konzern" */
  organizationEndings: string[];
  media: Set<string>;
  /** qualifier word → side */
  sides: Map<string, string>;
  /** given names as written ("Peter"), from the recognizer's lexicon */
  firstNames: Set<string>;
  /** given names (lower case) that are female although they do not end in -a (data/lexicon/first-names.yaml, read by ../lexicon/) */
  femaleNames: Set<string>;
  /** given names (lower case) that end in -a and are male */
  maleNamesInA: Set<string>;
}

const LEXICON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../data/lexicon");
const FILE = path.join(LEXICON_DIR, "cues.yaml");

let cached: AttributionLexicon | null = null;

function strings(value: unknown, where: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw new Error(`${FILE}: ${where} must be a list of strings`);
  return value as string[];
}

export function attributionLexicon(): AttributionLexicon {
  if (cached) return cached;
  let raw: Record<string, unknown>;
  try {
    raw = parseYaml(fs.readFileSync(FILE, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`${FILE}: cannot read the attribution lexicon: ${(e as Error).message}`);
  }
  const finite = new Map<string, CueVerb[]>();
  const participle = new Map<string, CueVerb>();
  const lemmas = new Map<string, CueVerb>();
  const verbs = raw.verbs;
  if (!Array.isArray(verbs)) throw new Error(`${FILE}: "verbs" must be a list`);
  verbs.forEach((v: Record<string, unknown>, i) => {
    const where = `verbs[${i}]`;
    if (typeof v.lemma !== "string") throw new Error(`${FILE}: ${where}.lemma must be a string`);
    const content = v.content;
    if (content !== "say" && content !== "reported" && content !== "both")
      throw new Error(`${FILE}: ${where} (${v.lemma}).content must be say, reported or both`);
    const verb: CueVerb = {
      lemma: v.lemma,
      content,
      particle: typeof v.particle === "string" ? v.particle : null,
      reflexive: v.reflexive === true,
      impersonal: v.impersonal === true,
      quotes: v.quotes === true,
      needs: strings(v.needs, `${where}.needs`).map((s) => s.toLowerCase()),
      unless: strings(v.unless, `${where}.unless`).map((s) => s.toLowerCase()),
    };
    // the plural present is the infinitive ("die Befürworter argumentieren"); a separable verb's without
    // its particle ("Beobachter gehen davon aus", "Die Länder teilen mit")
    const bare =
      verb.particle && v.lemma.startsWith(verb.particle) ? v.lemma.slice(verb.particle.length) : v.lemma;
    const plural = /^[a-zäöüß]+$/.test(bare) && bare.length > 4 ? [bare] : [];
    for (const f of [...strings(v.finite, `${where}.finite`), ...plural]) {
      const key = f.toLowerCase();
      const list = finite.get(key) ?? [];
      list.push(verb);
      finite.set(key, list);
    }
    // in a verb-final clause the particle is joined to the verb: "wie die Polizei mitteilte", "als er zugab"
    if (verb.particle) {
      const joined: CueVerb = { ...verb, particle: null };
      for (const f of strings(v.finite, `${where}.finite`)) {
        const key = `${verb.particle}${f}`.toLowerCase();
        const list = finite.get(key) ?? [];
        list.push(joined);
        finite.set(key, list);
      }
    }
    for (const p of strings(v.participle, `${where}.participle`)) participle.set(p.toLowerCase(), verb);
    if (/^[a-zäöüß]+$/.test(v.lemma) && !lemmas.has(v.lemma)) lemmas.set(v.lemma, verb);
  });
  const frames = (raw.frames ?? {}) as Record<string, unknown>;
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const roleKinds = new Map<string, RoleKind>();
  const roles = (raw.roles ?? {}) as Record<string, unknown>;
  for (const [kind, stems] of Object.entries(roles))
    for (const s of strings(stems, `roles.${kind}`))
      if (!roleKinds.has(s)) roleKinds.set(s, kind as RoleKind);
  const sides = new Map<string, string>();
  for (const [side, words] of Object.entries((raw.sides ?? {}) as Record<string, unknown>))
    for (const w of strings(words, `sides.${side}`)) sides.set(w.toLowerCase(), side);
  cached = {
    finite,
    participle,
    lemmas,
    laut: lower(strings(frames.laut, "frames.laut")),
    zufolge: lower(strings(frames.zufolge, "frames.zufolge")),
    angabenNouns: lower(strings(frames.angabenNouns, "frames.angabenNouns")),
    vagueSources: lower(strings(frames.vagueSources, "frames.vagueSources")),
    konjunktiv1: lower(strings(raw.konjunktiv1, "konjunktiv1")),
    konjunktiv2: lower(strings(raw.konjunktiv2, "konjunktiv2")),
    indicative: lower(strings(raw.indicative, "indicative")),
    roleKinds,
    roleStems: [...roleKinds.keys()].sort((a, b) => b.length - a.length),
    organizations: lower(strings(raw.organizations, "organizations")),
    organizationEndings: strings(raw.organizationEndings, "organizationEndings").map((x) => x.toLowerCase()),
    media: lower(strings(raw.media, "media")),
    sides,
    // the given names' genders come with the recognizer's lexicon, which reads first-names.yaml once
    firstNames: lexicon().firstNames,
    femaleNames: lexicon().femaleNames,
    maleNamesInA: lexicon().maleNamesInA,
  };
  return cached;
}
