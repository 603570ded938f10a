import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { type GraphNode, loadRelated, type Related } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { EntityRef, MeetingRef, OrganizationRef, PersonRef } from "../refs.ts";
import { aliasesOf, entityOrderInput, text } from "./entity.ts";
import { addStatementsField, RoleKindEnum } from "./statement.ts";

export const AffiliationType = builder.objectRef<Related>("Affiliation").implement({
  description:
    "A person's role with an organization (Unterhändler → NEGOTIATOR of Russland): one per person, organization and roleKind.",
  fields: (t) => ({
    person: t.field({
      type: PersonRef,
      nullable: true,
      resolve: (a) => (a.node.__typename === "Person" ? a.node : null),
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (a) => (a.node.__typename === "Organization" ? a.node : null),
    }),
    role: t.string({
      nullable: true,
      description: "The role noun as written where the affiliation was first seen (one of `roles`).",
      resolve: (a) => text(a.rel.role),
    }),
    roles: t.stringList({
      description:
        "Every spelling of the role noun the articles use for this affiliation (Unterhändler, Unterhändlers, …), in order of appearance.",
      resolve: (a) => {
        const roles = Array.isArray(a.rel.roles) ? a.rel.roles.filter((r) => typeof r === "string") : [];
        const role = text(a.rel.role);
        // Edges written before roles existed carry only role.
        return roles.length > 0 ? roles : role ? [role] : [];
      },
    }),
    roleKind: t.field({
      type: RoleKindEnum,
      nullable: true,
      resolve: (a) => (text(a.rel.roleKind) as never) ?? null,
    }),
    firstSeen: t.string({ nullable: true, resolve: (a) => text(a.rel.firstSeen) }),
    lastSeen: t.string({ nullable: true, resolve: (a) => text(a.rel.lastSeen) }),
  }),
});

PersonRef.implement({
  description: "A person named in the news.",
  interfaces: [EntityRef],
  fields: (t) => ({
    aliases: t.stringList({ resolve: aliasesOf }),
    origin: t.string({
      nullable: true,
      description: "lexicon or discovered.",
      resolve: (p) => text(p.origin),
    }),
    affiliations: t.loadableList({
      type: AffiliationType,
      load: (ids: string[]) => loadRelated("read/person-affiliations", ids, "Organization"),
      resolve: (p) => p.id,
    }),
    meetings: t.loadableList({
      type: MeetingRef,
      description: "Meetings the person attended.",
      load: async (ids: string[]) =>
        (await loadRelated("read/attended-meetings", ids, "Meeting")).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (p) => p.id,
    }),
  }),
});

addStatementsField(PersonRef, "SPEAKER", "Statements by this person.");

const PersonWhere = builder.inputType("PersonWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string({ description: "Substring of the name or an alias, case-insensitive." }),
    nationality: t.string({
      description: "Country (name, alias, ISO code) of an affiliation, incl. its bodies.",
    }),
    roleKind: t.field({
      type: RoleKindEnum,
      description: "Role kind of an affiliation (with nationality: the same one).",
    }),
    organization: t.string({ description: "Organization of an affiliation, incl. its parts." }),
  }),
});

const PersonOrder = entityOrderInput("Person", ENTITY_ORDER_FIELDS.Person);
const PersonConnection = builder.connectionObject(
  { type: PersonRef, name: "PersonConnection" },
  { name: "PersonEdge" },
);

builder.queryField("people", (t) =>
  t.connection(
    {
      type: PersonRef,
      args: { where: t.arg({ type: PersonWhere }), orderBy: t.arg({ type: PersonOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Person", args as EntityArgs, ctx.maxPageSize),
    },
    PersonConnection,
  ),
);

export type { GraphNode };
