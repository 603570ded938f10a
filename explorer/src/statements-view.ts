// The home view: the headline question as a form, its answer as a paged list of statement cards, and
// the Cypher that returns exactly that page, ready to copy.
import { request } from "./api.ts";
import { statementCard } from "./card.ts";
import { h, replaceChildren } from "./dom.ts";
import type {
  FormSuggestionsQuery,
  FormSuggestionsQueryVariables,
  StatementListQuery,
  StatementListQueryVariables,
} from "./generated/graphql.ts";
import { FORM_SUGGESTIONS, STATEMENT_LIST } from "./operations.ts";
import {
  paramsFromQuestion,
  type Question,
  type QuestionField,
  ROLE_KIND_LABELS,
  ROLE_KINDS,
  STATEMENT_KIND_LABELS,
  STATEMENT_KINDS,
  whereFromQuestion,
} from "./question.ts";

export const PAGE_SIZE = 10;

interface FieldSpec {
  name: QuestionField;
  label: string;
  type?: "text" | "date";
  placeholder?: string;
  options?: ReadonlyArray<readonly [string, string]>;
  suggestions?: string;
}

const SPEAKER_FIELDS: FieldSpec[] = [
  { name: "nationality", label: "Nationality", placeholder: "Russland, USA, UA …", suggestions: "countries" },
  { name: "roleKind", label: "Role", options: ROLE_KINDS.map((k) => [k, ROLE_KIND_LABELS[k]] as const) },
  { name: "organization", label: "Organization", placeholder: "Kreml" },
  { name: "speaker", label: "Person", placeholder: "Dmitriev" },
];
const ABOUT_FIELDS: FieldSpec[] = [
  { name: "place", label: "Place", placeholder: "Miami", suggestions: "places" },
  { name: "topic", label: "Topic", placeholder: "Sicherheitsgarantien" },
];
const STATEMENT_FIELDS: FieldSpec[] = [
  {
    name: "kind",
    label: "Kind",
    options: STATEMENT_KINDS.map((k) => [k, STATEMENT_KIND_LABELS[k]] as const),
  },
  { name: "from", label: "Published from", type: "date" },
  { name: "to", label: "Published to", type: "date" },
  { name: "text", label: "Words in the statement", placeholder: "Gespräche" },
];

function field(spec: FieldSpec, q: Question): HTMLElement {
  const id = `q-${spec.name}`;
  const value = q[spec.name] ?? "";
  let control: HTMLInputElement | HTMLSelectElement;
  if (spec.options) {
    const select = h("select", { id, name: spec.name }, h("option", { value: "" }, "any"));
    for (const [v, label] of spec.options) {
      const option = h("option", { value: v }, label);
      if (v === value) option.selected = true;
      select.append(option);
    }
    control = select;
  } else {
    control = h("input", {
      id,
      name: spec.name,
      type: spec.type ?? "text",
      placeholder: spec.placeholder,
      list: spec.suggestions ? `list-${spec.suggestions}` : undefined,
      autocomplete: "off",
    });
    control.value = value;
  }
  return h("div", { class: "field" }, h("label", { for: id }, spec.label), control);
}

function fieldset(legend: string, specs: FieldSpec[], q: Question): HTMLElement {
  return h("fieldset", {}, h("legend", {}, legend), ...specs.map((s) => field(s, q)));
}

/** Suggestions come from the graph: names and aliases, which the API resolves the same way. */
async function fillSuggestions(form: HTMLFormElement): Promise<void> {
  const data = await request<FormSuggestionsQuery, FormSuggestionsQueryVariables>(FORM_SUGGESTIONS, {});
  const lists: Record<string, Array<{ name: string; aliases: string[] }>> = {
    countries: data.countries.edges.map((e) => e.node),
    places: data.places.edges.map((e) => e.node),
  };
  for (const [name, nodes] of Object.entries(lists)) {
    const list = h("datalist", { id: `list-${name}` });
    const seen = new Set<string>();
    for (const node of nodes) {
      for (const value of [node.name, ...node.aliases]) {
        if (seen.has(value)) continue;
        seen.add(value);
        list.append(h("option", { value }, value === node.name ? "" : node.name));
      }
    }
    form.append(list);
  }
}

