// The client's mistakes in a filter: the one error every filter module raises (BAD_USER_INPUT, naming
// the field), and the small checks untyped input (the CLI's --where JSON) is validated with. GraphQL
// input arrives typed, but goes through the same checks for what the schema cannot express.
import { GraphQLError } from "graphql";

export function badFilter(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: "BAD_USER_INPUT", field } });
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time (dates are stored as such strings, docs/graph-model.md). */
export function isPartialDate(value: string): boolean {
  return DATE.test(value);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw badFilter(`${path}.${key}`, `unknown field; expected one of ${allowed.join(", ")}`);
    }
  }
}

export function optString(obj: Record<string, unknown>, key: string, path: string): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string" || v.trim() === "")
    throw badFilter(`${path}.${key}`, "must be a non-empty string");
  return v.trim();
}

export function optEnum<T extends string>(
  obj: Record<string, unknown>,
  key: string,
  values: readonly T[],
  path: string,
): T | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string" || !values.includes(v as T)) {
    throw badFilter(`${path}.${key}`, `must be one of ${values.join(", ")}`);
  }
  return v as T;
}
