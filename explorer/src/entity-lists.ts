// The lists of an entity page other than its statements: affiliations or members, meetings with their
// participants, and the timeline of statements by date. Every name links to its own page.
import { request } from "./api.ts";
import { cypherPanel } from "./cypher-panel.ts";
import { h, replaceChildren } from "./dom.ts";
import type {
  AffiliationRowFragment,
  MeetingListQuery,
  MeetingListQueryVariables,
  MeetingRowFragment,
  MeetingWhere,
  StatementDatesQuery,
  StatementDatesQueryVariables,
  StatementWhere,
} from "./generated/graphql.ts";
import { MEETING_LIST, STATEMENT_DATES } from "./operations.ts";
import { ROLE_KIND_LABELS } from "./question.ts";
import { entityHref } from "./routes.ts";
import { type DatedStatement, timelineList, timelineRows } from "./timeline.ts";

export function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

/** A link to an entity's page (plain text for types without one). */
export function entityLink(
  node: { __typename?: string; id: string; name: string },
  type?: string,
): HTMLElement {
  const href = entityHref(type ?? node.__typename ?? "", node.id);
  return href ? h("a", { href, class: "entity-link" }, node.name) : h("span", {}, node.name);
}

function span(firstSeen: string | null | undefined, lastSeen: string | null | undefined): string {
  // Days are enough here; the times of day are the articles' publication times.
  const first = firstSeen?.slice(0, 10);
  const last = lastSeen?.slice(0, 10);
  if (!first && !last) return "";
  if (!last || first === last) return ` (${first})`;
  return ` (${first ?? "?"} – ${last})`;
}

export function affiliationItem(a: AffiliationRowFragment, lead?: HTMLElement): HTMLElement {
  const kind = a.roleKind ? ROLE_KIND_LABELS[a.roleKind] : null;
  const spellings = a.roles.filter((r) => r !== a.role);
  return h(
    "li",
    { class: "affiliation" },
    lead ?? null,
    lead ? " — " : null,
    h("strong", {}, a.role ?? kind ?? "affiliated"),
    kind && a.role ? h("span", { class: "role-kind" }, ` ${kind}`) : null,
    a.organization ? ", " : null,
    a.organization ? entityLink(a.organization, "Organization") : null,
    h("span", { class: "muted" }, span(a.firstSeen, a.lastSeen)),
    spellings.length > 0 ? h("span", { class: "muted" }, ` · also written ${spellings.join(", ")}`) : null,
  );
}

function when(m: { start?: string | null; end?: string | null }): string {
  if (!m.start) return "date unknown";
  return m.end && m.end !== m.start ? `${m.start} – ${m.end}` : m.start;
}

type Participant = MeetingRowFragment["participants"][number];

/** A part of a meeting (Meeting.sessions): its own dates, venue and the people the text puts in it. */
type SessionRow = MeetingRowFragment["sessions"][number];

function participantLinks(participants: readonly Participant[]): Array<Node | string | null> {
  return participants.flatMap((p, i) => [i > 0 ? ", " : null, entityLink(p)]);
}

function sessionList(sessions: readonly SessionRow[]): HTMLElement {
  return h(
    "ol",
    { class: "sessions", "aria-label": "Sessions" },
    ...sessions.map((s) =>
      h(
        "li",
        {},
        h("strong", {}, s.name),
        h("span", { class: "muted" }, ` · ${when(s)}`),
        s.place ? " · " : null,
        s.place ? entityLink(s.place, "Place") : null,
        s.participants.length > 0 ? ": " : null,
        ...participantLinks(s.participants),
      ),
    ),
  );
}

/** One meeting: name, dates, place, participants, and its sessions when the API gives them. */
export function meetingItem(m: MeetingRowFragment): HTMLElement {
  const { sessions } = m;
  return h(
    "li",
    { class: "card meeting", "data-meeting-id": m.id },
    h("h4", {}, entityLink(m, "Meeting")),
    h(
      "p",
      { class: "muted" },
      when(m),
      m.place ? " · " : null,
      m.place ? entityLink(m.place, "Place") : null,
    ),
    m.participants.length > 0
      ? h("p", { class: "participants" }, "Participants: ", ...participantLinks(m.participants))
      : h("p", { class: "muted" }, "No participants known."),
    sessions.length > 0 ? sessionList(sessions) : null,
  );
}

export function section(title: string, id: string, ...children: Array<Node | null>): HTMLElement {
  return h(
    "section",
    { class: `entity-section ${id}`, "aria-labelledby": `${id}-title` },
    h("h3", { id: `${id}-title` }, title),
    ...children,
  );
}

/** The meetings the connection returns for `where`, with the Cypher behind them. */
export async function meetingsSection(where: MeetingWhere): Promise<HTMLElement> {
  const body = h("div", {});
  const element = section("Meetings", "meetings", body);
  try {
    const { meetings } = await request<MeetingListQuery, MeetingListQueryVariables>(MEETING_LIST, { where });
    replaceChildren(
      body,
      h(
        "div",
        { class: "summary" },
        h("p", { class: "count" }, plural(meetings.totalCount, "meeting")),
        cypherPanel(meetings.cypher),
      ),
      meetings.edges.length > 0
        ? h("ol", { class: "cards meetings" }, ...meetings.edges.map((e) => meetingItem(e.node)))
        : h("p", { class: "muted" }, "No meetings known."),
    );
  } catch (err) {
    replaceChildren(body, h("p", { class: "error", role: "alert" }, (err as Error).message));
  }
  return element;
}

/** At most this many pages of 100 dates; beyond that the timeline says it is partial. */
const MAX_DATE_PAGES = 10;

export async function timelineSection(where: StatementWhere): Promise<HTMLElement> {
  const body = h("div", {});
  const element = section("Timeline of statements", "timeline-section", body);
  try {
    const dated: DatedStatement[] = [];
    let after: string | null = null;
    let first: StatementDatesQuery["statements"] | null = null;
    for (let page = 0; page < MAX_DATE_PAGES; page++) {
      const data: StatementDatesQuery = await request<StatementDatesQuery, StatementDatesQueryVariables>(
        STATEMENT_DATES,
        { where, after },
      );
      first ??= data.statements;
      dated.push(...data.statements.edges.map((e) => e.node));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor ?? null;
    }
    const total = first?.totalCount ?? 0;
    replaceChildren(
      body,
      h(
        "div",
        { class: "summary" },
        h(
          "p",
          { class: "count" },
          `${plural(total, "statement")} by date`,
          dated.length < total ? ` (the first ${dated.length})` : "",
        ),
        first ? cypherPanel(first.cypher, "Show the Cypher (first 100)") : null,
      ),
      dated.length > 0 ? timelineList(timelineRows(dated)) : h("p", { class: "muted" }, "No statements."),
    );
  } catch (err) {
    replaceChildren(body, h("p", { class: "error", role: "alert" }, (err as Error).message));
  }
  return element;
}
