// The object, interface and union refs every type file shares. Declaring them apart from their
// fields lets statement.ts name Person and person.ts name Statement without an import cycle.
import type { NodeLabel } from "../graph-model.ts";
import { type GraphNode, loadNodes } from "../loaders/graph.ts";
import { builder } from "./builder.ts";

function nodeRef<Name extends NodeLabel>(name: Name) {
  return builder.loadableNodeRef<GraphNode, string, string>(name, {
    id: { resolve: (n) => n.id },
    // A missing node is null (node(id) answers null), which the plugin's types do not model.
    load: (ids: string[]) => loadNodes(name, ids) as Promise<(GraphNode | Error)[]>,
    // Rows from list queries already carry every property; caching them spares a second lookup.
    toKey: (n) => n.id,
    cacheResolved: true,
  });
}

export const StatementRef = nodeRef("Statement");
export const PersonRef = nodeRef("Person");
export const OrganizationRef = nodeRef("Organization");
export const PlaceRef = nodeRef("Place");
export const MeetingRef = nodeRef("Meeting");
export const MeetingSessionRef = nodeRef("MeetingSession");
export const ArticleRef = nodeRef("Article");
export const TopicRef = nodeRef("Topic");

export const EntityRef = builder.interfaceRef<GraphNode>("Entity");

export const SpeakerRef = builder.unionType("Speaker", {
  description: 'Who said something: a person, or an organization speaking as such ("erklärte der Kreml").',
  types: [PersonRef, OrganizationRef],
  resolveType: (n) => ((n as GraphNode).__typename === "Organization" ? "Organization" : "Person"),
});

export const OrderDirectionEnum = builder.enumType("OrderDirection", { values: ["ASC", "DESC"] as const });
