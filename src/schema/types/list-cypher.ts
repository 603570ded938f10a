// The Cypher behind the lists that are plain fields rather than connections — a person's affiliations,
// an organization's members, a meeting's participants and articles, and search — so a client can show
// "the Cypher" for every list, as connections do with their `cypher` field. Each is the registry query
// the field's loader runs, with the parameters it runs it with for this one node.
import { ENTITY_LABELS } from "../../graph-model.ts";
import { cypher } from "../../neo4j/registry.ts";
import { builder } from "../builder.ts";
import { pageWindow } from "../connections.ts";
import { MeetingRef, OrganizationRef, PersonRef } from "../refs.ts";
import { CypherQueryType } from "./connection.ts";
import { SearchTypeEnum } from "./search.ts";

function loaderCypher(name: string, id: string) {
  return { query: cypher(name), params: { ids: [id] } };
}

builder.objectField(PersonRef, "affiliationsCypher", (t) =>
  t.field({
    type: CypherQueryType,
    description: "The Cypher and parameters behind `affiliations`.",
    resolve: (p) => loaderCypher("read/person-affiliations", p.id),
  }),
);

builder.objectField(OrganizationRef, "membersCypher", (t) =>
  t.field({
    type: CypherQueryType,
    description: "The Cypher and parameters behind `members`.",
    resolve: (o) => loaderCypher("read/organization-members", o.id),
  }),
);

builder.objectField(MeetingRef, "participantsCypher", (t) =>
  t.field({
    type: CypherQueryType,
    description: "The Cypher and parameters behind `participants`.",
    resolve: (m) => loaderCypher("read/meeting-participants", m.id),
  }),
);

builder.objectField(MeetingRef, "articlesCypher", (t) =>
  t.field({
    type: CypherQueryType,
    description: "The Cypher and parameters behind `articles`.",
    resolve: (m) => loaderCypher("read/meeting-articles", m.id),
  }),
);

builder.queryField("searchCypher", (t) =>
  t.field({
    type: [CypherQueryType],
    description:
      "The Cypher `search` runs for the same arguments: the statement index, then the entity index (hits of both are merged by score). A query Lucene cannot parse is run again with its operators escaped.",
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], description: "Default: all." }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: (_root, args, ctx) => {
      const query = args.query.trim();
      const { size } = pageWindow({ first: args.first ?? 10 }, ctx.maxPageSize);
      const wanted = (type: string) => !args.types?.length || args.types.some((t) => t === type);
      const labels = ENTITY_LABELS.filter((l) => wanted(l.toUpperCase()));
      return [
        ...(wanted("STATEMENT")
          ? [{ query: cypher("read/search-statements"), params: { query, limit: size } }]
          : []),
        ...(labels.length > 0
          ? [{ query: cypher("read/search-entities"), params: { query, labels, limit: size } }]
          : []),
      ];
    },
  }),
);
