import { forgetGraphCaches } from "../../filters/statement-filter.ts";
import { tokenMatches } from "../../http/auth.ts";
import type { IngestReport } from "../../ingest/ingest.ts";
import { isMarkup } from "../../ingest/read/markup.ts";
import type { RawArticle } from "../../ingest/types.ts";
import { builder } from "../builder.ts";
import { badInput, clientError } from "../errors.ts";
import { ArticleRef } from "../refs.ts";
import { ingestOffThread } from "./ingest-extract.ts";

const MAX_ARTICLES_PER_CALL = 50;

const ArticleFormatEnum = builder.enumType("ArticleFormat", { values: ["TXT", "HTML"] as const });

const ArticleInput = builder.inputType("ArticleInput", {
  description:
    "One article to ingest. Metadata found in the text (dates, 'Quelle:' lines) fills what is not given.",
  fields: (t) => ({
    text: t.string({
      required: true,
      description: "The article body (plain text, or HTML with format: HTML).",
    }),
    format: t.field({ type: ArticleFormatEnum, defaultValue: "TXT" }),
    title: t.string(),
    source: t.string({ description: "Main outlet or agency (DIE ZEIT, dpa)." }),
    sources: t.stringList(),
    publishedAt: t.string({ description: "YYYY-MM-DD or ISO date-time." }),
    url: t.string({ description: "Identifies the article: re-sending the same url updates it." }),
  }),
});

const OutcomeEnum = builder.enumType("IngestOutcome", { values: ["NEW", "UNCHANGED", "UPDATED"] as const });

type Ingested = IngestReport["ingested"][number];

const IngestedArticle = builder.objectRef<Ingested>("IngestedArticle").implement({
  fields: (t) => ({
    file: t.exposeString("file", {}),
    outcome: t.field({
      type: OutcomeEnum,
      resolve: (a) => a.outcome.toUpperCase() as "NEW" | "UNCHANGED" | "UPDATED",
    }),
    article: t.field({ type: ArticleRef, nullable: true, resolve: (a) => a.articleId }),
  }),
});

const IngestFailure = builder.objectRef<IngestReport["failures"][number]>("IngestFailure").implement({
  fields: (t) => ({
    file: t.exposeString("file", {}),
    reason: t.exposeString("reason", {}),
  }),
});

const ArticleCounts = builder.objectRef<IngestReport["articles"]>("IngestArticleCounts").implement({
  fields: (t) => ({
    new: t.exposeInt("new", {}),
    unchanged: t.exposeInt("unchanged", {}),
    updated: t.exposeInt("updated", {}),
    failed: t.exposeInt("failed", {}),
  }),
});

const WrittenCounts = builder.objectRef<IngestReport["written"]>("IngestWrittenCounts").implement({
  fields: (t) => ({
    statements: t.exposeInt("statements", {}),
    people: t.exposeInt("people", {}),
    organizations: t.exposeInt("organizations", {}),
    places: t.exposeInt("places", {}),
    meetings: t.exposeInt("meetings", {}),
  }),
});

const IngestReportType = builder.objectRef<IngestReport>("IngestReport").implement({
  description:
    "What an ingest run did; failed articles are listed with their reason and did not stop the others.",
  fields: (t) => ({
    articles: t.field({ type: ArticleCounts, resolve: (r) => r.articles }),
    written: t.field({ type: WrittenCounts, resolve: (r) => r.written }),
    ingested: t.field({ type: [IngestedArticle], resolve: (r) => r.ingested }),
    failures: t.field({ type: [IngestFailure], resolve: (r) => r.failures }),
  }),
});

builder.mutationType({});

builder.mutationField("ingestArticles", (t) =>
  t.field({
    type: IngestReportType,
    description: `Runs the extraction pipeline on the articles and writes them to the graph (idempotent). Requires Authorization: Bearer <NEWSGRAPH_API_TOKEN>; disabled when the server has no token. At most ${MAX_ARTICLES_PER_CALL} articles per call.`,
    args: { articles: t.arg({ type: [ArticleInput], required: true }) },
    resolve: async (_root, args, ctx) => {
      if (!ctx.apiToken) {
        throw clientError(
          "FORBIDDEN",
          "Ingest over the API is disabled on this server (no NEWSGRAPH_API_TOKEN is configured).",
        );
      }
      if (!tokenMatches(ctx.bearerToken, ctx.apiToken)) {
        throw clientError(
          "UNAUTHENTICATED",
          "ingestArticles needs the header Authorization: Bearer <NEWSGRAPH_API_TOKEN>.",
        );
      }
      if (args.articles.length === 0) throw badInput("articles must not be empty.", "articles");
      if (args.articles.length > MAX_ARTICLES_PER_CALL) {
        throw badInput(`articles: send at most ${MAX_ARTICLES_PER_CALL} per call.`, "articles");
      }
      const raws: RawArticle[] = args.articles.map((a, i) => {
        if (!a.text.trim()) throw badInput(`articles[${i}].text must not be empty.`, `articles.${i}.text`);
        const meta: RawArticle["meta"] = {};
        if (a.title) meta.title = a.title;
        if (a.source) meta.source = a.source;
        if (a.sources?.length) meta.sources = a.sources;
        else if (a.source) meta.sources = [a.source];
        if (a.publishedAt) meta.publishedAt = a.publishedAt;
        if (a.url) meta.url = a.url;
        return {
          file: a.url ?? `api:articles[${i}]`,
          format: a.format === "HTML" && isMarkup(a.text) ? "html" : "txt",
          meta,
          text: a.text,
        };
      });
      const report = await ingestOffThread(raws);
      forgetGraphCaches(); // names, estimates and the kept speaker and place sets may have changed
      return report;
    },
  }),
);
