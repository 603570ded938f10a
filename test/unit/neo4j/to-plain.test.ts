import neo4j, { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { neo4jErrorKind, toPlain } from "../../../src/neo4j/run.ts";

describe("toPlain", () => {
  it("turns Integers into numbers and keeps ones beyond 2^53 exact as strings", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });

  it("turns temporals into ISO strings", () => {
    expect(toPlain(new neo4j.types.Date(2025, 12, 21))).toBe("2025-12-21");
    expect(toPlain(new neo4j.types.DateTime(2025, 12, 21, 21, 54, 0, 0, 3600))).toBe(
      "2025-12-21T21:54:00+01:00",
    );
    expect(toPlain(new neo4j.types.Duration(0, 2, 0, 0))).toMatch(/^P2D/);
  });

  it("turns nodes and relationships into their (converted) properties, recursively through lists and maps", () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ["Person"],
      { id: "kirill-dmitrijew", count: neo4j.int(3) },
      "4:x:1",
    );
    const rel = new neo4j.types.Relationship(
      neo4j.int(2),
      neo4j.int(1),
      neo4j.int(3),
      "SAID_BY",
      { start: neo4j.int(10), end: neo4j.int(24) },
      "5:x:2",
      "4:x:1",
      "4:x:3",
    );
    expect(toPlain({ speakers: [node], edge: rel, nothing: null })).toEqual({
      speakers: [{ id: "kirill-dmitrijew", count: 3 }],
      edge: { start: 10, end: 24 },
      nothing: null,
    });
  });

  it("leaves plain JS values as they are", () => {
    expect(toPlain("Miami")).toBe("Miami");
    expect(toPlain(true)).toBe(true);
    expect(toPlain(undefined)).toBeNull();
  });
});

const neo4jError = (code: string) => new Neo4jError("the message text is irrelevant", code, "50N42", "error");

describe("neo4jErrorKind", () => {
  it("classifies by code, not message", () => {
    expect(neo4jErrorKind(neo4jError("ServiceUnavailable"))).toBe("unavailable");
    expect(neo4jErrorKind(neo4jError("Neo.ClientError.Schema.ConstraintValidationFailed"))).toBe(
      "constraint",
    );
    expect(neo4jErrorKind(neo4jError("Neo.ClientError.Security.Unauthorized"))).toBe("auth");
    expect(
      neo4jErrorKind(neo4jError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration")),
    ).toBe("timeout");
    expect(neo4jErrorKind(neo4jError("Neo.TransientError.Transaction.DeadlockDetected"))).toBe("transient");
    expect(neo4jErrorKind(new Error("ServiceUnavailable"))).toBe("other");
  });
});
