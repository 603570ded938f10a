import { describe, expect, it } from "vitest";
import { emptyGraph, merge, toGraphNode } from "../../../explorer/src/graph-model.ts";

describe("the graph view's model", () => {
  it("labels nodes by type and links each to its page", () => {
    expect(toGraphNode({ __typename: "Person", id: "UGVyc29uOng=", name: "Steve Witkoff" })).toEqual({
      id: "UGVyc29uOng=",
      type: "Person",
      label: "Steve Witkoff",
      href: "#/?speaker=Steve+Witkoff",
    });
    expect(toGraphNode({ __typename: "Place", id: "p", name: "Miami" }).href).toBe("#/?place=Miami");
    expect(toGraphNode({ __typename: "Statement", id: "s/1", text: "x".repeat(80) })).toMatchObject({
      label: `${"x".repeat(47)}…`,
      href: "#/statement/s%2F1",
    });
    expect(
      toGraphNode({
        __typename: "Article",
        id: "a",
        title: null,
        source: "dpa",
        sources: [],
        publishedAt: null,
      }).label,
    ).toBe("dpa");
  });

  it("names an untitled article by its outlet (or 'article') and day, and a meeting's part by its name", () => {
    const article = { __typename: "Article", id: "a", title: null, source: null } as const;
    expect(toGraphNode({ ...article, sources: ["dpa"], publishedAt: "2025-12-21" }).label).toBe(
      "dpa, 2025-12-21",
    );
    expect(toGraphNode({ ...article, sources: [], publishedAt: "2025-12-21T21:54" }).label).toBe(
      "article, 2025-12-21",
    );
    expect(
      toGraphNode({ __typename: "MeetingSession", id: "s", name: "Gespräche in Miami: Russland, USA" }),
    ).toMatchObject({ type: "MeetingSession", label: "Gespräche in Miami: Russland, USA" });
  });

  it("merges neighbourhoods without duplicates and reports only what is new", () => {
    const graph = emptyGraph();
    merge(graph, {
      nodes: [
        { __typename: "Person", id: "w", name: "Witkoff" },
        { __typename: "Place", id: "m", name: "Miami" },
      ],
      edges: [{ type: "ATTENDED", source: "w", target: "m" }],
    });
    const added = merge(graph, {
      nodes: [
        { __typename: "Place", id: "m", name: "Miami" },
        { __typename: "Place", id: "us", name: "USA" },
      ],
      edges: [
        { type: "ATTENDED", source: "w", target: "m" },
        { type: "LOCATED_IN", source: "m", target: "us" },
        { type: "LOCATED_IN", source: "m", target: "unknown" },
      ],
    });
    expect([...added.nodes.keys()]).toEqual(["us"]);
    expect([...added.edges.keys()]).toEqual(["m|LOCATED_IN|us"]);
    expect(graph.nodes.size).toBe(3);
    expect(graph.edges.size).toBe(2);
  });
});
