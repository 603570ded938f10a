// Turns one Extraction into the parameter rows of the write queries: one list per node label and one
// per relationship type, so that every query is a static `UNWIND $rows MERGE …` and no label or type is
// ever built from data. Labels that a row may point at come from allowlists (ENTITY_LABEL, ABOUT_LABEL);
// a reference the extraction cannot place in one of them is dropped with a warning instead of guessed.
// The builders run in this order because each reads what the ones before wrote: labels of entities,
// then the meetings statements may be ABOUT.
import type { Extraction } from "../types.ts";
import { ExtractionContractError, requireId, uniqueStrings } from "./contract.ts";
import {
  addAffiliationRows,
  addEntityRows,
  addMentionRows,
  addPlacementRows,
  foldEntities,
} from "./entity-rows.ts";
import { addMeetingRows } from "./meeting-rows.ts";
import type { RowContext, WriteRows } from "./row-types.ts";
import { addStatementRows } from "./statement-rows.ts";

export type { WriteRows } from "./row-types.ts";

export function buildRows(ex: Extraction): WriteRows {
  const art = ex.article;
  const articleId = requireId(art?.id, "article.id");
  requireId(art.contentHash, "article.contentHash");
  if (typeof art.text !== "string") throw new ExtractionContractError("article.text", "missing text");

  const rows: WriteRows = {
    article: {
      id: articleId,
      title: art.title ?? null,
      source: art.source ?? null,
      sources: uniqueStrings(art.sources ?? []),
      publishedAt: art.publishedAt ?? null,
      url: art.url ?? null,
      file: ex.file,
      text: art.text,
      contentHash: art.contentHash,
    },
    persons: [],
    organizations: [],
    countries: [],
    places: [],
    topics: [],
    meetings: [],
    partOf: [],
    locatedIn: [],
    affiliations: [],
    attended: [],
    heldIn: [],
    meetingParts: [],
    sessions: [],
    sessionAttended: [],
    sessionHeldIn: [],
    mentions: [],
    statements: [],
    saidBy: [],
    via: [],
    about: [],
    warnings: [],
  };
  const ctx: RowContext = {
    rows,
    articleId,
    text: art.text,
    publishedAt: art.publishedAt ?? null,
    labelOf: new Map(),
  };
  const entities = foldEntities(ex.entities ?? []);
  addEntityRows(ctx, entities);
  addPlacementRows(ctx, entities);
  addAffiliationRows(ctx, entities);
  addMentionRows(ctx, entities);
  const meetingIds = addMeetingRows(ctx, ex.meetings ?? []);
  addStatementRows(ctx, ex.statements ?? [], meetingIds);
  return rows;
}

/** Counts of what an article writes, for the ingest summary. */
export function writtenIds(rows: WriteRows): {
  statements: string[];
  people: string[];
  organizations: string[];
  places: string[];
  meetings: string[];
} {
  return {
    statements: rows.statements.map((s) => s.id),
    people: rows.persons.map((p) => p.id),
    organizations: [...rows.organizations, ...rows.countries].map((o) => o.id),
    places: rows.places.map((p) => p.id),
    meetings: rows.meetings.map((m) => m.id),
  };
}
