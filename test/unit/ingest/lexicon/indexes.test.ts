import { describe, expect, it } from "vitest";
import { nounIndexes, roleForms, roleHeadsBySuffix } from "../../../../src/ingest/lexicon/indexes.ts";
import type { LexRole } from "../../../../src/ingest/lexicon/types.ts";

const role = (noun: string, adjectival = false, head = true): LexRole => ({
  noun,
  roleKind: "OTHER",
  organizationId: null,
  adjectival,
  head,
});

describe("lexicon/indexes: the forms the recognizer looks up", () => {
  it.each([
    [
      "a noun",
      role("Lotse"),
      ["lotse", "lotses", "lotsen", "lotseen", "lotsein", "lotseinnen", "lotsees", "lotsin"],
    ],
    [
      "an adjectival noun",
      role("Beauftragter", true),
      ["beauftragte", "beauftragten", "beauftragter", "beauftragtes", "beauftragtem"],
    ],
    [
      "a noun in -er",
      role("Vermittler"),
      [
        "vermittler",
        "vermittlers",
        "vermittlern",
        "vermittleren",
        "vermittlerin",
        "vermittlerinnen",
        "vermittleres",
      ],
    ],
  ])("declines %s", (_, r, forms) => {
    expect([...roleForms([r]).keys()]).toEqual(forms);
  });

  it("keeps the first role for a form and only heads for compounds, longest first", () => {
    const forms = roleForms([role("Rat"), role("Berater"), role("Rat", false, false)]);
    expect(forms.get("rat")?.head).toBe(true);
    const heads = roleHeadsBySuffix(roleForms([role("Rat", false, false), role("Berater")]));
    expect(heads.get("ter")?.map(([f]) => f)).toEqual(["berater"]);
    expect(heads.has("rat")).toBe(false);
  });

  it.each([
    ["side heads as written", (n: ReturnType<typeof nounIndexes>) => n.sideHeads.has("Seite"), true],
    ["media nouns declined", (n: ReturnType<typeof nounIndexes>) => n.mediaNouns.has("Senders"), true],
    [
      "institution heads as endings",
      (n: ReturnType<typeof nounIndexes>) => n.institutionHead.test("landgericht"),
      true,
    ],
    [
      "no institution head inside a word",
      (n: ReturnType<typeof nounIndexes>) => n.institutionHead.test("gerichtsakte"),
      false,
    ],
    ["non-roles in lower case", (n: ReturnType<typeof nounIndexes>) => n.notRoles.has("lautsprecher"), true],
  ])("indexes %s", (_, ask, answer) => {
    const n = nounIndexes({
      sideHeads: ["Seite"],
      institutionHeads: ["gericht"],
      mediaNouns: ["Sender"],
      notRoles: ["Lautsprecher"],
    });
    expect(ask(n)).toBe(answer);
  });
});
