// CORS: only the server's own origin, the origins NEWSGRAPH_CORS_ORIGINS lists, and (by default,
// outside production) localhost get CORS headers, credentials only for them. An unlisted origin gets
// no CORS headers at all, so a browser keeps the answer from its page.
import { describe, expect, it } from "vitest";
import { yogaWith } from "../integration/api/api-support.ts";
import { expectNeo4jIdle } from "./hostile-support.ts";

type Yoga = ReturnType<typeof yogaWith>;

async function ask(yoga: Yoga, origin: string, method: "POST" | "OPTIONS" = "POST") {
  const res = await yoga.fetch("http://localhost:4000/graphql", {
    method,
    headers: {
      origin,
      "content-type": "application/json",
      ...(method === "OPTIONS"
        ? { "access-control-request-method": "POST", "access-control-request-headers": "content-type" }
        : {}),
    },
    ...(method === "POST" ? { body: JSON.stringify({ query: "{ health { status } }" }) } : {}),
  });
  await res.text();
  return {
    allowOrigin: res.headers.get("access-control-allow-origin"),
    credentials: res.headers.get("access-control-allow-credentials"),
  };
}

describe("CORS allowlist", () => {
  it("an unlisted origin with credentials gets no CORS headers, in a preflight or a request", async () => {
    const yoga = yogaWith({ NEWSGRAPH_CORS_ORIGINS: "" });
    for (const method of ["POST", "OPTIONS"] as const) {
      expect(await ask(yoga, "https://evil.example", method)).toEqual({
        allowOrigin: null,
        credentials: null,
      });
    }
    await expectNeo4jIdle();
  });

  it("the server's own origin and, in development, localhost are allowed with credentials", async () => {
    const dev = yogaWith({ NEWSGRAPH_CORS_ORIGINS: "", NODE_ENV: "development" });
    expect(await ask(dev, "http://localhost:4000")).toEqual({
      allowOrigin: "http://localhost:4000",
      credentials: "true",
    });
    expect(await ask(dev, "http://localhost:5173", "OPTIONS")).toEqual({
      allowOrigin: "http://localhost:5173",
      credentials: "true",
    });
    const prod = yogaWith({ NEWSGRAPH_CORS_ORIGINS: "", NODE_ENV: "production" });
    expect((await ask(prod, "http://localhost:5173")).allowOrigin).toBeNull();
    expect((await ask(prod, "http://localhost:4000")).allowOrigin).toBe("http://localhost:4000");
  });

  it("NEWSGRAPH_CORS_ORIGINS lists the origins allowed, and only those", async () => {
    const listed = yogaWith({ NEWSGRAPH_CORS_ORIGINS: "https://news.example, https://desk.example" });
    expect(await ask(listed, "https://desk.example")).toEqual({
      allowOrigin: "https://desk.example",
      credentials: "true",
    });
    expect((await ask(listed, "http://localhost:5173")).allowOrigin).toBeNull();
    expect((await ask(listed, "https://news.example.evil.example")).allowOrigin).toBeNull();
  });
});
