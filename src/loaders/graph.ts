// Batch functions behind the per-request DataLoaders (the Pothos dataloader plugin creates one set
// per request). Each takes a list of keys and returns one result per key, in key order, whatever
// order Neo4j returns rows in; a key that is not a usable id gets an Error in its slot.
import { NODE_LABELS, type NodeLabel } from "../graph-model.ts";
import { cypher } from "../neo4j/registry.ts";
import { read } from "../neo4j/run.ts";

/** A node's properties plus the GraphQL type it is served as (read by the Node/Entity/Speaker resolvers). */
export interface GraphNode {
  __typename: NodeLabel;
  id: string;
  [property: string]: unknown;
}

/** A neighbour of the key's node and the properties of the edge that leads to it. */
export interface Related {
  node: GraphNode;
  rel: Record<string, unknown>;
}

/**
 * The type a node is served as: `as` if it carries that label, else its primary label (NODE_LABELS
 * order). A country is an Organization and a Place at once; as a speaker or mention it is the Organization.
 */
export function asGraphNode(props: unknown, labels: unknown, as?: NodeLabel): GraphNode {
  const p = (props ?? {}) as Record<string, unknown>;
  const ls = Array.isArray(labels) ? (labels as string[]) : [];
  const type = as && ls.includes(as) ? as : (NODE_LABELS.find((t) => ls.includes(t)) ?? as ?? "Place");
  return { ...p, id: String(p.id), __typename: type };
}

const BY_IDS: Record<NodeLabel, string> = {
  Statement: "read/statements-by-ids",
  Person: "read/people-by-ids",
  Organization: "read/organizations-by-ids",
  Place: "read/places-by-ids",
  Meeting: "read/meetings-by-ids",
  MeetingSession: "read/meeting-sessions-by-ids",
  Article: "read/articles-by-ids",
  Topic: "read/topics-by-ids",
};

function badKey(key: unknown): Error | null {
  return typeof key === "string" && key.length > 0
    ? null
    : new Error(`not a node id: ${JSON.stringify(key)}`);
}

/** Nodes of one type by id; null where no such node exists. */
export async function loadNodes(
  type: NodeLabel,
  ids: readonly string[],
): Promise<(GraphNode | null | Error)[]> {
  const good = ids.filter((id) => !badKey(id));
  const rows = good.length
    ? await read<{ n: Record<string, unknown>; labels: string[] }>(cypher(BY_IDS[type]), {
        ids: [...new Set(good)],
      })
    : [];
  const byId = new Map(rows.map((r) => [String(r.n.id), asGraphNode(r.n, r.labels, type)]));
  return ids.map((id) => badKey(id) ?? byId.get(id) ?? null);
}

/** Neighbours per key through one of the `read/*` relation queries (rows `{ key, node, labels, rel }`). */
export async function loadRelated(
  queryName: string,
  ids: readonly string[],
  as?: NodeLabel,
): Promise<(Related[] | Error)[]> {
  const good = [...new Set(ids.filter((id) => !badKey(id)))];
  const rows = good.length
    ? await read<{ key: string; node: unknown; labels: string[]; rel: Record<string, unknown> | null }>(
        cypher(queryName),
        { ids: good },
      )
    : [];
  const byKey = new Map<string, Related[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push({ node: asGraphNode(row.node, row.labels, as), rel: row.rel ?? {} });
    byKey.set(row.key, list);
  }
  return ids.map((id) => badKey(id) ?? byKey.get(id) ?? []);
}

export interface MentionCount {
  mentions: number;
  articles: number;
}

export async function loadMentionCounts(ids: readonly string[]): Promise<(MentionCount | Error)[]> {
  const good = [...new Set(ids.filter((id) => !badKey(id)))];
  const rows = good.length
    ? await read<{ key: string; mentions: number; articles: number }>(cypher("read/mention-counts"), {
        ids: good,
      })
    : [];
  const byKey = new Map(rows.map((r) => [r.key, { mentions: r.mentions, articles: r.articles }]));
  return ids.map((id) => badKey(id) ?? byKey.get(id) ?? { mentions: 0, articles: 0 });
}
