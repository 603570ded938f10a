// Article texts are fetched only as far as a query asks for them: pages and loaders carry an article
// without its text (its length instead), Article.text loads it by itself, and a statement's context
// and sentence fetch only the stretch around the statement — also in a text with emoji, whose UTF-16
// offsets (the API's) differ from Cypher's code point offsets.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ENTITY_ORDER, entityPageQuery, resolveEntityWhere } from "../../src/filters/entity-where.ts";
import { ingestExtractions } from "../../src/ingest/ingest.ts";
import { tryExtractArticle } from "../../src/ingest/pipeline.ts";
import { isInputError } from "../../src/ingest/read/read.ts";
import { loadNodes } from "../../src/loaders/graph.ts";
import { read } from "../../src/neo4j/run.ts";
import { sentenceAround } from "../../src/schema/types/statement.ts";
import { gql, resetWithFixture, yogaWith } from "../integration/api/api-support.ts";

const EMOJI_TEXT =
  "Eilmeldung 🇷🇺🙂 aus Moskau.\n\n„Wir sind zu Gesprächen in Miami bereit“, sagte Kremlsprecher Dmitri Peskow " +
  "am Montag. Weitere Einzelheiten nannte er nicht. 🙂 Der Außenminister erklärte später, man werde abwarten.";

beforeAll(async () => {
  await resetWithFixture();
  const ex = tryExtractArticle({
    file: "emoji.txt",
    format: "txt",
    meta: { title: "Emoji vor dem Zitat", url: "https://example.invalid/emoji" },
    text: EMOJI_TEXT,
  });
  if (isInputError(ex)) throw new Error(ex.reason);
  await ingestExtractions([ex]);
});

interface StatementNode {
  text: string;
  span: { start: number; end: number };
  context: string | null;
  sentence: string | null;
  article: { id: string; text: string; title: string | null };
}

const FIELDS = "text span { start end } context(chars: 12) sentence article { id text title }";
const STATEMENTS = `{
  fixture: statements(first: 10) { edges { node { ${FIELDS} } } }
  emoji: articles(first: 1, where: { name: "Emoji vor dem Zitat" }) { edges { node { statements(first: 10) { edges { node { ${FIELDS} } } } } } }
}`;

describe("article texts on demand", () => {
  it("pages and the article loader carry no text, only its length", async () => {
    const resolved = await resolveEntityWhere("Article", {});
    const q = entityPageQuery(resolved, { limit: 100, order: DEFAULT_ENTITY_ORDER.Article, lean: true });
    const rows = await read<{ n: Record<string, unknown> }>(q.query, q.params);
    const lengths = await read<{ id: string; length: number }>(
      "MATCH (a:Article) RETURN a.id AS id, size(a.text) AS length",
    );
    expect(rows.length).toBe(lengths.length);
    for (const row of rows) {
      expect(row.n.text).toBeNull();
      expect(row.n.textLength).toBe(lengths.find((l) => l.id === row.n.id)?.length);
    }
    const [node] = await loadNodes("Article", [String(rows[0]!.n.id)]);
    expect(node).toMatchObject({ text: null, textLength: expect.any(Number) });
  });

  it("text, context and sentence are cut from the article's own text, emoji or not", async () => {
    const res = await gql<{
      fixture: { edges: { node: StatementNode }[] };
      emoji: { edges: { node: { statements: { edges: { node: StatementNode }[] } } }[] };
    }>(yogaWith(), STATEMENTS);
    expect(res.errors).toBeUndefined();
    const emoji = res.data!.emoji.edges.flatMap((a) => a.node.statements.edges.map((e) => e.node));
    expect(emoji.map((n) => n.text)).toContain("„Wir sind zu Gesprächen in Miami bereit“");
    const fixture = res.data!.fixture.edges.map((e) => e.node);
    expect(fixture.length).toBeGreaterThan(0);
    const nodes = [...emoji, ...fixture];
    for (const n of nodes) {
      const { start, end } = n.span;
      expect(n.article.text.slice(start, end)).toBe(n.text);
      expect(n.context).toBe(n.article.text.slice(Math.max(0, start - 12), end + 12));
      expect(n.sentence).toBe(sentenceAround(n.article.text, start, end));
    }
    expect(emoji[0]!.article.text).toBe(EMOJI_TEXT);
  });
});
