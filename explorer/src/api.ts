// The explorer talks to the same public, masked API as every other client: a POST to /graphql with the
// operation's text and variables, typed by the types GraphQL Code Generator made from schema.graphql.
export class ApiError extends Error {}

/** An operation from a document that holds several, which the server picks by name. */
export interface Operation {
  document: string;
  operationName: string;
}

export async function request<TData, TVariables extends Record<string, unknown>>(
  operation: string | Operation,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify(
      typeof operation === "string"
        ? { query: operation, variables }
        : { query: operation.document, operationName: operation.operationName, variables },
    ),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: Array<{ message: string }>;
  } | null;
  if (body?.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "));
  if (!response.ok || !body?.data) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}
