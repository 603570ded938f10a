// Entity rows: one node row per entity under its label (countries as :Organization:Country:Place),
// PART_OF and LOCATED_IN, AFFILIATED_WITH and MENTIONS.

import { type Entity, ROLE_KINDS } from "../types.ts";
import { ExtractionContractError, requireId, requireSpan, uniqueStrings } from "./contract.ts";
import type {
  AffiliationRow,
  EntityLabel,
  EntityRow,
  RowContext,
  SpeakerLabel,
  WriteRows,
} from "./row-types.ts";

const ENTITY_LABEL: Record<Entity["type"], EntityLabel> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  TOPIC: "Topic",
};

function isCountry(e: Entity): boolean {
  return (e.type === "ORGANIZATION" || e.type === "PLACE") && e.kind === "COUNTRY";
}

/**
 * The extraction may list one entity twice (e.g. once from the lexicon, once discovered); the graph
 * has one node per id, so they are folded here: lexicon facts win, aliases/mentions/affiliations unite.
 */
export function foldEntities(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (!prev) {
      byId.set(e.id, {
        ...e,
        aliases: [...e.aliases],
        mentions: [...e.mentions],
        affiliations: [...e.affiliations],
      });
      continue;
    }
    const lead = prev.origin === "lexicon" || e.origin !== "lexicon" ? prev : e;
    byId.set(e.id, {
      ...lead,
      kind: lead.kind ?? prev.kind ?? e.kind,
      countryId: lead.countryId ?? prev.countryId ?? e.countryId,
      locatedIn: lead.locatedIn ?? prev.locatedIn ?? e.locatedIn,
      aliases: uniqueStrings([...prev.aliases, ...e.aliases, prev.name, e.name], lead.name),
      mentions: [...prev.mentions, ...e.mentions],
      affiliations: [...prev.affiliations, ...e.affiliations],
      ...(prev.merges || e.merges
        ? { merges: uniqueStrings([...(prev.merges ?? []), ...(e.merges ?? [])]) }
        : {}),
    });
  }
  return [...byId.values()];
}

/** One node row per entity, under the only label its type allows. */
export function addEntityRows({ rows, labelOf }: RowContext, entities: Entity[]): void {
  for (const [i, e] of entities.entries()) {
    const field = `entities[${i}]`;
    requireId(e.id, `${field}.id`);
    const label = ENTITY_LABEL[e.type];
    if (!label) throw new ExtractionContractError(`${field}.type`, `unknown entity type '${String(e.type)}'`);
    const row: EntityRow = {
      id: e.id,
      name: typeof e.name === "string" && e.name !== "" ? e.name : e.id,
      aliases: uniqueStrings(e.aliases ?? [], e.name),
      kind: e.kind ?? null,
      origin: e.origin === "lexicon" ? "lexicon" : "discovered",
    };
    if (isCountry(e)) {
      rows.countries.push({ ...row, kind: "COUNTRY" });
      labelOf.set(e.id, "Organization");
    } else {
      labelOf.set(e.id, label);
      if (label === "Person")
        // (merges only when another article's name was merged in: the row stays as it was otherwise)
        rows.persons.push({
          ...row,
          kind: null,
          ...(e.merges?.length ? { merges: uniqueStrings(e.merges) } : {}),
        });
      else if (label === "Organization") rows.organizations.push(row);
      else if (label === "Place") rows.places.push(row);
      else rows.topics.push({ ...row, kind: null });
    }
  }
}

/** PART_OF (an organization's country) and LOCATED_IN (a place's or country's container). */
export function addPlacementRows({ rows }: RowContext, entities: Entity[]): void {
  const isCountryId = new Set(rows.countries.map((c) => c.id));
  for (const e of entities) {
    // A person's nationality is carried by AFFILIATED_WITH edges only (docs/graph-model.md), so only
    // organizations turn countryId into an edge.
    if (e.type === "ORGANIZATION" && !isCountryId.has(e.id) && e.countryId && e.countryId !== e.id) {
      rows.partOf.push({ from: e.id, to: e.countryId });
    }
    if ((e.type === "PLACE" || isCountryId.has(e.id)) && e.locatedIn && e.locatedIn !== e.id) {
      rows.locatedIn.push({ from: e.id, to: e.locatedIn });
    }
  }
}

