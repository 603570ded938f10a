// Splits the rows of many articles into statements that give the graph a one-by-one run gives.
// A write query that reads what it writes (aliases that only grow, articleIds appended in order, a
// meeting's date range, an affiliation's evidence) must see each earlier row for the same node or edge
// before the next: within one UNWIND, Neo4j plans an Eager that evaluates every row's reads before any
// write, so two rows for one key in one statement would lose the first. Round k therefore holds the
// k-th row of every key, and the rounds run in order; different keys never touch the same node or edge.
// A row equal to the one just before it for its key is dropped: applying the same row twice in a row
// changes nothing (every such query is idempotent), so lexicon entities named by hundreds of articles
// cost one row a batch.
import type { WriteRows } from "./row-types.ts";

type RowList = keyof Omit<WriteRows, "article" | "warnings">;

/** The key of the node or edge a row updates in place, per row list; lists without one have no entry. */
const ORDERED_KEYS: Partial<Record<RowList, (row: Record<string, unknown>) => string>> = {
  countries: (r) => String(r.id),
  organizations: (r) => String(r.id),
  persons: (r) => String(r.id),
  places: (r) => String(r.id),
  topics: (r) => String(r.id),
  meetings: (r) => String(r.id),
  affiliations: (r) => `${r.personId}\u0000${r.organizationId}\u0000${r.roleKind}`,
  attended: (r) => `${r.label}\u0000${r.id}\u0000${r.meetingId}`,
  meetingParts: (r) => String(r.meetingId),
  sessions: (r) => String(r.id),
  sessionAttended: (r) => `${r.label}\u0000${r.id}\u0000${r.sessionId}`,
};

/**
 * Lists whose query applies a key's rows in order itself: stepParams sends one row per key with the
 * key's rows in article order as `parts`, and the query folds them (reduce over row.parts) as the
 * rounds would have applied them one statement after another. Meetings, their sessions and who
 * attended them are shared by most articles of a batch, so as rounds they made ~5 statements each per
 * batch of ~25 articles (34 for 200 articles): 24 of the batch's 40 statements.
 */
const FOLDED: ReadonlySet<RowList> = new Set<RowList>([
  "meetings",
  "attended",
  "meetingParts",
  "sessions",
  "sessionAttended",
]);

/** Lists whose query only MERGEs a relationship with no properties: order and repeats do not matter. */
const SET_ONLY: ReadonlySet<RowList> = new Set<RowList>(["partOf", "locatedIn", "heldIn", "sessionHeldIn"]);

/**
 * The statements (each a list of rows) that write `list` for the given articles, in order. Rows of
 * one article are unique per key already (buildRows folds them), so a single article is one round.
 */
export function rounds(list: RowList, perArticle: ReadonlyArray<readonly unknown[]>): unknown[][] {
  const keyOf = ORDERED_KEYS[list];
  if (SET_ONLY.has(list)) {
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const rows of perArticle) {
      for (const row of rows) {
        const k = JSON.stringify(row);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(row);
        }
      }
    }
    return out.length > 0 ? [out] : [];
  }
  if (!keyOf) {
    const out = perArticle.flat();
    return out.length > 0 ? [out] : [];
  }
  const folded = FOLDED.has(list);
  const out: unknown[][] = [];
  const last = new Map<string, { text: string; round: number }>();
  for (const rows of perArticle) {
    for (const row of rows) {
      const key = keyOf(row as Record<string, unknown>);
      const text = JSON.stringify(row);
      const prev = last.get(key);
      if (prev?.text === text) continue;
      const round = prev && !folded ? prev.round + 1 : 0;
      last.set(key, { text, round });
      const list = out[round] ?? [];
      if (list.length === 0) out[round] = list;
      list.push(row);
    }
  }
  return out;
}

/**
 * Lists whose rows name the label of a node they point at. Each is sent as one list per label
 * (`$persons`, `$organizations`, …), which its query UNWINDs in a branch of its own, so that a row costs
 * one index seek of its label: a UNION over the labels filtered on `row.label` seeks every label's
 * index first (the planner puts the seek below the filter), five seeks a row for ABOUT and MENTIONS.
 */
const LABELLED: Partial<Record<RowList, readonly string[]>> = {
  about: ["Person", "Organization", "Place", "Topic", "Meeting"],
  mentions: ["Person", "Organization", "Place", "Topic", "Meeting"],
  saidBy: ["Person", "Organization"],
  attended: ["Person", "Organization"],
  sessionAttended: ["Person", "Organization"],
};

const PARAM_OF: Record<string, string> = {
  Person: "persons",
  Organization: "organizations",
  Place: "places",
  Topic: "topics",
  Meeting: "meetings",
};

/**
 * The parameters of `list`'s query for one statement's rows: `{ rows }`, or one list per label; the
 * rows of a FOLDED list grouped by key (first row's fields plus `parts`, every row of the key in order).
 */
export function stepParams(list: RowList, rows: readonly unknown[]): Record<string, unknown[]> {
  const labels = LABELLED[list];
  const fold = (part: unknown[]) => (FOLDED.has(list) ? foldByKey(list, part) : part);
  if (!labels) return { rows: fold(rows as unknown[]) };
  const out: Record<string, unknown[]> = {};
  for (const label of labels) out[PARAM_OF[label] as string] = [];
  for (const row of rows) {
    const label = (row as { label: string }).label;
    const target = out[PARAM_OF[label] ?? ""];
    if (!target || !labels.includes(label)) throw new Error(`${list}: unexpected label '${label}'`);
    target.push(row);
  }
  for (const key of Object.keys(out)) out[key] = fold(out[key] as unknown[]);
  return out;
}

/** One row per key, in order of first appearance: the first row's fields and `parts`, all its rows. */
function foldByKey(list: RowList, rows: readonly unknown[]): unknown[] {
  const keyOf = ORDERED_KEYS[list] as (row: Record<string, unknown>) => string;
  const byKey = new Map<string, { parts: unknown[] }>();
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    const key = keyOf(r);
    const folded = byKey.get(key);
    if (folded) folded.parts.push(row);
    else byKey.set(key, { ...r, parts: [row] });
  }
  return [...byKey.values()];
}

/** Rows an article sends (its size for batching): one per node or edge it writes, plus the article. */
export function rowCount(rows: WriteRows): number {
  let n = 1;
  for (const [key, value] of Object.entries(rows)) {
    if (key !== "article" && key !== "warnings" && Array.isArray(value)) n += value.length;
  }
  return n;
}

export type { RowList };
