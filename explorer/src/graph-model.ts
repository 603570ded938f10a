// The graph view's data, apart from drawing: neighbourhoods merged into one growing graph, each node
// with its type, a short label and the explorer page it opens. Pure, so unit tests cover it.
import { type ArticleFacts, outletOf } from "./article-label.ts";
import type { NeighborhoodQuery } from "./generated/graphql.ts";
import { paramsFromQuestion, type Question } from "./question.ts";

type ApiNode = NonNullable<NeighborhoodQuery["neighborhood"]>["nodes"][number];

export interface GraphNode {
  id: string;
  type: string;
  label: string;
  /**
   * Its statements as a question in the form (a statement: its provenance). The graph view opens an
   * entity's own page first (routes.ts) and falls back to this.
   */
  href: string | null;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface GraphData {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export function emptyGraph(): GraphData {
  return { nodes: new Map(), edges: new Map() };
}

function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function pageOf(node: ApiNode): string | null {
  const ask = (q: Question) => `#/?${paramsFromQuestion(q).toString()}`;
  switch (node.__typename) {
    case "Statement":
      return `#/statement/${encodeURIComponent(node.id)}`;
    case "Person":
      return ask({ speaker: node.name });
    case "Organization":
      return ask({ organization: node.name });
    case "Place":
      return ask({ place: node.name });
    case "Topic":
      return ask({ topic: node.name });
    default:
      return null;
  }
}

/** An article's title; without one its outlet (or "article") and day: "dpa, 2025-12-21". */
function articleLabel(a: ArticleFacts): string {
  const title = a.title?.trim();
  if (title) return title;
  return [outletOf(a) ?? "article", a.publishedAt?.slice(0, 10)].filter(Boolean).join(", ");
}

export function toGraphNode(node: ApiNode): GraphNode {
  let label: string = node.__typename;
  if ("name" in node && node.name) label = node.name;
  else if (node.__typename === "Statement") label = shorten(node.text);
  else if (node.__typename === "Article") label = shorten(articleLabel(node));
  return { id: node.id, type: node.__typename, label, href: pageOf(node) };
}

/** Adds a neighbourhood to the graph; returns what was new (to draw only that). */
export function merge(graph: GraphData, hood: NonNullable<NeighborhoodQuery["neighborhood"]>): GraphData {
  const added = emptyGraph();
  for (const n of hood.nodes) {
    if (graph.nodes.has(n.id)) continue;
    const node = toGraphNode(n);
    graph.nodes.set(node.id, node);
    added.nodes.set(node.id, node);
  }
  for (const e of hood.edges) {
    const id = `${e.source}|${e.type}|${e.target}`;
    if (graph.edges.has(id) || !graph.nodes.has(e.source) || !graph.nodes.has(e.target)) continue;
    const edge = { id, type: e.type, source: e.source, target: e.target };
    graph.edges.set(id, edge);
    added.edges.set(id, edge);
  }
  return added;
}
