// An Entity for the writer's unit tests: what a test names, with the rest empty.
import type { Entity } from "../../../../src/ingest/types.ts";

export function entity(partial: Partial<Entity> & Pick<Entity, "id" | "type" | "name">): Entity {
  return {
    aliases: [],
    kind: null,
    countryId: null,
    locatedIn: null,
    origin: "lexicon",
    mentions: [],
    affiliations: [],
    ...partial,
  };
}
