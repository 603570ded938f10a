// The home view: the headline question as a form (each name field with suggestions from the graph),
// its answer as a paged list of statement cards with the Cypher that returns exactly that page.
import { request } from "./api.ts";
import { combobox } from "./combobox.ts";
import { h } from "./dom.ts";
import type {
  PublishedRangeQuery,
  PublishedRangeQueryVariables,
  RoleKind,
  RoleKindCountsQuery,
  RoleKindCountsQueryVariables,
} from "./generated/graphql.ts";
import { PUBLISHED_RANGE, ROLE_KIND_COUNTS } from "./operations.ts";
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
import { statementList } from "./statement-list.ts";
import { SUGGESTERS } from "./suggest.ts";

interface FieldSpec {
  name: QuestionField;
  label: string;
  type?: "text" | "date";
  placeholder?: string;
  options?: ReadonlyArray<readonly [string, string]>;
}

const SPEAKER_FIELDS: FieldSpec[] = [
  { name: "nationality", label: "Nationality", placeholder: "Russland, USA, UA …" },
  { name: "roleKind", label: "Role", options: ROLE_KINDS.map((k) => [k, ROLE_KIND_LABELS[k]] as const) },
  { name: "organization", label: "Organization", placeholder: "Kreml" },
  { name: "speaker", label: "Person", placeholder: "Dmitriev" },
];
const ABOUT_FIELDS: FieldSpec[] = [
  { name: "place", label: "Place", placeholder: "Miami" },
  { name: "meeting", label: "Meeting", placeholder: "Gespräche in Miami" },
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
  let suggestions: HTMLElement | null = null;
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
      autocomplete: "off",
    });
    control.value = value;
    const suggester = SUGGESTERS[spec.name];
    if (suggester) suggestions = combobox(control, suggester);
  }
  return h("div", { class: "field" }, h("label", { for: id }, spec.label), control, suggestions);
}

/**
 * The role field from the graph: the kinds people hold come first, most held first, with how many
 * people hold them; the others follow apart. The options are moved, not rebuilt, so a choice made
 * meanwhile stays.
 */
async function rankRoleKinds(select: HTMLSelectElement): Promise<void> {
  const data = await request<RoleKindCountsQuery, RoleKindCountsQueryVariables>(ROLE_KIND_COUNTS, {});
  // Fails type checking when the schema gains a role kind the query does not count.
  const counts: Record<RoleKind, { totalCount: number }> = data;
  const held = h("optgroup", { label: "In the graph" });
  const rest = h("optgroup", { label: "Not in the graph yet" });
  const ranked = ROLE_KINDS.map((kind) => [kind, counts[kind].totalCount] as const).sort(
    ([, a], [, b]) => b - a,
  );
  for (const [kind, count] of ranked) {
    const option = select.querySelector<HTMLOptionElement>(`option[value="${kind}"]`);
    if (!option) continue;
    if (count > 0)
      option.textContent = `${ROLE_KIND_LABELS[kind]} (${count} ${count === 1 ? "person" : "people"})`;
    (count > 0 ? held : rest).append(option);
  }
  select.append(held, rest);
}

/**
 * The date fields from the graph: the days its dated articles span, as the fields' bounds (the
 * browser's date picker opens there) and as a hint under them.
 */
async function boundPublishedDates(form: HTMLFormElement): Promise<void> {
  const data = await request<PublishedRangeQuery, PublishedRangeQueryVariables>(PUBLISHED_RANGE, {});
  const first = data.earliest.edges[0]?.node.publishedAt?.slice(0, 10);
  const last = data.latest.edges[0]?.node.publishedAt?.slice(0, 10);
  if (!first || !last) return;
  const hint = h("p", { class: "hint", id: "q-dates-hint" }, `Articles in the graph: ${first} – ${last}`);
  for (const name of ["from", "to"]) {
    const input = form.querySelector<HTMLInputElement>(`#q-${name}`);
    if (!input) continue;
    input.min = first;
    input.max = last;
    input.setAttribute("aria-describedby", hint.id);
  }
  form.querySelector("#q-to")?.closest(".field")?.append(hint);
}

function fieldset(legend: string, specs: FieldSpec[], q: Question): HTMLElement {
  return h("fieldset", {}, h("legend", {}, legend), ...specs.map((s) => field(s, q)));
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
  const list = statementList(
    whereFromQuestion(q),
    "Statements",
    "No statement matches. Names resolve through aliases; try fewer fields.",
  );
  // The counts wait for the first page, so they do not compete with it for the first view.
  const roleKind = form.querySelector<HTMLSelectElement>("#q-roleKind");
  void list.loaded.then(() => {
    void boundPublishedDates(form).catch(() => {
      // The fields take any date; the bounds are a help.
    });
    return roleKind
      ? rankRoleKinds(roleKind).catch(() => {
          // The plain list of every kind stays; the counts are a help.
        })
      : undefined;
  });
  return { element: h("div", { class: "statements-view" }, form, list.element), loaded: list.loaded };
}

export function questionHash(q: Question): string {
  const params = paramsFromQuestion(q).toString();
  return params ? `#/?${params}` : "#/?all";
}
