// A statement card: the quote and everything needed to judge it — kind, speaker with role and
// organization, date, outlet, the rule that produced it and its confidence — and a way to its source.
import { h } from "./dom.ts";
import type { StatementCardFragment } from "./generated/graphql.ts";
import { ROLE_KIND_LABELS, STATEMENT_KIND_LABELS } from "./question.ts";
import { entityHref } from "./routes.ts";

export function speakerLine(s: StatementCardFragment["speaker"]): string {
  if (!s) return "unknown speaker";
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
function speakerElement(s: StatementCardFragment["speaker"]): HTMLElement {
  const line = speakerLine(s);
  if (!s || !line.startsWith(s.name)) return h("span", { class: "speaker" }, line);
  const href = entityHref(s.__typename, s.id);
  return h(
    "span",
    { class: "speaker" },
    href ? h("a", { href, class: "entity-link" }, s.name) : s.name,
    line.slice(s.name.length),
  );
}

export function statementDate(s: StatementCardFragment): string {
  const day = s.saidOn ?? s.article?.publishedAt ?? s.publishedAt;
  return day ? day.slice(0, 10) : "undated";
}

export function outletLine(s: StatementCardFragment): string {
  const outlet = s.article?.source ?? "unknown outlet";
  return s.via ? `${outlet}, via ${s.via.name}` : outlet;
}

export function statementCard(s: StatementCardFragment, options: { link: boolean }): HTMLElement {
  const confidence = s.confidence === null ? "–" : s.confidence.toFixed(2);
  return h(
    "article",
    { class: "card", "data-statement-id": s.id },
    h("blockquote", { class: "quote" }, s.text),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Speaker"),
      h(
        "dd",
        {},
        speakerElement(s.speaker),
        s.speaker
          ? h("a", { class: "graph-link", href: `#/graph/${encodeURIComponent(s.speaker.id)}` }, " · graph")
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
