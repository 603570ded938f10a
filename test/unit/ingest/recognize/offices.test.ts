import { describe, expect, it } from "vitest";
import { discoverOffices } from "../../../../src/ingest/recognize/offices.ts";
import { contextAfter } from "./steps.ts";

/** [office id, its name, the person tied to it and the rule] for each office the text names. */
function offices(text: string): Array<[string, string, string, string]> {
  const ctx = contextAfter(text, "discover");
  discoverOffices(ctx);
  return [...ctx.affiliations].flatMap(([person, list]) =>
    list
      .filter((a) => a.rule === "office-of")
      .map((a): [string, string, string, string] => [
        a.organizationId,
        ctx.discoveredOrgs.get(a.organizationId)?.name ?? "?",
        person,
        ctx.at.get(ctx.w.findIndex((x) => x.start === a.evidence.start))?.mention.rule ?? "?",
      ]),
  );
}

describe("recognize/offices: a person's office is an organization tied to the person", () => {
  it.each([
    [
      "an office after the person's role",
      "„Wir prüfen das“, sagte Ministerin Karin Lohse. Das Büro von Ministerin Karin Lohse teilte mit, man warte ab.",
      [["buero-von-karin-lohse", "Büro von Karin Lohse", "karin-lohse", "discovered:office-of"]],
    ],
    [
      "a press office of a person named with a role",
      "Die Pressestelle von Bürgermeister Jonas Pieper bestätigte den Termin.",
      [
        [
          "pressestelle-von-jonas-pieper",
          "Pressestelle von Jonas Pieper",
          "jonas-pieper",
          "discovered:office-of",
        ],
      ],
    ],
    ["no office of a place", "Das Büro von Berlin ist geschlossen.", []],
    ["no office without 'von'", "Das Büro bestätigte den Termin.", []],
  ])("reads %s", (_, text, expected) => {
    expect(offices(text)).toEqual(expected);
  });
});
