// The explorer's entity pages, suggestions, keyboard use and small screens, in a real browser over the
// ingested sample corpus, with the network to anything but our server blocked. What the pages show is
// checked against what the public API returns for the same question.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leadWords } from "../../explorer/src/article-label.ts";
import { read } from "../../src/neo4j/run.ts";
import { ingestSampleCorpus, resetDatabase } from "../integration/support.ts";
import { type E2eBrowser, type E2eServer, launchBrowser, startServer } from "./browser.ts";

// NEWSGRAPH_SCREENSHOTS=1 npm run test:e2e rewrites the screenshots in docs/ (the README shows them).
const SCREENSHOTS = process.env.NEWSGRAPH_SCREENSHOTS === "1";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// Waits for what a person would wait for; generous, because the machine running the tests may be busy.
const POLL = { timeout: 20_000 };

let server: E2eServer;
let browser: E2eBrowser;

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${server.origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** A new page that records console errors (a CSP violation is one) and must end without any. */
async function openPage(path: string, viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("console", (m) => {
    // The browser asks for /favicon.ico on its own; the explorer has none.
    if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.origin}/${path}`);
  await page.waitForSelector("body[data-ready]");
  return { page, errors };
}

/** Each card's facts (Speaker, Kind, Date, Outlet, Rule) by their labels, with the card's statement id. */
const cardFacts = (page: Page, scope: string) =>
  page.locator(`${scope} .card[data-statement-id]`).evaluateAll((cards) =>
    cards.map((card) => {
      const facts: Record<string, string> = { id: card.getAttribute("data-statement-id") ?? "" };
      for (const dt of card.querySelectorAll("dl.facts > dt")) {
        facts[dt.textContent ?? ""] = dt.nextElementSibling?.textContent ?? "";
      }
      return facts;
    }),
  );

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

beforeAll(async () => {
  await resetDatabase();
  await ingestSampleCorpus();
  server = await startServer();
  browser = await launchBrowser(server.origin);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PersonData {
  id: string;
  name: string;
  affiliations: Array<{ role: string | null; organization: { name: string } | null }>;
}

async function dmitrijew() {
  const { people } = await api<{ people: { edges: Array<{ node: PersonData }> } }>(
    '{ people(first: 1, where: { name: "Dmitrijew" }) { edges { node { id name affiliations { role organization { name } } } } } }',
  );
  const person = people.edges[0]!.node;
  const where = { speaker: { id: person.id } };
  const { statements, meetings } = await api<{
    statements: {
      totalCount: number;
      edges: Array<{
        node: {
          id: string;
          saidOn: string | null;
          publishedAt: string | null;
          article: { publishedAt: string | null } | null;
        };
      }>;
    };
    meetings: { edges: Array<{ node: { id: string; name: string } }> };
  }>(
    `query($where: StatementWhere, $id: String!) {
      statements(where: $where, first: 100) { totalCount edges { node { id saidOn publishedAt article { publishedAt } } } }
      meetings(where: { participant: $id }, first: 50) { edges { node { id name } } }
    }`,
    { where, id: person.id },
  );
  return { person, statements, meetings };
}

describe("entity pages", () => {
  it("Dmitrijew's page, opened from a statement card, lists his affiliations, meetings, timeline and statements", async () => {
    const { person, statements, meetings } = await dmitrijew();
    expect(person.name).toBe("Kirill Dmitrijew");
    expect(person.affiliations.length).toBeGreaterThan(0);
    expect(statements.totalCount).toBeGreaterThan(0);

    const { page, errors } = await openPage("");
    await page.locator(".card .speaker a.entity-link").first().click();
    await expect.poll(() => page.url(), POLL).toContain(`#/person/${encodeURIComponent(person.id)}`);
    await page.waitForSelector(".entity-view .timeline li");
    await page.waitForSelector(".statements .card");
    expect(await page.locator(".entity-view h2").textContent()).toBe("Kirill Dmitrijew");

    // Affiliations: each one the API knows, with its role and organization.
    const affiliations = await page.locator(".affiliations .affiliation").allTextContents();
    expect(affiliations.length).toBe(person.affiliations.length);
    for (const a of person.affiliations) {
      expect(
        affiliations.some((t) => t.includes(a.role ?? "") && t.includes(a.organization?.name ?? "")),
      ).toBe(true);
    }
    // Meetings he attended, with their participants.
    const shownMeetings = await page
      .locator(".meetings [data-meeting-id]")
      .evaluateAll((items) => items.map((m) => m.getAttribute("data-meeting-id")));
    expect(shownMeetings).toEqual(meetings.edges.map((e) => e.node.id));
    expect(await page.locator(".meetings .participants").first().textContent()).toContain("Steve Witkoff");

    // The timeline: his statements counted per day, as the cards date them.
    const expected = new Map<string, number>();
    for (const { node } of statements.edges) {
      const day = (node.saidOn ?? node.article?.publishedAt ?? node.publishedAt)?.slice(0, 10) ?? "undated";
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    const rows = await page
      .locator(".timeline li")
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute("data-date"), Number(li.getAttribute("data-count"))]),
      );
    expect(new Map(rows as Array<[string, number]>)).toEqual(expected);

    // His statements, all of them by him.
    expect(await page.locator(".statements .count").textContent()).toMatch(
      new RegExp(`^${statements.totalCount} statements`),
    );
    for (const speaker of await page.locator(".statements .card .speaker").allTextContents()) {
      expect(speaker).toMatch(/^Kirill Dmitrijew/);
    }

    // "Show the Cypher" on every list of the page, and its copy button copies exactly what it shows.
    for (const list of [".affiliations", ".meetings", ".timeline-section", ".statements"]) {
      expect(await page.locator(`section${list} details.cypher`).count(), list).toBe(1);
    }
    const panel = page.locator("section.affiliations details.cypher");
    await panel.locator("summary").click();
    await panel.locator("button.copy").click();
    await expect.poll(() => panel.locator(".copy-status").textContent(), POLL).toBe("Copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await panel.locator(".cypher-text").textContent());
    expect(copied).toContain("AFFILIATED_WITH");

    if (SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/explorer-person.png", fullPage: true });
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  });

  it("a meeting page, opened from search, lists its participants and the articles that report it", async () => {
    const { meetings } = await api<{
      meetings: {
        edges: Array<{
          node: {
            id: string;
            name: string;
            participants: Array<{ name: string }>;
            articles: Array<{ id: string }>;
            sessions: Array<{ name: string }>;
          };
        }>;
      };
    }>(
      '{ meetings(first: 1, where: { name: "Miami" }) { edges { node { id name participants { ... on Person { name } ... on Organization { name } } articles { id } sessions { name } } } } }',
    );
    const meeting = meetings.edges[0]!.node;
    expect(meeting.participants.length).toBeGreaterThan(1);
    // The sample corpus tells of the Miami talks in parts (Russia–USA, Ukraine–USA).
    expect(meeting.sessions.length).toBeGreaterThan(1);

    const { page, errors } = await openPage("");
    await page.fill("#site-search-q", "Miami");
    await page.press("#site-search-q", "Enter");
    await page.locator(`.entity-hit[data-node-id="${meeting.id}"] a.entity-link`).click();
    await expect.poll(() => page.url(), POLL).toContain(`#/meeting/${encodeURIComponent(meeting.id)}`);
    await page.waitForSelector(".entity-view .participants a");
    await page.waitForSelector(".entity-view .timeline li");
    await page.waitForSelector(".entity-view .statements .card");
    const participants = await page.locator(".entity-view .meetings .participants a").allTextContents();
    expect(new Set(participants)).toEqual(new Set(meeting.participants.map((p) => p.name)));
    expect(await page.locator(".articles li").count()).toBe(meeting.articles.length);
    // Each part of the meeting, in the API's order, under the meeting.
    const sessionNames = await page.locator(".entity-view .meetings .sessions li > strong").allTextContents();
    expect(sessionNames).toEqual(meeting.sessions.map((s) => s.name));
    for (const list of [".meetings", ".articles", ".timeline-section", ".statements"]) {
      expect(await page.locator(`section${list} details.cypher`).count(), list).toBe(1);
    }
    if (SCREENSHOTS) await page.screenshot({ path: "docs/screenshots/explorer-meeting.png", fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a meeting page names every article and every speaker and outlet the sample has, never 'unknown' or 'Untitled'", async () => {
    const meetingId = globalId("Meeting", "meeting-miami-2025-12");
    const { node, statements } = await api<{
      node: {
        articles: Array<{
          id: string;
          title: string | null;
          source: string | null;
          publishedAt: string | null;
          text: string;
        }>;
      };
      statements: {
        edges: Array<{
          node: {
            id: string;
            speaker: { name: string } | null;
            speakerMention: { text: string | null } | null;
            via: { name: string } | null;
            article: { source: string | null; sources: string[] } | null;
          };
        }>;
      };
    }>(
      // The page's first page of statements: the same filter and page size as the explorer asks.
      `query($id: ID!, $where: StatementWhere) {
        node(id: $id) { ... on Meeting { articles { id title source publishedAt text } } }
        statements(where: $where, first: 10) { edges { node { id
          speaker { ... on Person { name } ... on Organization { name } }
          speakerMention { text } via { name } article { source sources } } } }
      }`,
      { id: meetingId, where: { about: { meeting: meetingId } } },
    );
    // The sample holds both cases this test is about: untitled articles, one without an outlet, and
    // statements whose speaker was not resolved.
    expect(node.articles.some((a) => a.title === null && a.source === null)).toBe(true);
    expect(statements.edges.some((e) => e.node.speaker === null)).toBe(true);

    const { page, errors } = await openPage(`#/meeting/${encodeURIComponent(meetingId)}`);
    await page.waitForSelector(".entity-view .statements .card");
    // "Reported in": a titled article by its title, an untitled one by its first words.
    for (const a of node.articles) {
      const item = page.locator(`.articles li[data-article-id="${a.id}"]`);
      const expected = a.title ?? `„${leadWords(a.text)}“`;
      await expect.poll(() => item.locator(".article-name").textContent(), POLL).toBe(expected);
      const details = (await item.locator(".muted").textContent()) ?? "";
      if (a.source) expect(details).toContain(a.source);
      else expect(details).toContain("outlet not named");
      if (a.publishedAt) expect(details).toContain(a.publishedAt.slice(0, 10));
    }
    expect(await page.locator("ul.articles").textContent()).not.toContain("Untitled");

    // The statement cards: the article's outlet, or that it names none; the words for a speaker the
    // extraction did not resolve.
    const cards = await cardFacts(page, ".entity-view .statements");
    expect(cards.map((c) => c.id)).toEqual(statements.edges.map((e) => e.node.id));
    for (const [i, { node: s }] of statements.edges.entries()) {
      const card = cards[i]!;
      const outlet = s.article?.source ?? s.article?.sources[0];
      expect(card.Outlet, s.id).toBe(
        `${outlet ?? "not named in the article"}${s.via ? `, via ${s.via.name}` : ""}`,
      );
      if (s.speaker) expect(card.Speaker).toMatch(new RegExp(`^${s.speaker.name}`));
      else if (s.speakerMention?.text) expect(card.Speaker).toContain(`„${s.speakerMention.text}“`);
      else expect(card.Speaker).toBe("not named in the article");
      expect(card.Speaker).not.toContain("unknown");
    }
    expect(errors).toEqual([]);
    expect(browser.blocked).toEqual([]);
    await page.close();
  });

  it("the provenance of a statement from an untitled article is headed by the article's first words", async () => {
    const { statements } = await api<{
      statements: {
        edges: Array<{
          node: {
            id: string;
            speaker: { __typename: string } | null;
            speakerMention: { text: string; start: number } | null;
            article: { title: string | null; text: string };
          };
        }>;
      };
    }>(
      "{ statements(first: 100) { edges { node { id speaker { __typename } speakerMention { text start } article { title text } } } } }",
    );
    const unresolved = statements.edges
      .map((e) => e.node)
      .find((s) => s.speaker === null && s.speakerMention && s.article.title === null);
    expect(unresolved).toBeDefined();
    const { page, errors } = await openPage(`#/statement/${encodeURIComponent(unresolved!.id)}`);
    await page.waitForSelector(".article-text mark");
    expect(await page.locator(".provenance-view .article h2").textContent()).toBe(
      `„${leadWords(unresolved!.article.text)}“`,
    );
    expect(await page.locator(".provenance-view .card .speaker").textContent()).toBe(
      `„${unresolved!.speakerMention!.text}“ (not resolved to a person or organization)`,
    );
    // The words the card quotes are the ones marked in the text.
    const speakerMark = page.locator('.article-text mark[data-marks~="speaker"]').first();
    expect(Number(await speakerMark.getAttribute("data-start"))).toBe(unresolved!.speakerMention!.start);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("search shows the Cypher it runs, and that Cypher finds the same hits", async () => {
    const { search, searchCypher } = await api<{
      search: Array<{ node: { id: string } }>;
      searchCypher: Array<{ query: string; parameters: Record<string, unknown> }>;
    }>(
      '{ search(query: "Sicherheitsgarantien", first: 20) { node { id } } searchCypher(query: "Sicherheitsgarantien", first: 20) { query parameters } }',
    );
    const found = new Set<string>();
    for (const c of searchCypher) {
      const rows = await read<{ node: { id: string }; labels: string[] }>(c.query, c.parameters);
      for (const r of rows) found.add(r.node.id);
    }
    const localIds = search.map((hit) =>
      Buffer.from(hit.node.id, "base64").toString().split(":").slice(1).join(":"),
    );
    for (const id of localIds) expect(found.has(id), id).toBe(true);

    const { page } = await openPage("#/search?q=Sicherheitsgarantien");
    await page.waitForSelector(".search-view details.cypher");
    await page.click(".search-view details.cypher summary");
    const shown = await page.locator(".search-view .cypher-text").textContent();
    for (const c of searchCypher) expect(shown).toContain(c.query.trim());
    await page.close();
  });

  it("the graph names a meeting's parts and untitled articles instead of showing their type", async () => {
    const witkoff = globalId("Person", "steve-witkoff");
    const { neighborhood } = await api<{
      neighborhood: {
        nodes: Array<{ __typename: string; id: string; name?: string; title?: string | null }>;
      };
    }>(
      `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 60) { nodes { __typename id
        ... on MeetingSession { name } ... on Article { title } } } }`,
      { id: witkoff },
    );
    const sessions = neighborhood.nodes.filter((n) => n.__typename === "MeetingSession");
    expect(sessions.length).toBeGreaterThan(0);
    const { page, errors } = await openPage(`#/graph/${encodeURIComponent(witkoff)}`);
    await page.waitForSelector(".graph-canvas[data-nodes] canvas");
    for (const s of sessions) {
      expect(await page.locator(`.graph-nodes li[data-node-id="${s.id}"]`).textContent()).toContain(s.name);
    }
    for (const a of neighborhood.nodes.filter((n) => n.__typename === "Article" && !n.title)) {
      // Outlet (or "article") and day, e.g. "dpa, 2025-12-21".
      expect(await page.locator(`.graph-nodes li[data-node-id="${a.id}"]`).textContent()).toMatch(
        /, \d{4}-\d{2}-\d{2}/,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a node of the graph view opens its entity page", async () => {
    const { person } = await dmitrijew();
    const { page } = await openPage(`#/graph/${encodeURIComponent(person.id)}`);
    const link = page.locator(`.graph-nodes li[data-node-id="${person.id}"] a`);
    expect(await link.getAttribute("href")).toBe(`#/person/${encodeURIComponent(person.id)}`);
    await link.press("Enter");
    await page.waitForSelector(".entity-view");
    expect(await page.locator(".entity-view h2").textContent()).toBe(person.name);
    await page.close();
  });
});

describe("the form's suggestions", () => {
  it("every name field suggests from the graph, through aliases, and takes a suggestion by keyboard", async () => {
    const { page, errors } = await openPage("#/?all");
    for (const field of ["nationality", "organization", "speaker", "place", "meeting", "topic"]) {
      expect(await page.getAttribute(`#q-${field}`, "role"), field).toBe("combobox");
    }
    // Role kinds: those people hold first, with how many hold them.
    const { people } = await api<{ people: { totalCount: number } }>(
      "{ people(first: 0, where: { roleKind: NEGOTIATOR }) { totalCount } }",
    );
    const negotiator = page.locator('#q-roleKind optgroup[label="In the graph"] option[value="NEGOTIATOR"]');
    await expect.poll(() => negotiator.textContent(), POLL).toBe(`negotiator (${people.totalCount} people)`);
    expect(
      await page.locator('#q-roleKind optgroup[label="Not in the graph yet"] option').count(),
    ).toBeGreaterThan(0);

    // The date fields are bounded by the days the graph's dated articles span.
    const { earliest, latest } = await api<{
      earliest: { edges: Array<{ node: { publishedAt: string } }> };
      latest: { edges: Array<{ node: { publishedAt: string } }> };
    }>(`{
      earliest: articles(first: 1, where: { publishedFrom: "0001" }, orderBy: { field: PUBLISHED_AT, direction: ASC }) { edges { node { publishedAt } } }
      latest: articles(first: 1, where: { publishedFrom: "0001" }, orderBy: { field: PUBLISHED_AT, direction: DESC }) { edges { node { publishedAt } } }
    }`);
    const first = earliest.edges[0]!.node.publishedAt.slice(0, 10);
    const last = latest.edges[0]!.node.publishedAt.slice(0, 10);
    await expect.poll(() => page.getAttribute("#q-from", "min"), POLL).toBe(first);
    expect(await page.getAttribute("#q-to", "max")).toBe(last);
    expect(await page.textContent("#q-dates-hint")).toBe(`Articles in the graph: ${first} – ${last}`);

    // An alias finds the person under the name the graph uses.
    await page.focus("#q-speaker");
    await page.keyboard.type("Dmitriev");
    const options = page.locator("#q-speaker-suggestions [role=option]");
    await expect.poll(() => options.first().textContent(), POLL).toContain("Kirill Dmitrijew");
    await page.keyboard.press("ArrowDown");
    expect(await page.getAttribute("#q-speaker", "aria-activedescendant")).toBe("q-speaker-suggestions-0");
    expect(await options.first().getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    expect(await page.inputValue("#q-speaker")).toBe("Kirill Dmitrijew");
    expect(await page.isHidden("#q-speaker-suggestions")).toBe(true);

    // Countries for nationality; Escape closes the list and keeps the text.
    await page.focus("#q-nationality");
    await page.keyboard.type("Russ");
    await expect
      .poll(() => page.locator("#q-nationality-suggestions [role=option] .value").allTextContents(), POLL)
      .toContain("Russland");
    await page.keyboard.press("Escape");
    expect(await page.isHidden("#q-nationality-suggestions")).toBe(true);
    await page.fill("#q-nationality", "");

    // The meeting field, then Enter submits the question.
    await page.focus("#q-meeting");
    await page.keyboard.type("Miami");
    await expect
      .poll(() => page.locator("#q-meeting-suggestions [role=option] .value").allTextContents(), POLL)
      .toContain("Gespräche in Miami");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.inputValue("#q-meeting")).toBe("Gespräche in Miami");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url(), POLL).toContain("meeting=");
    const { statements } = await api<{ statements: { totalCount: number } }>(
      'query { statements(where: { speaker: { name: "Kirill Dmitrijew" }, about: { meeting: "Gespräche in Miami" } }) { totalCount } }',
    );
    expect(statements.totalCount).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator(".results .count").textContent(), POLL)
      .toMatch(new RegExp(`^${statements.totalCount} statements`));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("keyboard and screen sizes", () => {
  for (const [name, viewport] of [
    ["1280×800", DESKTOP],
    ["390×844", PHONE],
  ] as const) {
    it(`at ${name}: Tab reaches the results with a visible focus, Enter opens a page, nothing overflows`, async () => {
      const { person } = await dmitrijew();
      const { page, errors } = await openPage("", viewport);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      let inResults = false;
      for (let i = 0; i < 80 && !inResults; i++) {
        await page.keyboard.press("Tab");
        inResults = await page.evaluate(() => document.activeElement?.closest(".results .card") != null);
      }
      expect(inResults).toBe(true);
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { style: style.outlineStyle, width: style.outlineWidth, href: el.getAttribute("href") };
      });
      expect(focus.style).not.toBe("none");
      expect(focus.width).not.toBe("0px");
      expect(focus.href).toBe(`#/person/${encodeURIComponent(person.id)}`);
      await page.keyboard.press("Enter");
      await page.waitForSelector(".entity-view .statements .card");
      // The keyboard starts at the new page's heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), POLL).toBe("H2");
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const meeting = encodeURIComponent(globalId("Meeting", "meeting-miami-2025-12"));
      for (const [path, ready] of [
        ["#/search?q=Miami", ".search-view"],
        [`#/meeting/${meeting}`, ".entity-view[data-entity-type=Meeting] .statements .card"],
      ] as const) {
        await page.goto(`${server.origin}/${path}`);
        await page.waitForSelector(ready);
        expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
      }
      if (SCREENSHOTS && viewport === PHONE) {
        await page.goto(`${server.origin}/#/person/${encodeURIComponent(person.id)}`);
        await page.waitForSelector(".entity-view[data-entity-type=Person] .timeline li");
        await page.screenshot({ path: "docs/screenshots/explorer-phone.png" });
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
