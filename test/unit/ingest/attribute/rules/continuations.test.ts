import { describe, expect, it } from "vitest";
import { rows, statementsOf } from "./table.ts";

// Units without a frame of their own, read by the attribute steps (continuations.ts, attribute.ts).
describe("rules: sentences that go on with a speaker", () => {
  rows([
    {
      text: "„Wir sind bereit“, sagte der Kapitän. „Das Team hat hart gearbeitet.“",
      rule: "direct:continuation",
      kind: "DIRECT",
      speaker: "der Kapitän",
      content: "„Das Team hat hart gearbeitet.“",
    },
    {
      // consecutive Konjunktiv sentences are one passage
      text: "Die Ministerin sagte, die Schulen blieben offen. Die Lehrer seien informiert. Es gebe genug Masken.",
      rule: "indirect:continuation",
      kind: "INDIRECT",
      speaker: "Die Ministerin",
      content: "Die Lehrer seien informiert. Es gebe genug Masken",
    },
    {
      // Konjunktiv I a sentence later
      text: "Anna Berger sagte, die Schulen blieben offen. Am Nachmittag regnete es in der ganzen Stadt. Die Lehrer seien gut vorbereitet.",
      rule: "indirect:konjunktiv",
      kind: "INDIRECT",
      speaker: "Anna Berger",
      content: "Die Lehrer seien gut vorbereitet",
    },
    {
      // Konjunktiv I right after a sentence about an organization: the organization speaks
      text: "Die Stadtwerke Lindau planen den Verkauf ihrer Busflotte. Eine der Möglichkeiten sei ein Leasingmodell.",
      rule: "indirect:konjunktiv",
      kind: "INDIRECT",
      speaker: "Die Stadtwerke Lindau",
      content: "Eine der Möglichkeiten sei ein Leasingmodell",
    },
    {
      text: "Anna Berger leitet das Amt seit zwei Jahren. „Ich mag diese Arbeit sehr.“",
      rule: "direct:bare-quote",
      kind: "DIRECT",
      speaker: "Anna Berger",
      content: "„Ich mag diese Arbeit sehr.“",
    },
    {
      text: "„Die Ernte war gut“, sagte der Landwirt Paul Haas, „aber der Preis ist schlecht, und das wissen alle hier.“",
      rule: "direct:interrupted",
      kind: "DIRECT",
      speaker: "der Landwirt Paul Haas",
      content: "„aber der Preis ist schlecht, und das wissen alle hier.“",
    },
  ]);

  it("does not go on with a speaker through the narrator's past irrealis (hätte … gewinnen können)", () => {
    const out = statementsOf(
      "„Das war ein zähes Spiel“, sagte die Torhüterin Lea Brandt. Trotzdem hätten die Gäste die Partie noch gewinnen können.",
    );
    expect(out.map((s) => s.text)).toEqual(["„Das war ein zähes Spiel“"]);
  });

  it("still goes on with a speaker when the irrealis stands beside Konjunktiv I", () => {
    const out = statementsOf(
      "„Das war ein zähes Spiel“, sagte die Torhüterin Lea Brandt. Man habe Chancen gehabt und hätte gewinnen können.",
    );
    expect(out.map((s) => [s.rule, s.speaker.mention?.text])).toContainEqual([
      "indirect:continuation",
      "die Torhüterin Lea Brandt",
    ]);
  });
});
