import { describe, expect, it } from "vitest";
import { entityHref, entityIdFromHash } from "../../../explorer/src/routes.ts";

describe("the explorer's entity routes", () => {
  it("give every entity type a page, by type and global id, and read the id back", () => {
    const id = "UGVyc29uOmtpcmlsbC1kbWl0cmlqZXc=";
    expect(entityHref("Person", id)).toBe("#/person/UGVyc29uOmtpcmlsbC1kbWl0cmlqZXc%3D");
    expect(entityIdFromHash(entityHref("Person", id)!)).toBe(id);
    for (const [type, word] of [
      ["Organization", "organization"],
      ["Place", "place"],
      ["Meeting", "meeting"],
      ["Topic", "topic"],
    ]) {
      expect(entityHref(type!, "a/b")).toBe(`#/${word}/a%2Fb`);
      expect(entityIdFromHash(`#/${word}/a%2Fb`)).toBe("a/b");
    }
  });

  it("statements, articles and other views are not entity pages", () => {
    expect(entityHref("Statement", "s")).toBeNull();
    expect(entityHref("Article", "a")).toBeNull();
    expect(entityIdFromHash("#/statement/s")).toBeNull();
    expect(entityIdFromHash("#/graph/x")).toBeNull();
    expect(entityIdFromHash("#/?place=Miami")).toBeNull();
    expect(entityIdFromHash("#/person/%E0%A4%A")).toBeNull();
  });
});
