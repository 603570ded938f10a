// The explorer's entry: a hash router over five views (the question with its statements, one
// statement's provenance, an entity's page, the graph around a node, and search), so every view has a
// URL and the server serves one page.
import { h, replaceChildren } from "./dom.ts";
import { entityView } from "./entity-view.ts";
import { graphView } from "./graph-view.ts";
import { provenanceView } from "./provenance-view.ts";
import { HEADLINE_QUESTION, type Question, questionFromParams } from "./question.ts";
import { entityIdFromHash } from "./routes.ts";
import { searchView } from "./search-view.ts";
import { questionHash, statementsView } from "./statements-view.ts";

const app = document.getElementById("app")!;
let firstView = true;

/** The e2e tests and a curious person read this: time from navigation start to a usable first view. */
function markInteractive(): void {
  if (!firstView) return;
  firstView = false;
  performance.mark("explorer:interactive");
  document.body.dataset.ready = "true";
}

function questionFromHash(hash: string): Question {
  const query = hash.split("?")[1];
  // No question at all (a fresh visit): the headline question. "#/?all" is the explicit empty one.
  if (query === undefined) return HEADLINE_QUESTION;
  return questionFromParams(new URLSearchParams(query));
}

async function route(): Promise<void> {
  const hash = location.hash || "#/";
  const statement = /^#\/statement\/(.+)$/.exec(hash);
  const graph = /^#\/graph\/(.+)$/.exec(hash);
  const search = /^#\/search\?(.*)$/.exec(hash);
  const entity = entityIdFromHash(hash);
  try {
    if (entity) {
      const view = await entityView(entity);
      replaceChildren(app, view.element);
      document.title = `${view.title} · newsgraph explorer`;
      if (!firstView) focusView(); // its heading is there before its lists
      await view.loaded;
    } else if (search) {
      const words = new URLSearchParams(search[1]).get("q") ?? "";
      replaceChildren(app, await searchView(words));
      document.title = `${words} · search · newsgraph explorer`;
    } else if (graph) {
      const view = await graphView(decodeURIComponent(graph[1]!));
      replaceChildren(app, view.element);
      document.title = "Graph · newsgraph explorer";
      await view.mount();
    } else if (statement) {
      const view = await provenanceView(decodeURIComponent(statement[1]!));
      replaceChildren(app, view);
      view.querySelector("mark.hl-statement")?.scrollIntoView({ block: "center" });
      document.title = "Statement · newsgraph explorer";
    } else {
      const view = statementsView(questionFromHash(hash), (q) => {
        location.hash = questionHash(q);
      });
      replaceChildren(app, view.element);
      document.title = "newsgraph explorer";
      await view.loaded;
    }
  } catch (err) {
    replaceChildren(app, h("p", { class: "error", role: "alert" }, (err as Error).message));
  }
  if (!firstView && !app.contains(document.activeElement)) focusView();
  markInteractive();
}

/**
 * After a move to another view the keyboard starts at its heading (or, for the form's answer, at the
 * count of results), not at the top of the page or on an element that was replaced.
 */
function focusView(): void {
  const target = app.querySelector<HTMLElement>("h2, .results .count, .error");
  if (!target) return;
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.focus({ preventScroll: true });
  // The provenance view has scrolled to its statement; every other view starts at its top.
  if (!app.querySelector("mark.hl-statement")) window.scrollTo(0, 0);
}

const searchForm = document.querySelector<HTMLFormElement>(".site-search form");
searchForm?.addEventListener("submit", (event) => {
  event.preventDefault();
  const words = new FormData(searchForm).get("q");
  location.hash = `#/search?${new URLSearchParams({ q: typeof words === "string" ? words : "" })}`;
});

window.addEventListener("hashchange", () => void route());
void route();
