// The third way a statement page can start (beside the anchored query and the walk, statement-walk.ts):
// from the speakers, through the (speakerId, publishedAt) index, one date window at a time.
//
// Why: the walk reads about limit ÷ (share of all statements that match) entries of the publishedAt
// index, and a selective filter makes that share small — the headline at 1M: 0.3 %, ~7,000 entries for a
// page of 21, against 89 statements in all at 10k. When the speaker set's ids are at hand (given, or kept
// by the estimate) and every statement carries its speaker's id, the index on (speakerId, publishedAt)
// finds the newest statements OF THOSE SPEAKERS directly: one seek per speaker for the window [from, top],
// reading only the window's entries, and the rest of the filter is tested on those. So a page reads about
// (speakers) + limit ÷ (share of the speaker set's statements that match the rest) entries — the share
// within the speaker set, not within the graph, and no statement of another speaker.
//
// The window: the speaker set's statements are assumed spread evenly over the graph's dates (the estimate
// reads the oldest and newest), and the first window is cut to hold twice the statements a page should
// need under independence (the walk's assumption). If it holds fewer than a page of matches, the next
// window, four times longer, is read, then one sixteen times longer, then everything older; each runs
// only when the ones before it fell short, so a wrong guess costs one more round of seeks, never a wrong
// page (the windows partition the dates, and each is read in the page order). Undated statements come
// last, from the anchored query, as in the walk.
import { DEFAULT_ORDER } from "./cursors.ts";
import type { CypherQuery } from "./cypher-query.ts";
import {
  collectSet,
  keptSpeakerIds,
  membership,
  setVariables,
  undatedFirst,
  type WalkPage,
  walkCosts,
} from "./statement-walk.ts";
import {
  type AnchorKind,
  type AnchorSet,
  anchorSets,
  compose,
  composeConditions,
  type ResolvedStatementWhere,
  whereClause,
} from "./statement-where.ts";

/** Relative cost of testing one statement's edges against the filter, against reading one index entry. */
const EDGE_TEST = 6;
/** Window lengths relative to the first: each later window runs only if the earlier ones fell short. */
const WINDOW_GROWTH = [1, 4, 16];

interface WindowPlan {
  /** The speaker set sought through the index. */
  seek: { set: AnchorSet; i: number; ids: string };
  /** Lower bounds of the windows, newest first (ISO strings); the last window has none. */
  bounds: string[];
}

/** The windows plan for `page`, when it is expected to read less than the walk and the anchored query. */
export function windowsChosen(r: ResolvedStatementWhere, page: WalkPage): WindowPlan | null {
  const plan = windowsPlan(r, page);
  if (!plan) return null;
  const { walk, anchored, smallest } = walkCosts(r, page.limit, EDGE_TEST);
  // Anchored on the sought speaker set, the plain query tests every statement the windows could test,
  // after the same seeks: the windows then never read more, so a tie goes to them.
  const sameStart = smallest === plan.seekCost ? plan.cost - plan.tested * EDGE_TEST : 0;
  return plan.cost <= Math.min(walk, anchored + sameStart) ? plan : null;
}

/** The windows plan for `page` and what it is expected to read, whenever the filter allows one. */
export function windowsPlan(
  r: ResolvedStatementWhere,
  page: WalkPage,
): (WindowPlan & { cost: number; tested: number; seekCost: number }) | null {
  const order = page.order ?? DEFAULT_ORDER;
  if (order.field !== "PUBLISHED_AT" || order.direction !== "DESC") return null;
  if (page.before || page.backwards || page.after?.key === "") return null;
  if (r.where.text || r.ids || r.articleId || r.speakerIdsComplete !== true) return null;
  const total = r.statementTotal ?? 0;
  const newest = Date.parse(String(page.after?.key ?? r.publishedRange?.newest ?? ""));
  const oldest = Date.parse(r.publishedRange?.oldest ?? "");
  if (total <= 0 || !Number.isFinite(newest) || !Number.isFinite(oldest)) return null;
  const sets = anchorSets(r).map((set, i) => ({ set, i }));
  const costOf = (kind: AnchorKind) => r.anchorCosts?.[kind] ?? Number.POSITIVE_INFINITY;
  if (sets.some(({ set }) => !Number.isFinite(costOf(set.kind)))) return null;
  const seekable = sets
    .map(({ set, i }) => ({ set, i, ids: keptSpeakerIds(r, set), n: idsCount(r, set) }))
    .filter((s): s is { set: AnchorSet; i: number; ids: string; n: number } => s.ids !== null && s.n > 0);
  if (seekable.length === 0) return null;
  const seek = seekable.reduce((a, b) => (costOf(a.set.kind) <= costOf(b.set.kind) ? a : b));
  const inSet = costOf(seek.set.kind);
  const rest = sets
    .filter(({ set }) => set.kind !== seek.set.kind)
    .reduce((p, { set }) => p * Math.min(1, costOf(set.kind) / total), 1);
  if (rest <= 0) return null;
  // Statements of the speaker set a page is expected to test, twice over for safety.
  const wanted = Math.min(inSet, (2 * page.limit) / rest);
  const cost = 2 * seek.n + wanted * EDGE_TEST;
  const span = Math.max(0, newest - oldest);
  const first = inSet > 0 ? (span * wanted) / inSet : span;
  const bounds: string[] = [];
  for (const g of WINDOW_GROWTH) {
    const from = newest - first * g;
    if (from <= oldest) break;
    bounds.push(new Date(from).toISOString());
  }
  return { seek: { set: seek.set, i: seek.i, ids: seek.ids }, bounds, cost, tested: wanted, seekCost: inSet };
}

