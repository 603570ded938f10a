// Shared plumbing for connections: the page window from Relay args (with the page-size cap) and the
// connection object with lazy totalCount/cypher.
import { config } from "../config.ts";
import { decodeEntityCursor, type EntityOrder, encodeEntityCursor } from "../filters/cursors.ts";
import type { CypherQuery } from "../filters/cypher-query.ts";
import {
  DEFAULT_ENTITY_ORDER,
  type EntityWhere,
  entityCountQuery,
  entityPageQuery,
  type ListLabel,
  resolveEntityWhere,
} from "../filters/entity-where.ts";
import { asGraphNode, type GraphNode } from "../loaders/graph.ts";
import { read } from "../neo4j/run.ts";
import { badInput } from "./errors.ts";

export const DEFAULT_PAGE_SIZE = 20;

export interface RelayArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface PageWindow {
  size: number;
  backwards: boolean;
}

/** Validates first/last against the configured maximum so one request cannot ask for the whole graph. */
export function pageWindow(args: RelayArgs, max = config().maxPageSize): PageWindow {
  if (args.first != null && args.last != null)
    throw badInput("Pass either first or last, not both.", "first");
  const backwards = args.last != null;
  const size = args.first ?? args.last ?? Math.min(DEFAULT_PAGE_SIZE, max);
  const arg = backwards ? "last" : "first";
  if (!Number.isInteger(size) || size < 0)
    throw badInput(`${arg} must be zero or a positive whole number.`, arg);
  if (size > max) {
    throw badInput(
      `${arg}: ${size} is more than the largest page this server returns (${max}); page with after/endCursor.`,
      arg,
    );
  }
  return { size, backwards };
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: () => Promise<number>;
  totalCountIsExact?: () => Promise<boolean>;
  cypher: () => Promise<CypherQuery>;
}

/**
 * The largest statement count a connection computes. A count walks every matching statement, so an
 * unbounded one could scan the whole graph in one request; above the cap, totalCount reports the cap
 * and totalCountIsExact is false ("more than 10,000").
 */
export const TOTAL_COUNT_CAP = 10_000;

/** A capped count (the query returned at most cap + 1) as totalCount/totalCountIsExact. */
export function cappedCount(
  count: () => Promise<number>,
  cap = TOTAL_COUNT_CAP,
): { totalCount: () => Promise<number>; totalCountIsExact: () => Promise<boolean> } {
  const counted = once(count);
  return {
    totalCount: async () => Math.min(await counted(), cap),
    totalCountIsExact: async () => (await counted()) <= cap,
  };
}

/** `rows` were fetched with limit size+1; the extra row only tells whether another page exists. */
export function toConnection<T>(
  rows: T[],
  window: PageWindow,
  args: RelayArgs,
  cursorOf: (row: T) => string,
  lazy: {
    totalCount: () => Promise<number>;
    totalCountIsExact?: () => Promise<boolean>;
    cypher: () => Promise<CypherQuery>;
  },
): ConnectionShape<T> {
  const more = rows.length > window.size;
  const page = window.backwards
    ? rows.slice(Math.max(0, rows.length - window.size))
    : rows.slice(0, window.size);
  // Cursors are built only when a client selects them (most listings never page).
  const edges = page.map((node) => ({
    node,
    get cursor() {
      return cursorOf(node);
    },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backwards ? args.before != null : more,
      hasPreviousPage: window.backwards ? more : args.after != null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    ...lazy,
  };
}

/** Runs `fn` at most once, on first use (totalCount and cypher cost a query only when selected). */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= fn();
    return p;
  };
}

// ---------------------------------------------------------------------------------------------------
// Entity connections (people, organizations, places, meetings, articles, topics).

export interface EntityArgs extends RelayArgs {
  where?: EntityWhere | null;
  orderBy?: EntityOrder | null;
}

const SORT_KEY = Symbol("sortKey");
type Keyed = GraphNode & { [SORT_KEY]?: string | number };

export async function entitiesConnection(
  label: ListLabel,
  args: EntityArgs,
  maxPageSize?: number,
): Promise<ConnectionShape<GraphNode>> {
  const order = args.orderBy ?? DEFAULT_ENTITY_ORDER[label];
  const window = pageWindow(args, maxPageSize);
  const after = args.after ? decodeEntityCursor(args.after, order, "after") : null;
  const before = args.before ? decodeEntityCursor(args.before, order, "before") : null;
  const resolved = await resolveEntityWhere(label, (args.where ?? {}) as EntityWhere);
  const page = { order, after, before, backwards: window.backwards };
  // Lean: an article comes without its text, which Article.text loads only when asked for.
  const q = entityPageQuery(resolved, { ...page, limit: window.size + 1, lean: true });
  const rows =
    window.size === 0 ? [] : await read<{ n: unknown; sortKey: string | number }>(q.query, q.params);
  const nodes = rows.map((r) => {
    const node: Keyed = asGraphNode(r.n, [label], label);
    // The sort key travels with the node only to build its cursor; it is not a GraphQL field.
    Object.defineProperty(node, SORT_KEY, { value: r.sortKey, enumerable: false });
    return node;
  });
  return toConnection<GraphNode>(
    nodes,
    window,
    args,
    (n) => encodeEntityCursor((n as Keyed)[SORT_KEY] ?? "", n.id, order),
    {
      totalCount: once(async () => {
        const c = entityCountQuery(resolved);
        const [row] = await read<{ totalCount: number }>(c.query, c.params);
        return row?.totalCount ?? 0;
      }),
      cypher: async () => entityPageQuery(resolved, { ...page, limit: window.size }),
    },
  );
}
