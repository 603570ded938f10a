import { loadRelated } from "../../loaders/graph.ts";
import { MeetingSessionRef, PlaceRef, SpeakerRef } from "../refs.ts";
import { text } from "./entity.ts";

MeetingSessionRef.implement({
  description:
    "A part of a meeting: the sides that sat together (a delegation meeting the hosts separately, one round of indirect talks). Two participants met only if a session had both.",
  fields: (t) => ({
    name: t.string({ resolve: (s) => text(s.name) ?? s.id }),
    start: t.string({
      nullable: true,
      description: "YYYY-MM-DD, or YYYY-MM when only the month is known.",
      resolve: (s) => text(s.start),
    }),
    end: t.string({ nullable: true, resolve: (s) => text(s.end) }),
    sides: t.stringList({
      description: "Ids of the sides that sat together: countries, else the participant itself.",
      resolve: (s) => (Array.isArray(s.sides) ? s.sides.map(String) : []),
    }),
    place: t.loadable({
      type: PlaceRef,
      nullable: true,
      description: "A venue of its own inside the meeting's place, when the text names one.",
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-session-places", ids, "Place")).map((r) =>
          r instanceof Error ? r : (r[0]?.node ?? null),
        ) as never,
      resolve: (s) => s.id,
    }),
    participants: t.loadableList({
      type: SpeakerRef,
      description: "The people and organizations the text puts in this part.",
      load: async (ids: string[]) =>
        (await loadRelated("read/meeting-session-participants", ids)).map((r) =>
          r instanceof Error ? r : r.map((x) => x.node),
        ),
      resolve: (s) => s.id,
    }),
  }),
});
