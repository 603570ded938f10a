// Search across statements and entities (the API's `search`): statements as cards, entities with
// their type and aliases, each with the ways on: its statements and the graph around it.
import { request } from "./api.ts";
import { statementCard } from "./card.ts";
import { cypherPanel } from "./cypher-panel.ts";
import { h } from "./dom.ts";
import type { SearchQuery, SearchQueryVariables } from "./generated/graphql.ts";
import { SEARCH } from "./operations.ts";
import { entityHref } from "./routes.ts";

type Hit = SearchQuery["search"][number];

function entityHit(node: Exclude<Hit["node"], { __typename: "Statement" }>): HTMLElement | null {
  if (!("name" in node)) return null;
  const page = entityHref(node.__typename, node.id);
  return h(
    "article",
    { class: "card entity-hit", "data-node-id": node.id },
    h("span", { class: `node-type type-${node.__typename.toLowerCase()}` }, node.__typename),
    page
      ? h("a", { href: page, class: "entity-link" }, h("strong", {}, node.name))
      : h("strong", {}, node.name),
    node.aliases.length > 0 ? h("span", { class: "muted" }, ` (${node.aliases.join(", ")})`) : null,
    h("p", {}, h("a", { href: `#/graph/${encodeURIComponent(node.id)}` }, "Graph")),
  );
}

export async function searchView(query: string): Promise<HTMLElement> {
  const heading = h("h2", {}, `Search: ${query}`);
  if (!query.trim()) return h("div", {}, heading, h("p", { class: "muted" }, "Type words to search for."));
  const data = await request<SearchQuery, SearchQueryVariables>(SEARCH, { query });
  const statements = data.search.filter((hit) => hit.node.__typename === "Statement");
  const entities = data.search.filter((hit) => hit.node.__typename !== "Statement");
  return h(
    "div",
    { class: "search-view" },
    heading,
    h(
      "div",
      { class: "summary" },
      h("p", { class: "count" }, `${data.search.length} hits`),
      cypherPanel(data.searchCypher),
    ),
    data.search.length === 0 ? h("p", { class: "muted" }, "Nothing found.") : null,
    entities.length > 0 ? h("h3", {}, "People, organizations, places, meetings, topics") : null,
    h(
      "ol",
      { class: "cards" },
      ...entities.map((hit) => {
        const node = hit.node;
        return node.__typename === "Statement" ? null : h("li", {}, entityHit(node));
      }),
    ),
    statements.length > 0 ? h("h3", {}, "Statements") : null,
    h(
      "ol",
      { class: "cards search-statements" },
      ...statements.map((hit) =>
        hit.node.__typename === "Statement" ? h("li", {}, statementCard(hit.node, { link: true })) : null,
      ),
    ),
  );
}
