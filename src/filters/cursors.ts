// Keyset pagination for the statement and entity lists. A cursor is (order key, id) of the last row
// shown, so pages stay stable while ingest adds statements; this module owns what the lists are
// ordered by (as Cypher, and for a statement row also in JS, which must agree), the cursor codec, and
// the ORDER BY and "after this row" conditions the page queries are built with.
import { badFilter } from "./input.ts";

export type OrderDirection = "ASC" | "DESC";

export interface CursorPosition {
  key: string | number;
  id: string;
}

interface Ordering {
  field: string;
  direction: OrderDirection;
}

// ---------------------------------------------------------------------------------------------------
// What the lists are ordered by.

export const ORDER_FIELDS = ["PUBLISHED_AT", "SAID_ON", "CONFIDENCE", "ID"] as const;
export type StatementOrderField = (typeof ORDER_FIELDS)[number];
export interface StatementOrder {
  field: StatementOrderField;
  direction: OrderDirection;
}
export const DEFAULT_ORDER: StatementOrder = { field: "PUBLISHED_AT", direction: "DESC" };

/** A statement's order key in Cypher (`s`); `orderKeyOf` computes the same from a row. */
const ORDER_KEY: Record<StatementOrderField, string> = {
  PUBLISHED_AT: "coalesce(s.publishedAt, '')",
  SAID_ON: "coalesce(s.saidOn, left(s.publishedAt, 10), '')",
  CONFIDENCE: "coalesce(s.confidence, 0.0)",
  ID: "s.id",
};

export function orderKeyOf(statement: Record<string, unknown>, field: StatementOrderField): string | number {
  switch (field) {
    case "PUBLISHED_AT":
      return String(statement.publishedAt ?? "");
    case "SAID_ON":
      return String(
        statement.saidOn ??
          (typeof statement.publishedAt === "string" ? statement.publishedAt.slice(0, 10) : ""),
      );
    case "CONFIDENCE":
      return typeof statement.confidence === "number" ? statement.confidence : 0;
    case "ID":
      return String(statement.id);
  }
}

export type EntityOrderField = "NAME" | "ID" | "MENTIONS" | "START" | "PUBLISHED_AT";
export interface EntityOrder {
  field: EntityOrderField;
  direction: OrderDirection;
}

/** An entity's order key in Cypher (`n`); the page query returns it as `sortKey`, the cursor keeps it. */
export const SORT_KEY: Record<EntityOrderField, string> = {
  NAME: "coalesce(n.name, n.title, '')",
  ID: "n.id",
  MENTIONS:
    "reduce(total = 0, c IN COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) RETURN m.count } | total + coalesce(c, 0))",
  START: "coalesce(n.start, '')",
  PUBLISHED_AT: "coalesce(n.publishedAt, '')",
};

// ---------------------------------------------------------------------------------------------------
// Cursors: base64url JSON of (version, ordering, key, id); a cursor only fits the ordering it came from.

interface CursorPayload {
  v: 1;
  f: string;
  d: OrderDirection;
  k: string | number;
  i: string;
}

function encodeCursor(order: Ordering, key: string | number, id: string): string {
  const payload: CursorPayload = { v: 1, f: order.field, d: order.direction, k: key, i: id };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** BAD_USER_INPUT for anything that is not a cursor this ordering handed out; `fields`: the valid ones. */
function decodeCursor(
  cursor: string,
  order: Ordering,
  arg: string,
  fields: readonly string[] | null,
): CursorPosition {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    payload = null;
  }
  const p = payload as Partial<Record<keyof CursorPayload, unknown>> | null;
  if (
    p?.v !== 1 ||
    typeof p.i !== "string" ||
    (typeof p.k !== "string" && typeof p.k !== "number") ||
    (fields !== null && !fields.includes(p.f as string))
  ) {
    throw badFilter(
      arg,
      "is not a cursor returned by this connection (pass pageInfo.endCursor or an edge's cursor unchanged)",
    );
  }
  if (p.f !== order.field || p.d !== order.direction) {
    throw badFilter(
      arg,
      `the cursor belongs to orderBy ${String(p.f)} ${String(p.d)}, not ${order.field} ${order.direction}`,
    );
  }
  return { key: p.k, id: p.i };
}

export function encodeStatementCursor(statement: Record<string, unknown>, order: StatementOrder): string {
  return encodeCursor(order, orderKeyOf(statement, order.field), String(statement.id));
}

export function decodeStatementCursor(cursor: string, order: StatementOrder, arg = "after"): CursorPosition {
  return decodeCursor(cursor, order, arg, ORDER_FIELDS);
}

export function encodeEntityCursor(key: string | number, id: string, order: EntityOrder): string {
  return encodeCursor(order, key, id);
}

export function decodeEntityCursor(cursor: string, order: EntityOrder, arg = "after"): CursorPosition {
  return decodeCursor(cursor, order, arg, null);
}

// ---------------------------------------------------------------------------------------------------
// Cypher: ORDER BY, and the condition for the rows after (or before) a cursor.

/** `invert` walks backwards (the rows before a cursor, for `last`). */
export function statementOrderBy(order: StatementOrder, invert = false): string {
  const dir = (order.direction === "ASC") !== invert ? "ASC" : "DESC";
  return order.field === "ID" ? `s.id ${dir}` : `${ORDER_KEY[order.field]} ${dir}, s.id ${dir}`;
}

export function entityOrderBy(order: EntityOrder, invert = false): string {
  const dir = (order.direction === "ASC") !== invert ? "ASC" : "DESC";
  return `sortKey ${dir}, n.id ${dir}`;
}

/** Sets `$afterKey`/`$afterId` (or `before…`) in `params`. */
export function statementKeyset(
  order: StatementOrder,
  pos: CursorPosition,
  side: "after" | "before",
  params: Record<string, unknown>,
): string {
  const op = comparison(order, side);
  const key = ORDER_KEY[order.field];
  params[`${side}Key`] = pos.key;
  params[`${side}Id`] = pos.id;
  if (order.field === "ID") return `s.id ${op} $${side}Id`;
  return `(${key} ${op} $${side}Key OR (${key} = $${side}Key AND s.id ${op} $${side}Id))`;
}

export function entityKeyset(
  order: EntityOrder,
  pos: CursorPosition,
  side: "after" | "before",
  params: Record<string, unknown>,
): string {
  const op = comparison(order, side);
  params[`${side}Key`] = pos.key;
  params[`${side}Id`] = pos.id;
  return `(sortKey ${op} $${side}Key OR (sortKey = $${side}Key AND n.id ${op} $${side}Id))`;
}

function comparison(order: Ordering, side: "after" | "before"): ">" | "<" {
  return (order.direction === "ASC") === (side === "after") ? ">" : "<";
}
