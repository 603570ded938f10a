// A paged list of statement cards for any StatementWhere (the form's answer, an entity's statements),
// with its total and "Show the Cypher" for the page on screen.
import { request } from "./api.ts";
import { statementCard } from "./card.ts";
import { cypherPanel } from "./cypher-panel.ts";
import { h, replaceChildren } from "./dom.ts";
import type { StatementListQuery, StatementListQueryVariables, StatementWhere } from "./generated/graphql.ts";
import { STATEMENT_LIST } from "./operations.ts";

export const PAGE_SIZE = 10;

export interface StatementList {
  element: HTMLElement;
  /** Resolves when the first page is on screen (or its error is). */
  loaded: Promise<void>;
}

export function statementList(where: StatementWhere, label = "Statements", empty?: string): StatementList {
  const results = h("section", { class: "results", "aria-label": label });
  const cursors: Array<string | null> = [null];

  const load = async (page: number, focus = false): Promise<void> => {
    results.setAttribute("aria-busy", "true");
    try {
      const data = await request<StatementListQuery, StatementListQueryVariables>(STATEMENT_LIST, {
        where,
        first: PAGE_SIZE,
        after: cursors[page] ?? null,
      });
      const { statements } = data;
      if (statements.pageInfo.endCursor) cursors[page + 1] = statements.pageInfo.endCursor;
      const from = statements.totalCount === 0 ? 0 : page * PAGE_SIZE + 1;
      const to = page * PAGE_SIZE + statements.edges.length;
      const prev = h("button", { type: "button", class: "secondary" }, "← Previous");
      prev.disabled = page === 0;
      prev.addEventListener("click", () => void load(page - 1, true));
      const next = h("button", { type: "button", class: "secondary" }, "Next →");
      next.disabled = !statements.pageInfo.hasNextPage;
      next.addEventListener("click", () => void load(page + 1, true));
      const count = h(
        "p",
        { class: "count", tabindex: "-1" },
        `${statements.totalCount} statements`,
        from ? ` · ${from}–${to}` : "",
      );
      replaceChildren(
        results,
        h("div", { class: "summary" }, count, cypherPanel(statements.cypher)),
        statements.edges.length === 0
          ? h("p", { class: "muted" }, empty ?? "No statement matches.")
          : h(
              "ol",
              { class: "cards", start: String(from) },
              ...statements.edges.map((e) => h("li", {}, statementCard(e.node, { link: true }))),
            ),
        statements.pageInfo.hasNextPage || page > 0
          ? h("nav", { class: "pager", "aria-label": `${label}: pages` }, prev, next)
          : null,
      );
      // After Next/Previous the keyboard stays with the list it was paging, at its top.
      if (focus) count.focus();
    } catch (err) {
      replaceChildren(results, h("p", { class: "error", role: "alert" }, (err as Error).message));
    } finally {
      results.removeAttribute("aria-busy");
    }
  };

  return { element: results, loaded: load(0) };
}
