import { describe, expect, it } from "vitest";
import type { Extraction } from "../../../src/ingest/types.ts";
import { clientWriteReason, oversizedValue } from "../../../src/schema/types/ingest-safety.ts";

describe("clientWriteReason: what a client is told when writing an article fails", () => {
  const cases: [string, RegExp][] = [
    [
      "Neo.ClientError.Statement.ArgumentError: Property value is too large to index, please see index documentation for limitations. Index: Index( id=3, name='person_id', type='RANGE', schema=(:Person {id}), indexProvider='range-1.0' ), entity id: 12",
      /^not written: the database refused to write it \(request id r-1; details in the server log\)\.$/,
    ],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError: The allocation of …", /ran out of memory/],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration: The transaction …", /took longer/],
    ["Neo.TransientError.Transaction.DeadlockDetected: ForsetiClient[3] can't …", /database was busy/],
    ["Neo.ClientError.Schema.ConstraintValidationFailed: Node(12) already exists …", /uniqueness constraint/],
    ["the request's time is up", /took longer/],
    ["Failed to connect to server bolt://10.0.0.5:7687", /^not written: the database refused to write it/],
  ];
  it.each(cases)("%s", (raw, expected) => {
    const reason = clientWriteReason(raw, "r-1");
    expect(reason).toMatch(expected);
    expect(reason).toContain("request id r-1");
    expect(reason).not.toMatch(/Neo\.|bolt|index|ForsetiClient|Node\(/);
  });
});

describe("oversizedValue: values too long for an index are named before writing", () => {
  const extraction = (over: Partial<Extraction["article"]>, names: string[] = []): Extraction => ({
    file: "f",
    article: {
      id: "a",
      title: null,
      source: null,
      sources: [],
      publishedAt: null,
      url: null,
      contentHash: "h",
      text: "t",
      ...over,
    },
    statements: [],
    entities: names.map((name) => ({
      id: name.toLowerCase(),
      type: "PERSON",
      name,
      aliases: [],
      kind: null,
      countryId: null,
      locatedIn: null,
      origin: "discovered",
      mentions: [],
      affiliations: [],
    })),
    meetings: [],
    warnings: [],
  });
  it("passes what fits and names the field of what does not", () => {
    expect(
      oversizedValue(extraction({ title: "t".repeat(1_000) }, ["Kirill Dmitrijew"]), "articles[0]"),
    ).toBe(null);
    expect(oversizedValue(extraction({ title: "T".repeat(1_001) }), "articles[2]")).toBe(
      `articles[2].title is too long to store: "${"T".repeat(40)}…" has 1001 characters, at most 1000.`,
    );
    expect(oversizedValue(extraction({}, [`A${"b".repeat(5_000)}`]), "articles[0]")).toMatch(
      /^articles\[0\]\.text holds a name too long to store: "Ab+…" has 5001 characters, at most 1000\.$/,
    );
  });
});
