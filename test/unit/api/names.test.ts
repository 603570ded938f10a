// Names and ids a filter accepts (src/filters/names.ts); resolution against Neo4j is tested in
// test/integration/api.
import { describe, expect, it } from "vitest";
import { localId } from "../../../src/filters/names.ts";

describe("localId", () => {
  it("unwraps global ids of the allowed types and leaves node ids alone", () => {
    const gid = Buffer.from("Person:kirill-dmitrijew").toString("base64");
    expect(localId(gid, ["Person"])).toBe("kirill-dmitrijew");
    expect(localId(gid, ["Place"])).toBe(gid);
    expect(localId("kirill-dmitrijew", ["Person"])).toBe("kirill-dmitrijew");
    expect(localId("miami", ["Place"])).toBe("miami");
  });
});
