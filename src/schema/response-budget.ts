// Cost that counts bytes: the strings a request returns are added up while it runs, and the request
// stops with RESPONSE_TOO_LARGE once they pass its budget (NEWSGRAPH_MAX_RESPONSE_BYTES). Query cost
// (armor) counts fields; one `article { text }` under 20 aliases once made a 435 MB response and GBs of
// server memory, which only a count of what fields actually return can see.
import { clientError } from "./errors.ts";

export const RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

interface Budget {
  left: number;
  max: number;
}

const budgets = new WeakMap<object, Budget>();

/** Rough JSON size of a value a field returned: strings by length, other scalars and objects small. */
export function sizeOf(value: unknown): number {
  if (typeof value === "string") return value.length + 2;
  if (Array.isArray(value)) {
    let n = 2;
    for (const v of value) n += sizeOf(v) + 1;
    return n;
  }
  if (value && typeof value === "object") return JSON.stringify(value)?.length ?? 4;
  return 8;
}

export function tooLarge(max: number) {
  const size = max >= 1_000_000 ? `${(max / 1_000_000).toFixed(1)} MB` : `${Math.ceil(max / 1_000)} kB`;
  return clientError(
    RESPONSE_TOO_LARGE,
    `The response would be larger than this server sends (${size}); ask for fewer fields, items or aliases.`,
  );
}

/** Counts `size` against the request's budget (keyed by its context); throws once it is spent. */
export function spend(context: object, max: number, size: number): void {
  let budget = budgets.get(context);
  if (!budget) {
    budget = { left: max, max };
    budgets.set(context, budget);
  }
  budget.left -= size;
  if (budget.left < 0) throw tooLarge(budget.max);
}

/** Characters of strings the request's fields have returned so far (0 when nothing was counted). */
export function spentBy(context: object): number {
  const budget = budgets.get(context);
  return budget ? budget.max - budget.left : 0;
}

/**
 * In a field's `extensions`: the field counts what it returns itself (with `spendFor`, before it
 * fetches it), so the limits plugin does not count it again.
 */
export const COUNTS_ITS_BYTES = "countsItsBytes";

/** `spend` against the request's own budget (none: nothing to count). */
export function spendFor(context: object, size: number): void {
  const max = (context as { maxResponseBytes?: number }).maxResponseBytes;
  if (max) spend(context, max, size);
}

/**
 * What a field is assumed to return, in characters, for the estimate made before a query runs
 * (src/http/response-estimate.ts): typical values, so that the product of aliases, page sizes and
 * article texts is refused before any of it is fetched. Other strings count STRING_GUESS, other scalars
 * SCALAR_GUESS; lists without a page size count LIST_GUESS items.
 */
export const FIELD_BYTES: Record<string, number | ((args: Record<string, unknown>) => number)> = {
  "Article.text": 10_000,
  "Statement.text": 400,
  "Statement.sentence": 800,
  // Beyond its bound, `chars` is refused by the input bounds with a clearer error than this estimate's.
  "Statement.context": (args) => 400 + 2 * Math.min(typeof args.chars === "number" ? args.chars : 160, 2_000),
  "CypherQuery.query": 2_000,
  "CypherQuery.parameters": 500,
  "GraphEdge.properties": 300,
};
export const STRING_GUESS = 40;
export const SCALAR_GUESS = 12;
export const LIST_GUESS = 10;

export function estimateTooLarge(estimate: number, max: number) {
  const error = tooLarge(max);
  error.extensions.estimate = Math.round(estimate);
  return error;
}
