/** A GraphQL-shaped error answer for requests turned away before GraphQL runs (body limit, readiness). */
export function jsonError(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