function cypherPanel(cypher: StatementListQuery["statements"]["cypher"]): HTMLElement {
  const text = `${cypher.query}\n\n// parameters\n${JSON.stringify(cypher.parameters, null, 2)}`;
  const status = h("span", { class: "copy-status", role: "status" });
  const copy = h("button", { type: "button", class: "copy" }, "Copy");
  copy.addEventListener("click", () => {
    navigator.clipboard.writeText(text).then(
      () => {
        status.textContent = "Copied.";
      },
      () => {
        status.textContent = "Copying is blocked here: select the text instead.";
      },
    );
  });
  return h(
    "details",
    { class: "cypher" },
    h("summary", {}, "Show the Cypher"),
    h("div", { class: "cypher-actions" }, copy, status),
    h("pre", {}, h("code", { class: "cypher-text" }, text)),
  );
}

export interface StatementsView {
  element: HTMLElement;
  /** Resolves when the first page is on screen (or its error is). */
  loaded: Promise<void>;
}

export function statementsView(q: Question, navigate: (q: Question) => void): StatementsView {
  const form = h(
    "form",
    { class: "question", role: "search", "aria-label": "Which statements" },
    fieldset("Who said it", SPEAKER_FIELDS, q),
    fieldset("About", ABOUT_FIELDS, q),
    fieldset("What", STATEMENT_FIELDS, q),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit" }, "Find statements"),
      h("button", { type: "reset", class: "secondary" }, "Clear"),
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next: Question = {};
    for (const [key, value] of data.entries()) {
      if (typeof value === "string" && value.trim()) next[key as QuestionField] = value.trim();
    }
    navigate(next);
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    navigate({});
  });
  fillSuggestions(form).catch(() => {
    // Suggestions help but are not needed: the fields take any name or alias.
  });

  const results = h("section", { class: "results", "aria-label": "Statements" });
  const element = h("div", { class: "statements-view" }, form, results);
  const cursors: Array<string | null> = [null];

  const load = async (page: number): Promise<void> => {
    results.setAttribute("aria-busy", "true");
    try {
      const data = await request<StatementListQuery, StatementListQueryVariables>(STATEMENT_LIST, {
        where: whereFromQuestion(q),
        first: PAGE_SIZE,
        after: cursors[page] ?? null,
      });
      const { statements } = data;
      if (statements.pageInfo.endCursor) cursors[page + 1] = statements.pageInfo.endCursor;
      const from = statements.totalCount === 0 ? 0 : page * PAGE_SIZE + 1;
      const to = page * PAGE_SIZE + statements.edges.length;
      const prev = h("button", { type: "button", class: "secondary" }, "← Previous");
      prev.disabled = page === 0;
      prev.addEventListener("click", () => void load(page - 1));
      const next = h("button", { type: "button", class: "secondary" }, "Next →");
      next.disabled = !statements.pageInfo.hasNextPage;
      next.addEventListener("click", () => void load(page + 1));
      replaceChildren(
        results,
        h(
          "div",
          { class: "summary" },
          h("p", { class: "count" }, `${statements.totalCount} statements`, from ? ` · ${from}–${to}` : ""),
          cypherPanel(statements.cypher),
        ),
        statements.edges.length === 0
          ? h(
              "p",
              { class: "muted" },
              "No statement matches. Names resolve through aliases; try fewer fields.",
            )
          : h(
              "ol",
              { class: "cards", start: String(from) },
              ...statements.edges.map((e) => h("li", {}, statementCard(e.node, { link: true }))),
            ),
        h("nav", { class: "pager", "aria-label": "Pages" }, prev, next),
      );
    } catch (err) {
      replaceChildren(results, h("p", { class: "error", role: "alert" }, (err as Error).message));
    } finally {
      results.removeAttribute("aria-busy");
    }
  };

  return { element, loaded: load(0) };
}

export function questionHash(q: Question): string {
  const params = paramsFromQuestion(q).toString();
  return params ? `#/?${params}` : "#/?all";
}
