// "Reported in": the articles that report a meeting, each named by its title, or when it has none by
// its first words (asked for only those articles), with its outlet and day as far as it gives them.
import { request } from "./api.ts";
import { type ArticleFacts, articleName, outletOf } from "./article-label.ts";
import { h } from "./dom.ts";
import type { ArticleLeadsQuery, ArticleLeadsQueryVariables } from "./generated/graphql.ts";
import { ARTICLE_LEADS } from "./operations.ts";

export interface ListedArticle extends ArticleFacts {
  id: string;
}

/** What the list says after the name: "no title", the outlet and the day, or that they are not given. */
export function articleDetails(a: ArticleFacts): string {
  return [
    a.title?.trim() ? null : "no title",
    outletOf(a) ?? "outlet not named",
    a.publishedAt?.slice(0, 10) ?? "no date",
  ]
    .filter(Boolean)
    .join(", ");
}

function item(a: ListedArticle, text: string | null): HTMLElement {
  return h(
    "li",
    { "data-article-id": a.id },
    h("strong", { class: "article-name", lang: "de" }, articleName(a, text)),
    h("span", { class: "muted" }, ` · ${articleDetails(a)}`),
  );
}

/** The list, at once with what the articles carry; `loaded` resolves when untitled ones have their lead. */
export function articleList(articles: readonly ListedArticle[]): {
  element: HTMLElement;
  loaded: Promise<void>;
} {
  const list = h("ul", { class: "articles" }, ...articles.map((a) => item(a, null)));
  const untitled = articles.filter((a) => !a.title?.trim());
  if (untitled.length === 0) return { element: list, loaded: Promise.resolve() };
  const loaded = request<ArticleLeadsQuery, ArticleLeadsQueryVariables>(ARTICLE_LEADS, {
    ids: untitled.map((a) => a.id),
  })
    .then(({ nodes }) => {
      const texts = new Map<string, string>();
      for (const n of nodes) if (n?.__typename === "Article") texts.set(n.id, n.text);
      list.replaceChildren(...articles.map((a) => item(a, texts.get(a.id) ?? null)));
    })
    .catch(() => {
      // The first words help but are not needed: the outlet and day stay.
    });
  return { element: list, loaded };
}
