import { ENTITY_ORDER_FIELDS } from "../../filters/entity-where.ts";
import { loadRelated } from "../../loaders/graph.ts";
import { builder } from "../builder.ts";
import { type EntityArgs, entitiesConnection } from "../connections.ts";
import { ArticleRef, EntityRef, MeetingRef, MeetingSessionRef, PlaceRef, SpeakerRef } from "../refs.ts";
import { entityOrderInput, text } from "./entity.ts";
import { addStatementsField } from "./statement.ts";

MeetingRef.implement({
  description: "Talks at a place and time, merged across the articles that report them.",
  interfaces: [EntityRef],
  fields: (t) => ({
    start: t.string({
      nullable: true,
      description: "YYYY-MM-DD, or YYYY-MM when only the month is known.",
      resolve: (m) => text(m.start),
    }),
    end: t.string({ nullable: true, resolve: (m) => text(m.end) }),
    place: t.loadable({
      type: PlaceRef,
      nullable: true,
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-places", ids, "Place")).map((r) =>
          r instanceof Error ? r : (r[0]?.node ?? null),
        ) as never,
      resolve: (m) => m.id,
    }),
    participants: t.loadableList({
      type: SpeakerRef,
      description: "Everyone reported at the talks, in any of their parts.",
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-participants", ids)).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (m) => m.id,
    }),
    sessions: t.loadableList({
      type: MeetingSessionRef,
      description:
        "The parts of the talks when an article says they were held separately, in turns or without a direct meeting; each with who sat together. Empty when no article told of parts.",
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-sessions", ids, "MeetingSession")).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (m) => m.id,
    }),
    articles: t.loadableList({
      type: ArticleRef,
      description: "Articles reporting the meeting.",
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-articles", ids, "Article")).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (m) => m.id,
    }),
  }),
});

addStatementsField(MeetingRef, "ABOUT_ENTITY", "Statements about this meeting.");

const MeetingWhere = builder.inputType("MeetingWhere", {
  fields: (t) => ({
    ids: t.idList(),
    name: t.string(),
    place: t.string({ description: "Held in this place or a place inside it (Miami)." }),
    participant: t.string({ description: "Attended by this person or organization (name, alias or id)." }),
    from: t.string({ description: "Meetings not ended before this date." }),
    to: t.string({ description: "Meetings started by this date (inclusive at its precision)." }),
  }),
});
const MeetingOrder = entityOrderInput("Meeting", ENTITY_ORDER_FIELDS.Meeting);
const MeetingConnection = builder.connectionObject(
  { type: MeetingRef, name: "MeetingConnection" },
  { name: "MeetingEdge" },
);

builder.queryField("meetings", (t) =>
  t.connection(
    {
      type: MeetingRef,
      args: { where: t.arg({ type: MeetingWhere }), orderBy: t.arg({ type: MeetingOrder }) },
      resolve: (_root, args, ctx) => entitiesConnection("Meeting", args as EntityArgs, ctx.maxPageSize),
    },
    MeetingConnection,
  ),
);
