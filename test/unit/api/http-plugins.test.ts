// The HTTP plugins that need no server (src/http/); the rest are exercised through yoga.fetch in
// test/integration/api/api-safety.int.test.ts.
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { LIMIT_MESSAGES } from "../../../src/http/armor.ts";
import { jsonError } from "../../../src/http/json-error.ts";
import { useLimitErrorCodes } from "../../../src/http/limit-errors.ts";

function processed(errors: unknown[]): unknown[] {
  let out: { errors: unknown[] } | undefined;
  const plugin = useLimitErrorCodes();
  const hook = plugin.onResultProcess as (payload: unknown) => void;
  hook({ result: { errors }, setResult: (r: { errors: unknown[] }) => (out = r) });
  return out?.errors ?? [];
}

describe("limit errors", () => {
  it("every armor message becomes the plain sentence with code QUERY_LIMIT_EXCEEDED", () => {
    for (const message of Object.values(LIMIT_MESSAGES)) {
      const [fixed] = processed([new GraphQLError(`Syntax Error: ${message}`)]);
      expect(fixed).toBeInstanceOf(GraphQLError);
      expect((fixed as GraphQLError).message).toBe(message);
      expect((fixed as GraphQLError).extensions.code).toBe("QUERY_LIMIT_EXCEEDED");
    }
  });
  it("other errors pass unchanged", () => {
    const other = new GraphQLError("Cannot query field x");
    expect(processed([other])).toEqual([other]);
  });
});

describe("jsonError", () => {
  it("answers in the GraphQL error shape", async () => {
    const res = jsonError(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: "The request body is too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
  });
});
