// The graph view of neighborhood(id, depth): Cytoscape.js draws typed nodes and edges; a click on a
// node expands its neighbourhood, a double click (or the list below the drawing) opens its page.
// Cytoscape is loaded only here (a separate chunk), so the first view does not pay for it.
import { request } from "./api.ts";
import { h } from "./dom.ts";
import type { NeighborhoodQuery, NeighborhoodQueryVariables } from "./generated/graphql.ts";
import { emptyGraph, type GraphData, type GraphNode, merge } from "./graph-model.ts";
import { NEIGHBORHOOD } from "./operations.ts";
import { entityHref } from "./routes.ts";

/** Where a node opens: its entity page, else what the model links it to (a statement's provenance). */
function pageOf(n: GraphNode): string | null {
  return entityHref(n.type, n.id) ?? n.href;
}

const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

/** One colour and shape per node type, so a type is visible without reading labels. */
const NODE_STYLE: Record<string, { color: string; shape: string }> = {
  Person: { color: "#1f5fbf", shape: "ellipse" },
  Organization: { color: "#7b3fb5", shape: "round-rectangle" },
  Place: { color: "#1e8a5a", shape: "diamond" },
  Meeting: { color: "#c0631b", shape: "hexagon" },
  MeetingSession: { color: "#8a4a14", shape: "round-hexagon" },
  Topic: { color: "#a3345c", shape: "tag" },
  Statement: { color: "#b59a1c", shape: "round-triangle" },
  Article: { color: "#5b6673", shape: "rectangle" },
};

/**
 * Cytoscape's force layout, spread out: with its defaults a neighbourhood of twenty nodes is packed so
 * tightly that the labels lie on top of each other. The drawing is then zoomed to fit, so sizes and
 * fonts (below) are set for that zoom: about 0.6 for twenty nodes at 1280 wide.
 */
const LAYOUT = {
  name: "cose",
  animate: false,
  nodeRepulsion: () => 1_000_000,
  idealEdgeLength: () => 120,
  nodeOverlap: 40,
  padding: 20,
} as const;

async function fetchHood(id: string, depth: number) {
  const data = await request<NeighborhoodQuery, NeighborhoodQueryVariables>(NEIGHBORHOOD, { id, depth });
  return data.neighborhood;
}

function nodeList(graph: GraphData, list: HTMLElement, expand: (id: string) => void): void {
  const nodes = [...graph.nodes.values()].sort(
    (a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label),
  );
  list.replaceChildren(
    ...nodes.map((n: GraphNode) =>
      h(
        "li",
        { "data-node-id": n.id, "data-node-type": n.type },
        h("span", { class: `node-type type-${n.type.toLowerCase()}` }, n.type),
        " ",
        pageOf(n) ? h("a", { href: pageOf(n)! }, n.label) : n.label,
        " ",
        expandButton(n, expand),
      ),
    ),
  );
}

/** The keyboard's way to do what a click on the drawn node does. */
function expandButton(n: GraphNode, expand: (id: string) => void): HTMLElement {
  const button = h(
    "button",
    { type: "button", class: "link expand", "aria-label": `Add the neighbours of ${n.label}` },
    "+ neighbours",
  );
  button.addEventListener("click", () => expand(n.id));
  return button;
}

export interface GraphView {
  element: HTMLElement;
  /** Draws the graph; call once the element is in the document (Cytoscape measures its container). */
  mount(): Promise<void>;
}

export async function graphView(id: string): Promise<GraphView> {
  const first = await fetchHood(id, 1);
  if (!first || first.nodes.length === 0) {
    const element = h("p", { class: "error", role: "alert" }, "Nothing in the graph with this id.");
    return { element, mount: async () => {} };
  }
  const graph = emptyGraph();
  merge(graph, first);
  const canvas = h("div", { class: "graph-canvas", role: "img", "aria-label": "Neighbourhood graph" });
  const status = h("p", { class: "muted graph-status", role: "status" });
  const list = h("ul", { class: "graph-nodes" });
  const legend = h(
    "p",
    { class: "legend" },
    ...Object.keys(NODE_STYLE).map((type) =>
      h("span", { class: `node-type type-${type.toLowerCase()}` }, type),
    ),
  );
  const view = h(
    "div",
    { class: "graph-view" },
    h("h2", {}, `Around ${graph.nodes.get(id)?.label ?? "this node"}`),
    h("p", { class: "muted" }, "Click a node to add its neighbours; double-click to open its page."),
    legend,
    canvas,
    status,
    h("h3", {}, "In this view"),
    list,
  );
  return { element: view, mount: () => draw(id, graph, canvas, status, list) };
}

async function draw(
  id: string,
  graph: GraphData,
  canvas: HTMLElement,
  status: HTMLElement,
  list: HTMLElement,
): Promise<void> {
  // Cytoscape adds an inline <style> for its container unless an element with this id exists; the
  // page's CSP refuses inline styles, and styles.css already has that rule.
  if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
    document.head.append(h("meta", { id: CYTOSCAPE_STYLESHEET_ID }));
  }
  const { default: cytoscape } = await import("cytoscape");
  const element = (n: GraphNode) => ({
    group: "nodes" as const,
    data: { id: n.id, label: n.label, type: n.type },
  });
  const cy = cytoscape({
    container: canvas,
    elements: [
      ...[...graph.nodes.values()].map(element),
      ...[...graph.edges.values()].map((e) => ({ group: "edges" as const, data: { ...e } })),
    ],
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "font-size": 16,
          "text-wrap": "ellipsis",
          "text-max-width": "220px",
          "text-valign": "bottom",
          "text-margin-y": 4,
          width: 30,
          height: 30,
        },
      },
      ...Object.entries(NODE_STYLE).map(([type, s]) => ({
        selector: `node[type = "${type}"]`,
        style: { "background-color": s.color, shape: s.shape as "ellipse" },
      })),
      {
        selector: `node[id = "${id.replace(/["\\]/g, "")}"]`,
        style: { width: 46, height: 46, "font-weight": "bold" },
      },
      {
        selector: "edge",
        style: {
          width: 2,
          "line-color": "#9aa5b1",
          "target-arrow-color": "#9aa5b1",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          label: "data(type)",
          "font-size": 10,
          color: "#5b6673",
          "text-rotation": "autorotate",
          // A light band behind each relationship type keeps it legible where edges cross.
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": "1px",
        },
      },
    ],
    layout: LAYOUT,
  });
  const drawn = () => {
    canvas.dataset.nodes = String(cy.nodes().length);
    canvas.dataset.edges = String(cy.edges().length);
    status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships`;
    nodeList(graph, list, (nodeId) => void expand(nodeId));
  };
  const expand = async (nodeId: string) => {
    status.textContent = "Loading…";
    try {
      const hood = await fetchHood(nodeId, 1);
      if (!hood) return;
      const added = merge(graph, hood);
      cy.add([
        ...[...added.nodes.values()].map(element),
        ...[...added.edges.values()].map((e) => ({ group: "edges" as const, data: { ...e } })),
      ]);
      cy.layout(LAYOUT).run();
    } catch (err) {
      status.textContent = (err as Error).message;
      return;
    }
    drawn();
  };
  drawn();
  cy.on("tap", "node", (event) => void expand(event.target.id() as string));
  cy.on("dbltap", "node", (event) => {
    const node = graph.nodes.get(event.target.id() as string);
    const href = node ? pageOf(node) : null;
    if (href) location.hash = href;
  });
}
