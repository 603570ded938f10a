// A statement card: the quote and everything needed to judge it — kind, speaker with role and
// organization, date, outlet, the rule that produced it and its confidence — and a way to its source.
// Where the graph lacks a fact, the card says what the article does give (the words a speaker was not
// resolved from, an article that names no outlet) instead of a bare "unknown".
import { outletOf } from "./article-label.ts";
import { h } from "./dom.ts";
import type { StatementCardFragment } from "./generated/graphql.ts";
import { ROLE_KIND_LABELS, STATEMENT_KIND_LABELS } from "./question.ts";
import { entityHref } from "./routes.ts";

/** What a card says when a statement has no speaker and the article names none either. */
export const NO_SPEAKER = "not named in the article";

/** The speaker with roles and organizations; without one, the words of the article that stand for it. */
export function speakerLine(
  s: StatementCardFragment["speaker"],
  mention?: StatementCardFragment["speakerMention"],
): string {
  if (!s) {
    const words = mention?.text?.trim();
    return words ? `„${words}“ (not resolved to a person or organization)` : NO_SPEAKER;
  }
  if (s.__typename === "Organization") return s.kind ? `${s.name} (${s.kind.toLowerCase()})` : s.name;
  const roles = s.affiliations
    .map((a) => {
      const role = a.role ?? (a.roleKind ? ROLE_KIND_LABELS[a.roleKind] : null);
      const org = a.organization?.name;
      return [role, org].filter(Boolean).join(", ");
    })
    .filter((r) => r.length > 0);
  return roles.length > 0 ? `${s.name} — ${roles.join("; ")}` : s.name;
}

/** The speaker line with the name as a link to the speaker's page. */
function speakerElement(statement: StatementCardFragment): HTMLElement {
  const s = statement.speaker;
  const line = speakerLine(s, statement.speakerMention);
  if (!s || !line.startsWith(s.name)) {
    return h("span", { class: s ? "speaker" : "speaker unresolved" }, line);
  }
  const href = entityHref(s.__typename, s.id);
  return h(
    "span",
    { class: "speaker" },
    href ? h("a", { href, class: "entity-link" }, s.name) : s.name,
    line.slice(s.name.length),
  );
}

/** When a statement was said, else when its article was published; the article may give neither. */
export function statementDate(s: StatementCardFragment): string {
  const day = s.saidOn ?? s.article?.publishedAt ?? s.publishedAt;
  return day ? day.slice(0, 10) : "the article gives no date";
}

/** The article's outlet (else the first agency it names), and the channel the statement came through. */
export function outletLine(s: StatementCardFragment): string {
  const outlet = outletOf(s.article) ?? "not named in the article";
  return s.via ? `${outlet}, via ${s.via.name}` : outlet;
}

export function statementCard(s: StatementCardFragment, options: { link: boolean }): HTMLElement {
  const confidence = s.confidence === null ? "–" : s.confidence.toFixed(2);
  return h(
    "article",
    { class: "card", "data-statement-id": s.id },
    h("blockquote", { class: "quote", lang: "de" }, s.text),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Speaker"),
      h(
        "dd",
        {},
        speakerElement(s),
        s.speaker ? " · " : null,
        s.speaker
          ? h("a", { class: "graph-link", href: `#/graph/${encodeURIComponent(s.speaker.id)}` }, "graph")
          : null,
      ),
      h("dt", {}, "Kind"),
      h("dd", {}, h("span", { class: `kind kind-${s.kind.toLowerCase()}` }, STATEMENT_KIND_LABELS[s.kind])),
      h("dt", {}, "Date"),
      h("dd", {}, statementDate(s)),
      h("dt", {}, "Outlet"),
      h("dd", {}, outletLine(s)),
      h("dt", {}, "Rule"),
      h("dd", {}, h("code", {}, s.rule ?? "–"), ` · confidence ${confidence}`),
    ),
    options.link
      ? h(
          "a",
          { class: "provenance-link", href: `#/statement/${encodeURIComponent(s.id)}` },
          "Where it comes from →",
        )
      : null,
  );
}
