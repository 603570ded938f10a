// Where a statement comes from: its card, then the article text with the statement, its cue and the
// words its speaker was resolved from marked at their character offsets. The text is built from text
// nodes and <mark> elements, never parsed as HTML.
import { request } from "./api.ts";
import { articleName, outletOf } from "./article-label.ts";
import { statementCard } from "./card.ts";
import { h } from "./dom.ts";
import type { StatementProvenanceQuery, StatementProvenanceQueryVariables } from "./generated/graphql.ts";
import { type Mark, runs } from "./highlight.ts";
import { STATEMENT_PROVENANCE } from "./operations.ts";

const MARK_LABELS: Record<string, string> = {
  statement: "the statement",
  cue: "the cue",
  speaker: "the speaker as written",
};

export function articleText(text: string, marks: readonly Mark[]): HTMLElement {
  const body = h("div", { class: "article-text", lang: "de" });
  for (const run of runs(text, marks)) {
    if (run.kinds.length === 0) {
      body.append(document.createTextNode(run.text));
      continue;
    }
    const mark = h("mark", {
      class: run.kinds.map((k) => `hl-${k}`).join(" "),
      "data-marks": run.kinds.join(" "),
      "data-start": String(run.start),
      title: run.kinds.map((k) => MARK_LABELS[k] ?? k).join(", "),
    });
    mark.append(document.createTextNode(run.text));
    body.append(mark);
  }
  return body;
}

export async function provenanceView(id: string): Promise<HTMLElement> {
  const data = await request<StatementProvenanceQuery, StatementProvenanceQueryVariables>(
    STATEMENT_PROVENANCE,
    {
      id,
    },
  );
  const node = data.node;
  if (node?.__typename !== "Statement") {
    return h("p", { class: "error", role: "alert" }, "No statement with this id.");
  }
  const article = node.article;
  const marks: Mark[] = [{ start: node.span.start, end: node.span.end, kind: "statement" }];
  if (node.cue) marks.push({ start: node.cue.start, end: node.cue.end, kind: "cue" });
  if (node.speakerMention) {
    marks.push({ start: node.speakerMention.start, end: node.speakerMention.end, kind: "speaker" });
  }
  const view = h(
    "div",
    { class: "provenance-view" },
    h("p", {}, h("a", { href: "#/", class: "back" }, "← Back to the statements")),
    statementCard(node, { link: false }),
    h(
      "section",
      { class: "article", "aria-label": "Article" },
      h("h2", { lang: "de" }, articleName(article, article?.text)),
      h(
        "p",
        { class: "muted" },
        [
          article?.title ? null : "No title: headed by its first words",
          outletOf(article) ?? "outlet not named in the article",
          article?.publishedAt?.slice(0, 10) ?? "no date in the article",
        ]
          .filter(Boolean)
          .join(" · "),
        article?.url ? " · " : "",
        article?.url && /^https?:\/\//.test(article.url)
          ? h("a", { href: article.url, rel: "noreferrer noopener" }, "original")
          : null,
      ),
      h(
        "p",
        { class: "legend" },
        h("mark", { class: "hl-statement" }, "statement"),
        " ",
        h("mark", { class: "hl-cue" }, "cue"),
        " ",
        h("mark", { class: "hl-speaker" }, "speaker as written"),
        ` · characters ${node.span.start}–${node.span.end}`,
      ),
      article ? articleText(article.text, marks) : h("p", { class: "muted" }, "The article is not stored."),
    ),
  );
  return view;
}
