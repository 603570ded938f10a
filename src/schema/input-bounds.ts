// The size of everything a client may send, in one table: every string and list argument (and every
// field of an input object) has a bound, from its coordinate, its name or its type. The limits plugin
// (limits-plugin.ts) prints each bound into the argument's description (schema.graphql) and checks the
// arguments of every field before its resolver runs, so an oversized value is a BAD_USER_INPUT naming
// the argument and never reaches Neo4j (a 900 KB name once kept Lucene busy for 40 s after the answer).
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { isCheckedDate } from "../ingest/read/meta.ts";
import { badInput } from "./errors.ts";

export interface Bound {
  /** Characters of a string (or of each string of a list). */
  maxLength?: number;
  /** Items of a list. */
  maxItems?: number;
  /** Whitespace-separated terms of a full-text query. */
  maxTerms?: number;
  /** Range of an Int. */
  min?: number;
  max?: number;
  /** A checked format: an http(s) URL, or a date the readers understand (ISO 8601, German forms). */
  format?: "url" | "date";
}

/** Full-text queries: Lucene expands each term, so their number is what costs. */
const FULLTEXT: Bound = { maxLength: 500, maxTerms: 32 };

export const INPUT_BOUNDS = {
  /** Any String or ID argument without a bound of its own: names, ids, dates, sources. */
  string: 200,
  /** Any list argument without a bound of its own. */
  list: 100,
  /** By argument or input field name, wherever it occurs. */
  byName: {
    after: { maxLength: 1_000 },
    before: { maxLength: 1_000 },
  } as Record<string, Bound>,
  /** By coordinate (Type.field.argument or InputType.field); these win. */
  byCoordinate: {
    "Query.search.query": FULLTEXT,
    "StatementWhere.text": FULLTEXT,
    "Statement.context.chars": { min: 0, max: 2_000 },
    "Mutation.ingestArticles.articles": { maxItems: 50 },
    // A large article is rejected here; the request body limit may cut it earlier.
    "ArticleInput.text": { maxLength: 2_000_000 },
    "ArticleInput.title": { maxLength: 1_000 },
    "ArticleInput.url": { maxLength: 2_048, format: "url" },
    "ArticleInput.publishedAt": { maxLength: 40, format: "date" },
    "ArticleInput.sources": { maxItems: 20 },
  } as Record<string, Bound>,
};

const STRING_TYPES = new Set(["String", "ID"]);

export function boundOf(coordinate: string, name: string): Bound | undefined {
  return INPUT_BOUNDS.byCoordinate[coordinate] ?? INPUT_BOUNDS.byName[name];
}

/** The sentence added to an argument's description. */
export function describeBound(
  bound: Bound | undefined,
  isList: boolean,
  typeName: string,
  sentence = true,
): string {
  const parts: string[] = [];
  if (isList) parts.push(`at most ${bound?.maxItems ?? INPUT_BOUNDS.list} items`);
  if (STRING_TYPES.has(typeName)) {
    const chars = `at most ${bound?.maxLength ?? INPUT_BOUNDS.string} characters`;
    parts.push(isList ? `each ${chars}` : chars);
    if (bound?.maxTerms) parts.push(`${bound.maxTerms} terms`);
    if (bound?.format === "url") parts.push("an http(s) URL");
    if (bound?.format === "date") parts.push("an ISO 8601 date or date-time");
  }
  if (bound?.min !== undefined && bound.max !== undefined) parts.push(`from ${bound.min} to ${bound.max}`);
  if (parts.length === 0) return "";
  const text = parts.join(", ");
  return sentence ? `${text[0]?.toUpperCase()}${text.slice(1)}.` : text;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function checkString(value: string, bound: Bound | undefined, path: string): void {
  const max = bound?.maxLength ?? INPUT_BOUNDS.string;
  if (value.length > max) {
    throw badInput(`${path} is too long: at most ${max} characters (got ${value.length}).`, path);
  }
  if (bound?.maxTerms) {
    const terms = value.split(/\s+/).filter(Boolean).length;
    if (terms > bound.maxTerms) {
      throw badInput(`${path} has too many terms: at most ${bound.maxTerms} (got ${terms}).`, path);
    }
  }
  if (bound?.format === "url" && !isHttpUrl(value)) {
    throw badInput(`${path} is not an http(s) URL.`, path);
  }
  if (bound?.format === "date" && !isCheckedDate(value)) {
    throw badInput(`${path} is not a date: use ISO 8601 (2025-12-21 or 2025-12-21T08:30:00Z).`, path);
  }
}

/** Throws BAD_USER_INPUT naming the first value (by its path, e.g. where.speaker.name) out of bounds. */
export function checkValue(
  value: unknown,
  type: GraphQLInputType,
  bound: Bound | undefined,
  path: string,
): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    const max = bound?.maxItems ?? INPUT_BOUNDS.list;
    if (items.length > max) {
      throw badInput(`${path} has too many items: at most ${max} (got ${items.length}).`, path);
    }
    items.forEach((item, i) => {
      checkValue(item, inner.ofType as GraphQLInputType, bound, `${path}[${i}]`);
    });
    return;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) checkValue(v, field.type, boundOf(`${inner.name}.${name}`, name), `${path}.${name}`);
    }
    return;
  }
  if (isScalarType(inner) && typeof value === "string" && STRING_TYPES.has(inner.name)) {
    checkString(value, bound, path);
  } else if (typeof value === "number" && bound?.max !== undefined) {
    if (value > bound.max || value < (bound.min ?? Number.NEGATIVE_INFINITY)) {
      throw badInput(`${path} must be between ${bound.min ?? 0} and ${bound.max}.`, path);
    }
  }
}

/** Whether any argument of a field can carry a string, a list or a bounded number (else nothing to check). */
export function needsCheck(args: readonly GraphQLArgument[], fieldCoordinate: string): boolean {
  return args.some((a) => {
    const inner = isNonNullType(a.type) ? a.type.ofType : a.type;
    const named = getNamedType(a.type);
    return (
      isListType(inner) ||
      isInputObjectType(named) ||
      STRING_TYPES.has(named.name) ||
      INPUT_BOUNDS.byCoordinate[`${fieldCoordinate}.${a.name}`] !== undefined
    );
  });
}
