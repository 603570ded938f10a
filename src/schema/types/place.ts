import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { PLACE_KINDS } from "../../ingest/types.ts";
import { loadRelated } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { EntityRef, MeetingRef, PlaceRef } from "../refs.ts";
import { aliasesOf, entityOrderInput, text } from "./entity.ts";
import { addStatementsField } from "./statement.ts";

// In the graph a country is also a Place (docs/graph-model.md), so the API knows one more kind.
const GRAPH_PLACE_KINDS = [...PLACE_KINDS, "COUNTRY"] as const;
const PlaceKindEnum = builder.enumType("PlaceKind", { values: GRAPH_PLACE_KINDS });

PlaceRef.implement({
  description: "A place: city, region, state, venue — countries are places too.",
  interfaces: [EntityRef],
  fields: (t) => ({
    aliases: t.stringList({ resolve: aliasesOf }),
    kind: t.field({
      type: PlaceKindEnum,
      nullable: true,
      resolve: (p) =>
        GRAPH_PLACE_KINDS.includes(p.kind as never) ? (p.kind as (typeof GRAPH_PLACE_KINDS)[number]) : null,
    }),
    locatedIn: t.loadable({
      type: PlaceRef,
      nullable: true,
      description: "The place it lies in (Miami → Florida).",
      load: async (ids: string[]) =>
        (await loadRelated("read/place-parents", ids, "Place")).map((r) =>
          r instanceof Error ? r : (r[0]?.node ?? null),
        ) as never,
      resolve: (p) => p.id,
    }),
    meetings: t.loadableList({
      type: MeetingRef,
      description: "Meetings held here or in a place inside it.",
      load: async (ids: string[]) =>
        (await loadRelated("read/place-meetings", ids, "Meeting")).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (p) => p.id,
    }),
    origin: t.string({ nullable: true, resolve: (p) => text(p.origin) }),
  }),
});

addStatementsField(
  PlaceRef,
  "ABOUT_PLACE",
  "Statements about this place, a place inside it, or a meeting held there.",
);

const PlaceWhere = builder.inputType("PlaceWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string({ description: "Substring of the name or an alias, case-insensitive." }),
    kind: t.field({ type: PlaceKindEnum }),
    within: t.string({ description: "Places LOCATED_IN this one (at any depth up to 4)." }),
  }),
});
const PlaceOrder = entityOrderInput("Place", ENTITY_ORDER_FIELDS.Place);
const PlaceConnection = builder.connectionObject(
  { type: PlaceRef, name: "PlaceConnection" },
  { name: "PlaceEdge" },
);

builder.queryField("places", (t) =>
  t.connection(
    {
      type: PlaceRef,
      args: { where: t.arg({ type: PlaceWhere }), orderBy: t.arg({ type: PlaceOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Place", args as EntityArgs, ctx.maxPageSize),
    },
    PlaceConnection,
  ),
);