/**
 * Affiliations: one edge per (person, organization, roleKind). The role noun is inflected and varies
 * ("Unterhändler", "des Unterhändlers", "Chefunterhändler"): every spelling is kept in `roles`, in
 * order of appearance; the first evidence wins and `role` is the spelling it shows.
 */
export function addAffiliationRows(ctx: RowContext, entities: Entity[]): void {
  const { rows, articleId } = ctx;
  const byKey = new Map<string, AffiliationRow>();
  for (const [i, e] of entities.entries()) {
    for (const [j, a] of (e.affiliations ?? []).entries()) {
      const field = `entities[${i}](${e.id}).affiliations[${j}]`;
      if (e.type !== "PERSON") {
        rows.warnings.push(`${field}: only people are AFFILIATED_WITH an organization; skipped`);
        continue;
      }
      requireId(a.organizationId, `${field}.organizationId`);
      if (!ROLE_KINDS.includes(a.roleKind)) {
        throw new ExtractionContractError(`${field}.roleKind`, `unknown role kind '${String(a.roleKind)}'`);
      }
      if (a.evidence) requireSpan(a.evidence.start, a.evidence.end, ctx.text.length, `${field}.evidence`);
      const role = a.role ?? "";
      const key = JSON.stringify([e.id, a.organizationId, a.roleKind]);
      const known = byKey.get(key);
      if (known) {
        if (role !== "" && !known.roles.includes(role)) known.roles.push(role);
        continue;
      }
      const row: AffiliationRow = {
        personId: e.id,
        organizationId: a.organizationId,
        role,
        roles: role === "" ? [] : [role],
        roleKind: a.roleKind,
        articleId,
        seen: ctx.publishedAt,
        start: a.evidence?.start ?? null,
        end: a.evidence?.end ?? null,
        rule: a.rule ?? "",
      };
      byKey.set(key, row);
      rows.affiliations.push(row);
    }
  }
}

/** MENTIONS: one edge per entity with its deduplicated, sorted offsets. */
export function addMentionRows({ rows, labelOf, text }: RowContext, entities: Entity[]): void {
  for (const [i, e] of entities.entries()) {
    const offsets: number[] = [];
    const spans = [...(e.mentions ?? [])].sort((x, y) => x.start - y.start || x.end - y.end);
    let last = "";
    for (const [j, m] of spans.entries()) {
      requireSpan(m.start, m.end, text.length, `entities[${i}](${e.id}).mentions[${j}]`);
      const key = `${m.start}-${m.end}`;
      if (key === last) continue;
      last = key;
      offsets.push(m.start, m.end);
    }
    if (offsets.length > 0) {
      rows.mentions.push({
        label: labelOf.get(e.id) ?? "Organization",
        id: e.id,
        count: offsets.length / 2,
        offsets,
      });
    }
  }
}

/**
 * A speaker or channel the recognizer did not list as an entity still needs a node to point at; it is
 * written as a discovered entity under the only label its reference allows (never as a Place, so it
 * cannot collide with a country written elsewhere).
 */
export function ensureNode(
  rows: WriteRows,
  labelOf: Map<string, EntityLabel>,
  label: SpeakerLabel,
  id: string,
  name: string | null,
): void {
  if (labelOf.has(id)) return;
  labelOf.set(id, label);
  const row: EntityRow = { id, name: name || id, aliases: [], kind: null, origin: "discovered" };
  if (label === "Person") rows.persons.push(row);
  else rows.organizations.push({ ...row, kind: "OTHER" });
}
