import { type GraphNode, loadMentionCounts, type MentionCount } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { EntityRef, OrderDirectionEnum } from "../refs.ts";

const MentionCountType = builder.objectRef<MentionCount>("MentionCount").implement({
  fields: (t) => ({
    mentions: t.exposeInt("mentions", { description: "Mentions across all articles." }),
    articles: t.exposeInt("articles", { description: "Articles that mention it." }),
  }),
});

EntityRef.implement({
  description:
    "Something articles mention and statements can be about: a person, organization, place, topic or meeting.",
  resolveType: (n) => n.__typename,
  fields: (t) => ({
    name: t.string({ resolve: (n) => String(n.name ?? n.id) }),
    aliases: t.stringList({
      description: "Other spellings and transliterations (Dmitrijew/Dmitriev).",
      resolve: (n) => (Array.isArray(n.aliases) ? (n.aliases as string[]) : []),
    }),
    mentionCount: t.int({
      description: "How often articles mention it.",
      resolve: async (n, _args, ctx) => ((await mentionLoader(ctx).load(n.id)) as MentionCount).mentions,
    }),
    mentionStats: t.field({
      type: MentionCountType,
      resolve: (n, _args, ctx) => mentionLoader(ctx).load(n.id) as Promise<MentionCount>,
    }),
  }),
});

import { createContextCache } from "@pothos/core";
// The interface's own loader (interfaces cannot declare loadable fields), kept per request like the others.
import DataLoader from "dataloader";

const mentionLoader = createContextCache(
  () => new DataLoader<string, MentionCount | Error>((ids) => loadMentionCounts(ids)),
);

export type { GraphNode };

/** `<Type>Order { field: <Type>OrderField!, direction: OrderDirection! }` for an entity connection. */
export function entityOrderInput<const F extends readonly string[]>(typeName: string, fields: F) {
  const fieldEnum = builder.enumType(`${typeName}OrderField`, { values: fields });
  return builder.inputType(`${typeName}Order`, {
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true }),
      direction: t.field({ type: OrderDirectionEnum, required: true }),
    }),
  });
}

export function aliasesOf(n: GraphNode): string[] {
  return Array.isArray(n.aliases) ? (n.aliases as string[]) : [];
}

export function text(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}
