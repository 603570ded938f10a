import { type EntityLabel, NODE_LABELS } from "../../graph-model.ts";
import { asGraphNode, type GraphNode } from "../../loaders/graph.ts";
import { cypher } from "../../neo4j/registry.ts";
import { neo4jErrorKind, read } from "../../neo4j/run.ts";
import { builder } from "../builder.ts";
import { pageWindow } from "../connections.ts";
import { badInput } from "../errors.ts";

const SEARCH_TYPES = ["STATEMENT", "PERSON", "ORGANIZATION", "PLACE", "TOPIC", "MEETING"] as const;
type SearchType = (typeof SEARCH_TYPES)[number];
export const SearchTypeEnum = builder.enumType("SearchType", { values: SEARCH_TYPES });

/** Search types → labels; the only labels the entity search ever filters on. */
const LABEL_OF: Record<Exclude<SearchType, "STATEMENT">, EntityLabel> = {
  PERSON: "Person",
  ORGANIZATION: "Organization",
  PLACE: "Place",
  TOPIC: "Topic",
  MEETING: "Meeting",
};

interface Hit {
  score: number;
  node: GraphNode;
}

const SearchHit = builder.objectRef<Hit>("SearchHit").implement({
  description:
    "A full-text hit. Scores rank hits within one index; statement and entity scores are not comparable.",
  fields: (t) => ({
    score: t.exposeFloat("score", {}),
    node: t.field({ type: builder.nodeInterfaceRef(), resolve: (h) => h.node }),
  }),
});

/** Lucene operators typed by accident ("Nato-Chef", a lone quote) become plain characters. */
export function escapeLucene(query: string): string {
  return query.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "\\$&");
}

async function searchIndex(name: string, query: string, params: Record<string, unknown>) {
  const run = (q: string) =>
    read<{ node: unknown; labels: string[]; score: number }>(cypher(name), { ...params, query: q });
  try {
    return await run(query);
  } catch (err) {
    // A query Lucene cannot parse is retried as plain words; any other failure is the server's.
    if (neo4jErrorKind(err) !== "other" && neo4jErrorKind(err) !== "syntax") throw err;
    return await run(escapeLucene(query));
  }
}

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over statement text (German stemming: Sicherheitsgarantie finds Sicherheitsgarantien) and entity names and aliases (Dmitriev finds Dmitrijew). Lucene syntax works ("Miami"~, Witk*).',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], description: "Default: all." }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, ctx) => {
      const query = args.query.trim();
      if (!query) throw badInput("query must not be empty.", "query");
      const { size } = pageWindow({ first: args.first ?? 10 }, ctx.maxPageSize);
      const types = new Set<SearchType>(args.types?.length ? args.types : SEARCH_TYPES);
      const labels = [...types]
        .filter((x) => x !== "STATEMENT")
        .map((x) => LABEL_OF[x as Exclude<SearchType, "STATEMENT">]);
      const [statements, entities] = await Promise.all([
        types.has("STATEMENT") ? searchIndex("read/search-statements", query, { limit: size }) : [],
        labels.length ? searchIndex("read/search-entities", query, { labels, limit: size }) : [],
      ]);
      return [...statements, ...entities]
        .map((r) => ({
          score: r.score,
          // Search for PLACE on a country node should hand back the Place, not the Organization.
          node: asGraphNode(
            r.node,
            r.labels,
            r.labels.includes("Statement") ? "Statement" : preferred(r.labels, labels),
          ),
        }))
        .sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id))
        .slice(0, size);
    },
  }),
);

/** The node's first label (in NODE_LABELS order) among those searched for. */
function preferred(nodeLabels: string[], wanted: string[]) {
  return NODE_LABELS.find((l) => nodeLabels.includes(l) && wanted.includes(l));
}
