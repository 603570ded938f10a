import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { articleTextLoader } from "../../loaders/article-text.ts";
import { loadRelated } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { ArticleRef } from "../refs.ts";
import { COUNTS_ITS_BYTES, sizeOf, spendFor } from "../response-budget.ts";
import { entityOrderInput, text } from "./entity.ts";
import { addStatementsField, MentionType } from "./statement.ts";

ArticleRef.implement({
  description: "A news article as ingested; every offset in the graph points into its `text`.",
  fields: (t) => ({
    title: t.string({ nullable: true, resolve: (a) => text(a.title) }),
    source: t.string({
      nullable: true,
      description: "Main outlet or agency (DIE ZEIT, dpa).",
      resolve: (a) => text(a.source),
    }),
    sources: t.stringList({ resolve: (a) => (Array.isArray(a.sources) ? (a.sources as string[]) : []) }),
    publishedAt: t.string({
      nullable: true,
      description: "As printed by the outlet (ISO date or date-time).",
      resolve: (a) => text(a.publishedAt),
    }),
    url: t.string({ nullable: true, resolve: (a) => text(a.url) }),
    file: t.string({ nullable: true, resolve: (a) => text(a.file) }),
    text: t.string({
      extensions: { [COUNTS_ITS_BYTES]: true },
      // Pages and loaders leave the text out (src/loaders/article-text.ts); its length, which they do
      // carry, is counted against the response budget before the text is fetched, so a query that
      // asks for more text than the budget allows stops before it holds that text.
      resolve: async (a, _args, ctx) => {
        const length = typeof a.textLength === "number" ? a.textLength : null;
        if (length !== null) spendFor(ctx, length + 2);
        const loaded = text(a.text) ?? (await articleTextLoader(ctx).load(a.id)) ?? "";
        if (length === null) spendFor(ctx, sizeOf(loaded));
        return loaded;
      },
    }),
    ingestedAt: t.string({ nullable: true, resolve: (a) => text(a.ingestedAt) }),
    mentions: t.loadableList({
      type: MentionType,
      description: "Entities the article mentions, most mentioned first.",
      load: (ids: string[]) => loadRelated("read/article-mentions", ids),
      resolve: (a) => a.id,
    }),
  }),
});

addStatementsField(ArticleRef, "ARTICLE", "Statements reported in this article.");

const ArticleWhere = builder.inputType("ArticleWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string({ description: "Substring of the title, case-insensitive." }),
    source: t.string({ description: "Outlet or agency, case-insensitive." }),
    publishedFrom: t.string(),
    publishedTo: t.string({ description: "Inclusive at its precision (2025-12)." }),
    mentions: t.string({ description: "Articles mentioning this entity (name, alias or id)." }),
  }),
});
const ArticleOrder = entityOrderInput("Article", ENTITY_ORDER_FIELDS.Article);
const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: "ArticleConnection" },
  { name: "ArticleEdge" },
);

builder.queryField("articles", (t) =>
  t.connection(
    {
      type: ArticleRef,
      args: { where: t.arg({ type: ArticleWhere }), orderBy: t.arg({ type: ArticleOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Article", args as EntityArgs, ctx.maxPageSize),
    },
    ArticleConnection,
  ),
);
