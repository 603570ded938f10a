// An entity page (person, organization, place, meeting, topic; #/person/<id> …): what it is, its
// affiliations or members, its meetings with their participants, a timeline of its statements by date
// and the statements themselves. Every list shows the Cypher behind it.
import { request } from "./api.ts";
import { articleList } from "./article-list.ts";
import { cypherPanel } from "./cypher-panel.ts";
import { h } from "./dom.ts";
import {
  affiliationItem,
  entityLink,
  meetingItem,
  meetingsSection,
  section,
  timelineSection,
} from "./entity-lists.ts";
import type {
  EntityPageQuery,
  EntityPageQueryVariables,
  MeetingWhere,
  StatementWhere,
} from "./generated/graphql.ts";
import { ENTITY_PAGE } from "./operations.ts";
import { paramsFromQuestion, type Question } from "./question.ts";
import { isEntityType } from "./routes.ts";
import { statementList } from "./statement-list.ts";

type PageNode = NonNullable<EntityPageQuery["node"]>;
type EntityNode = Extract<PageNode, { name: string }>;

/** Which statements are an entity's own: those it said, or those about it. */
function statementWhere(node: EntityNode): StatementWhere {
  switch (node.__typename) {
    case "Person":
    case "Organization":
      return { speaker: { id: node.id } };
    case "Place":
      return { about: { place: node.id } };
    case "Meeting":
      return { about: { meeting: node.id } };
    case "Topic":
      return { about: { topic: node.id } };
  }
}

/** The same statements as a question in the form, where they can be narrowed further. */
function question(node: EntityNode): Question | null {
  switch (node.__typename) {
    case "Person":
      return { speaker: node.name };
    case "Organization":
      return { organization: node.name };
    case "Place":
      return { place: node.name };
    case "Meeting":
      return { meeting: node.name };
    case "Topic":
      return { topic: node.name };
  }
}

function meetingWhere(node: EntityNode): MeetingWhere | null {
  if (node.__typename === "Person" || node.__typename === "Organization") return { participant: node.id };
  if (node.__typename === "Place") return { place: node.id };
  return null;
}

function facts(node: EntityNode): HTMLElement {
  const rows: Array<[string, Node | string]> = [];
  if (node.__typename === "Organization") {
    if (node.organizationKind) rows.push(["Kind", node.organizationKind.toLowerCase()]);
    if (node.partOf) rows.push(["Part of", entityLink(node.partOf, "Organization")]);
  }
  if (node.__typename === "Place") {
    if (node.placeKind) rows.push(["Kind", node.placeKind.toLowerCase()]);
    if (node.locatedIn) rows.push(["In", entityLink(node.locatedIn, "Place")]);
  }
  if (node.aliases.length > 0) rows.push(["Also", node.aliases.join(", ")]);
  rows.push([
    "Mentioned",
    `${node.mentionStats.mentions} times in ${node.mentionStats.articles} ${node.mentionStats.articles === 1 ? "article" : "articles"}`,
  ]);
  return h("dl", { class: "facts" }, ...rows.flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

/** Affiliations (a person), members (an organization), or the meeting itself with its articles. */
function ownLists(node: EntityNode, pending: Array<Promise<void>>): HTMLElement[] {
  if (node.__typename === "Person") {
    return [
      section(
        "Affiliations",
        "affiliations",
        cypherPanel(node.affiliationsCypher),
        node.affiliations.length > 0
          ? h("ul", { class: "affiliations" }, ...node.affiliations.map((a) => affiliationItem(a)))
          : h("p", { class: "muted" }, "No affiliation known."),
      ),
    ];
  }
  if (node.__typename === "Organization") {
    return [
      section(
        "Members",
        "affiliations",
        cypherPanel(node.membersCypher),
        node.members.length > 0
          ? h(
              "ul",
              { class: "affiliations" },
              ...node.members.map((a) =>
                affiliationItem(a, a.person ? entityLink(a.person, "Person") : undefined),
              ),
            )
          : h("p", { class: "muted" }, "No members known."),
      ),
    ];
  }
  if (node.__typename === "Meeting") {
    const articles = articleList(node.articles);
    pending.push(articles.loaded);
    return [
      section(
        "The meeting",
        "meetings",
        cypherPanel(node.participantsCypher, "Show the Cypher (participants)"),
        h("ol", { class: "cards meetings" }, meetingItem(node)),
      ),
      section("Reported in", "articles", cypherPanel(node.articlesCypher), articles.element),
    ];
  }
  return [];
}

export interface EntityView {
  element: HTMLElement;
  title: string;
  /** Resolves when every list is on screen. */
  loaded: Promise<void>;
}

export async function entityView(id: string): Promise<EntityView> {
  const data = await request<EntityPageQuery, EntityPageQueryVariables>(ENTITY_PAGE, { id });
  const node = data.node;
  if (!node || !isEntityType(node.__typename) || !("name" in node)) {
    const element = h(
      "p",
      { class: "error", role: "alert" },
      "No person, organization, place, meeting or topic with this id.",
    );
    return { element, title: "Not found", loaded: Promise.resolve() };
  }
  const ask = question(node);
  const statements = statementList(statementWhere(node), `Statements of ${node.name}`, "No statements.");
  const meetings = meetingWhere(node);
  const later = h("div", { class: "entity-later" });
  const pending: Array<Promise<void>> = [];
  const loaded = Promise.all([
    meetings ? meetingsSection(meetings) : Promise.resolve(null),
    timelineSection(statementWhere(node)),
  ]).then((sections) => later.append(...sections.filter((s): s is HTMLElement => s !== null)));

  const element = h(
    "article",
    { class: "entity-view", "data-entity-type": node.__typename, "data-entity-id": node.id },
    h(
      "header",
      { class: "entity-head" },
      h("span", { class: `node-type type-${node.__typename.toLowerCase()}` }, node.__typename),
      h("h2", { tabindex: "-1" }, node.name),
      facts(node),
      h(
        "p",
        { class: "entity-links" },
        h("a", { href: `#/graph/${encodeURIComponent(node.id)}` }, "Graph around it"),
        ask ? " · " : null,
        ask ? h("a", { href: `#/?${paramsFromQuestion(ask)}` }, "Ask the form about it") : null,
      ),
    ),
    ...ownLists(node, pending),
    later,
    section("Statements", "statements", statements.element),
  );
  return {
    element,
    title: `${node.name} · ${node.__typename.toLowerCase()}`,
    loaded: Promise.all([loaded, statements.loaded, ...pending]).then(() => {}),
  };
}
