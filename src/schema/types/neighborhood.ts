import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { NODE_LABELS, type NodeLabel, REL_TYPES, type RelType } from "../../graph-model.ts";
import { asGraphNode, type GraphNode } from "../../loaders/graph.ts";
import { cypher } from "../../neo4j/registry.ts";
import { read } from "../../neo4j/run.ts";
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";

interface EdgeShape {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

interface NeighborhoodShape {
  nodes: GraphNode[];
  edges: EdgeShape[];
}

const RelationshipTypeEnum = builder.enumType("RelationshipType", { values: REL_TYPES });

const GraphEdge = builder.objectRef<EdgeShape>("GraphEdge").implement({
  description: "A relationship between two nodes of a neighborhood, by their global ids.",
  fields: (t) => ({
    type: t.field({
      type: RelationshipTypeEnum,
      resolve: (e) => e.type as RelType,
    }),
    source: t.id({ resolve: (e) => e.source }),
    target: t.id({ resolve: (e) => e.target }),
    properties: t.field({
      type: "JSON",
      description: "The edge's provenance (article, offsets, rule, …).",
      resolve: (e) => e.properties,
    }),
  }),
});

const Neighborhood = builder.objectRef<NeighborhoodShape>("Neighborhood").implement({
  description: "Nodes and edges around one node, for graph views; the start node comes first.",
  fields: (t) => ({
    nodes: t.field({ type: [builder.nodeInterfaceRef()], resolve: (n) => n.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (n) => n.edges }),
  }),
});

const MAX_NEIGHBORS = 200;

builder.queryField("neighborhood", (t) =>
  t.field({
    type: Neighborhood,
    nullable: true,
    description: "What surrounds a node within `depth` (1 or 2) hops: at most `limit` nodes, nearest first.",
    args: {
      id: t.arg.id({ required: true, description: "Global id of any node." }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 50 }),
    },
    resolve: async (_root, args) => {
      let typename: string;
      let id: string;
      try {
        ({ typename, id } = decodeGlobalID(String(args.id)));
      } catch {
        throw badInput("id is not a global id returned by this API.", "id");
      }
      if (!NODE_LABELS.includes(typename as NodeLabel))
        throw badInput("id is not a global id returned by this API.", "id");
      const depth = args.depth ?? 1;
      if (depth !== 1 && depth !== 2) throw badInput("depth must be 1 or 2.", "depth");
      const limit = args.limit ?? 50;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_NEIGHBORS) {
        throw badInput(`limit must be between 0 and ${MAX_NEIGHBORS}.`, "limit");
      }
      const [row] = await read<{
        nodes: { node: unknown; labels: string[] }[];
        edges: (EdgeShape & { sourceLabels: string[]; targetLabels: string[] })[];
      }>(cypher("read/neighborhood"), { label: typename, id, depth, limit });
      if (!row) return null;
      const nodes = row.nodes.map((n, i) =>
        asGraphNode(n.node, n.labels, i === 0 ? (typename as NodeLabel) : undefined),
      );
      const typeOf = new Map(nodes.map((n) => [n.id, n.__typename]));
      const gid = (nodeId: string, labels: string[]) =>
        encodeGlobalID(typeOf.get(nodeId) ?? asGraphNode({ id: nodeId }, labels).__typename, nodeId);
      return {
        nodes,
        edges: row.edges.map((e) => ({
          type: e.type,
          source: gid(e.source, e.sourceLabels),
          target: gid(e.target, e.targetLabels),
          properties: e.properties,
        })),
      };
    },
  }),
);