function idsCount(r: ResolvedStatementWhere, set: AnchorSet): number {
  if (set.kind === "speakers") return r.speakerIds?.length ?? 0;
  return r.setIds?.[set.kind]?.length ?? 0;
}

/** The page query of the windows plan: rows `{ s }` like `statementPageQuery`. */
export function windowsPageQuery(r: ResolvedStatementWhere, page: WalkPage, plan: WindowPlan): CypherQuery {
  const sets = anchorSets(r).map((set, i) => ({ set, i }));
  const others = sets.filter(({ i }) => i !== plan.seek.i);
  const how = r.where.about?.how ?? null;
  const c = composeConditions(r, new Set(sets.map(({ set }) => set.kind)));
  const params: Record<string, unknown> = { ...c.params, limit: page.limit };
  const vars = setVariables(r, others);
  const top: string[] = [];
  if (page.after) {
    top.push("s.publishedAt <= $afterKey AND (s.publishedAt < $afterKey OR s.id < $afterId)");
    params.afterKey = String(page.after.key);
    params.afterId = page.after.id;
  }
  const rest = [...c.conditions, ...others.map(({ set, i }) => membership(r, set, i, how))];
  const windows: string[] = [];
  const names: string[] = [];
  const count = plan.bounds.length + 1;
  for (let w = 0; w < count; w++) {
    const range = [...top];
    if (w < plan.bounds.length) {
      range.push(`s.publishedAt >= $windowFrom${w}`);
      params[`windowFrom${w}`] = plan.bounds[w];
    }
    if (w > 0) range.push("s.publishedAt < below");
    if (w === plan.bounds.length) range.push("s.publishedAt > ''");
    const imports = [...vars, ...names].join(", ");
    // A later window's upper bound comes from a row that exists only when the windows before it fell
    // short, so its seeks depend on that row and do not run otherwise (a plain `WITH … WHERE size(…)`
    // was planned as a filter ABOVE the seek: at 1M every window was read, 27,576 db hits a page).
    const shortOf =
      names.length > 0
        ? [
            `  UNWIND CASE WHEN size(${names.join(" + ")}) < toInteger($limit) THEN [$windowFrom${w - 1}] ELSE [] END AS below`,
          ]
        : [];
    windows.push(
      `CALL (${imports}) {`,
      ...shortOf,
      `  MATCH (s:Statement) USING INDEX s:Statement(speakerId, publishedAt)`,
      `  ${whereClause([`s.speakerId IN ${plan.seek.ids}`, ...range, ...rest]).replaceAll("\n", "\n  ")}`,
      "  WITH s ORDER BY s.publishedAt DESC, s.id DESC LIMIT toInteger($limit)",
      `  RETURN collect(s) AS window${w}`,
      "}",
    );
    names.push(`window${w}`);
  }
  const fallback = compose(r, null, "$scopeId");
  Object.assign(params, fallback.params);
  const dated = names.join(" + ");
  const query = [
    ...others.flatMap(({ set, i }) => collectSet(r, set, i)),
    ...windows,
    `CALL (${names.join(", ")}) {`,
    `  WITH ${names.join(", ")} WHERE size(${dated}) < toInteger($limit)`,
    `  ${fallback.head.replaceAll("\n", "\n  ")}`,
    `  ${whereClause([undatedFirst(fallback.conditions)]).replaceAll("\n", "\n  ")}`,
    "  WITH s ORDER BY s.id DESC LIMIT toInteger($limit)",
    "  RETURN collect(s) AS undated",
    "}",
    `UNWIND ${dated} + undated AS s`,
    "RETURN s LIMIT toInteger($limit)",
  ].join("\n");
  return { query, params };
}
