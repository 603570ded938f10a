import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { EntityRef, TopicRef } from "../refs.ts";
import { aliasesOf, entityOrderInput } from "./entity.ts";
import { addStatementsField } from "./statement.ts";

TopicRef.implement({
  description: "A subject of the talks (Sicherheitsgarantien, Gebietsfragen, Waffenstillstand).",
  interfaces: [EntityRef],
  fields: (t) => ({
    aliases: t.stringList({ resolve: aliasesOf }),
  }),
});

addStatementsField(TopicRef, "ABOUT_ENTITY", "Statements about this topic.");

const TopicWhere = builder.inputType("TopicWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string({ description: "Substring of the name or an alias, case-insensitive." }),
  }),
});
const TopicOrder = entityOrderInput("Topic", ENTITY_ORDER_FIELDS.Topic);
const TopicConnection = builder.connectionObject(
  { type: TopicRef, name: "TopicConnection" },
  { name: "TopicEdge" },
);

builder.queryField("topics", (t) =>
  t.connection(
    {
      type: TopicRef,
      args: { where: t.arg({ type: TopicWhere }), orderBy: t.arg({ type: TopicOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Topic", args as EntityArgs, ctx.maxPageSize),
    },
    TopicConnection,
  ),
);
