// Database work stops when the request stops: within a request, every transaction's timeout is cut to
// what the request has left, a cancelled request's transactions are terminated, and no transaction is
// started for a request whose time is up. Afterwards SHOW TRANSACTIONS lists nothing of ours.
import { beforeAll, describe, expect, it } from "vitest";
import { withRequestScope } from "../../src/http/request-scope.ts";
import { RequestOverError } from "../../src/neo4j/request-scope.ts";
import { neo4jErrorKind, read } from "../../src/neo4j/run.ts";
import { gql, resetWithFixture, yogaWith } from "../integration/api/api-support.ts";
import { expectNeo4jIdle } from "./hostile-support.ts";

/** Runs for minutes unless stopped. */
const ENDLESS = "UNWIND range(1, 5000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";

// The hurried request below names a country and a place: it needs a graph that knows them, whatever
// the file before this one left behind (an unknown name would be BAD_USER_INPUT, not a timeout).
beforeAll(async () => {
  await resetWithFixture();
});

describe("transactions end with their request", () => {
  it("a request's transaction times out at the request's deadline, not at the default timeout", async () => {
    const scope = { id: "hostile-deadline", deadline: Date.now() + 1_000 };
    const err = await withRequestScope(scope, () => read(ENDLESS)).catch((e: unknown) => e);
    expect(neo4jErrorKind(err)).toBe("timeout");
    await expectNeo4jIdle();
    // Past its deadline, a request starts no transaction at all.
    const late = await withRequestScope({ id: "hostile-late", deadline: Date.now() - 1 }, () =>
      read("RETURN 1 AS one"),
    ).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(RequestOverError);
  });

  it("a cancelled request's transaction is terminated in Neo4j", async () => {
    const controller = new AbortController();
    const scope = { id: "hostile-cancel", deadline: Date.now() + 60_000, signal: controller.signal };
    const running = withRequestScope(scope, () => read(ENDLESS)).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 500));
    controller.abort();
    const err = await running;
    expect((err as { code?: string }).code).toMatch(/Terminated/);
    await expectNeo4jIdle();
    const after = await withRequestScope(scope, () => read("RETURN 1 AS one")).catch((e: unknown) => e);
    expect(after).toBeInstanceOf(RequestOverError);
  });

  it("a request past its time answers QUERY_TIMEOUT and leaves nothing running", async () => {
    // 100 ms for all of a request's Neo4j work: the name resolution and page queries cannot all fit.
    const hurried = yogaWith({ NEWSGRAPH_REQUEST_TIMEOUT_MS: "100" });
    const query = `{ statements(where: { speaker: { nationality: "Russland", roleKind: NEGOTIATOR }, about: { place: "Miami" } }) {
      totalCount edges { node { text speaker { ... on Person { name affiliations { roleKind } } } article { text } about { entity { name } } } } } }`;
    const results = await Promise.all(Array.from({ length: 8 }, () => gql(hurried, query)));
    for (const res of results) {
      for (const e of res.errors ?? []) expect(e.extensions?.code, e.message).toBe("QUERY_TIMEOUT");
    }
    await expectNeo4jIdle();
  });
});
