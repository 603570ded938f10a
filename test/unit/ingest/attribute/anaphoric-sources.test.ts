import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

const said = (text: string) =>
  statementsOf(text).map((s) => [s.rule, s.text, s.speaker.name, s.speaker.mention?.text]);

// "Demnach …" / "Danach …": the sentence is the words of the source named before (anaphoric-sources.ts).
describe("attribute: a source adverb points back to the source named before", () => {
  it("gives the sentence after a report to the report's owner, the adverb as the mention", () => {
    expect(
      said(
        "Ein Bericht des Umweltamts liegt seit Montag vor. Demnach ist die Luft in der Altstadt sauberer geworden.",
      ),
    ).toContainEqual([
      "reported:demnach",
      "Demnach ist die Luft in der Altstadt sauberer geworden",
      "Umweltamts",
      "Demnach",
    ]);
  });

  it("goes on with the speaker of the sentence before", () => {
    const out = said(
      "Die Sprecherin der Feuerwehr, Jana Roth, sagte, das Feuer sei gelöscht. Demnach wurde niemand verletzt.",
    );
    expect(out).toContainEqual([
      "reported:demnach",
      "Demnach wurde niemand verletzt",
      "Jana Roth",
      "Demnach",
    ]);
  });

  it("reads 'Danach' as a source only after a document", () => {
    expect(
      said(
        "Die Stiftung veröffentlichte am Dienstag eine neue Studie. Danach lesen Kinder heute weniger als früher.",
      ),
    ).toContainEqual([
      "reported:demnach",
      "Danach lesen Kinder heute weniger als früher",
      "Stiftung",
      "Danach",
    ]);
    expect(said("Der Zug hielt am Bahnhof. Danach stiegen alle Fahrgäste aus.")).toEqual([]);
  });

  it("gives a Konjunktiv sentence after it a statement of its own, as after a framed sentence", () => {
    const out = said(
      "Ein Bericht des Landesamts liegt seit Montag vor. Demnach ist die Brücke marode. Sie müsse bis zum Sommer gesperrt werden.",
    );
    expect(out).toContainEqual([
      "reported:demnach",
      "Demnach ist die Brücke marode",
      "Landesamts",
      "Demnach",
    ]);
    expect(out.map((s) => s[1])).toContain("Sie müsse bis zum Sommer gesperrt werden");
  });

  it("gives the decision announced before to whoever announced it", () => {
    expect(
      said(
        "Am Montag gaben die Richter ihre Entscheidung bekannt. Demnach muss die Stadt die Gebühren zurückzahlen.",
      ),
    ).toContainEqual([
      "reported:demnach",
      "Demnach muss die Stadt die Gebühren zurückzahlen",
      "Richter",
      "Demnach",
    ]);
  });

  it("reads a line that ends in a semicolon as a sentence, not a headline", () => {
    const out = said(
      "Ein Bericht des Landesamts liegt seit Montag vor.\nDemnach ist die Stadt nicht verantwortlich;\nsie hätte aber früher warnen müssen.",
    );
    expect(out).toContainEqual([
      "reported:demnach",
      "Demnach ist die Stadt nicht verantwortlich;",
      "Landesamts",
      "Demnach",
    ]);
  });
});
