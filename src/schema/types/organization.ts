import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { ORGANIZATION_KINDS } from "../../ingest/types.ts";
import { loadRelated } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { EntityRef, MeetingRef, OrganizationRef } from "../refs.ts";
import { aliasesOf, entityOrderInput, text } from "./entity.ts";
import { AffiliationType } from "./person.ts";
import { addStatementsField } from "./statement.ts";

const OrganizationKindEnum = builder.enumType("OrganizationKind", { values: ORGANIZATION_KINDS });

OrganizationRef.implement({
  description: "A country, government body, institution, medium, alliance, party, …",
  interfaces: [EntityRef],
  fields: (t) => ({
    aliases: t.stringList({ resolve: aliasesOf }),
    kind: t.field({
      type: OrganizationKindEnum,
      nullable: true,
      resolve: (o) =>
        ORGANIZATION_KINDS.includes(o.kind as never) ? (o.kind as (typeof ORGANIZATION_KINDS)[number]) : null,
    }),
    origin: t.string({ nullable: true, resolve: (o) => text(o.origin) }),
    partOf: t.loadable({
      type: OrganizationRef,
      nullable: true,
      description: "The organization or country it belongs to (Kreml → Russland).",
      load: async (ids: string[]) =>
        (await loadRelated("read/organization-parents", ids, "Organization")).map((r) =>
          r instanceof Error ? r : (r[0]?.node ?? null),
        ) as never,
      resolve: (o) => o.id,
    }),
    members: t.loadableList({
      type: AffiliationType,
      description: "People affiliated with it, with their roles.",
      load: (ids: string[]) => loadRelated("read/organization-members", ids, "Person"),
      resolve: (o) => o.id,
    }),
    meetings: t.loadableList({
      type: MeetingRef,
      load: async (ids: string[]) =>
        (await loadRelated("read/attended-meetings", ids, "Meeting")).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (o) => o.id,
    }),
  }),
});

addStatementsField(OrganizationRef, "SPEAKER", "Statements made by the organization itself.");

const OrganizationWhere = builder.inputType("OrganizationWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string({ description: "Substring of the name or an alias, case-insensitive." }),
    kind: t.field({ type: OrganizationKindEnum }),
    country: t.string({ description: "Country it is PART_OF (name, alias or ISO code)." }),
  }),
});
const OrganizationOrder = entityOrderInput("Organization", ENTITY_ORDER_FIELDS.Organization);
const OrganizationConnection = builder.connectionObject(
  { type: OrganizationRef, name: "OrganizationConnection" },
  { name: "OrganizationEdge" },
);

builder.queryField("organizations", (t) =>
  t.connection(
    {
      type: OrganizationRef,
      args: { where: t.arg({ type: OrganizationWhere }), orderBy: t.arg({ type: OrganizationOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Organization", args as EntityArgs, ctx.maxPageSize),
    },
    OrganizationConnection,
  ),
);
