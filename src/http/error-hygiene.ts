// Errors say enough and no more: in production no "Did you mean …?" (enum values and field names
// would reveal the schema that introspection hides), and nowhere more than ~100 characters of what the
// client sent (a 1 MB argument in an invalid query was once echoed back whole).
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

/** Longest piece of client input an error message quotes. */
export const MAX_QUOTED = 100;
/** Longest error message at all. */
const MAX_MESSAGE = 600;

const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

export function cleanMessage(message: string, production: boolean): string {
  let out = production ? message.replace(SUGGESTION, "") : message;
  out = out.replace(QUOTED, (whole, inner: string) =>
    inner.length > MAX_QUOTED ? `"${inner.slice(0, MAX_QUOTED)}…" (${inner.length} characters)` : whole,
  );
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

function clean(error: unknown, production: boolean): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const message = cleanMessage(error.message, production);
  if (message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

export function useErrorHygiene(production: boolean): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !result || Symbol.asyncIterator in (result as object)) return;
      const single = result as { errors?: readonly unknown[] };
      if (single.errors?.length) {
        setResult({ ...(result as object), errors: single.errors.map((e) => clean(e, production)) } as never);
      }
    },
  };
}
