import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

// Subject phrases the speaker is read from: a verb after "und" whose first verb has its subject after it
// (OVS), an age noun written small ("der 81-jährige"), a medium noun with its quoted title.
describe("attribute: the subject phrase of a verb of saying", () => {
  it("gives the verb after 'und' the subject the first verb has after it in OVS", () => {
    const s = statementsOf(
      "Die Forderungen Kleins und Brandts bezeichnete Kowalski als „Luftschloss“ und betonte, dass das Land sparen müsse.",
    ).find((x) => x.text.includes("sparen"));
    expect([s?.speaker.name, s?.speaker.mention?.text]).toEqual(["Kowalski", "Kowalski"]);
  });

  it("reads an age noun written small as the subject after the verb", () => {
    const s = statementsOf(
      "Am Dienstag sagte der 67-jährige in einem Interview, dass der Hund das Feuer ausgelöst habe.",
    ).find((x) => x.text.includes("Feuer"));
    expect(s?.speaker.mention?.text).toBe("der 67-jährige");
  });

  it("keeps an age word written small before a noun an adjective", () => {
    const s = statementsOf(
      "Am Dienstag sagte der 67-jährige Landwirt, dass der Hund das Feuer ausgelöst habe.",
    ).find((x) => x.text.includes("Feuer"));
    expect(s?.speaker.mention?.text).toBe("der 67-jährige Landwirt");
  });

  it("reads a medium noun with its quoted title after a focus particle", () => {
    const s = statementsOf(
      "Selbst die Fachzeitschrift „Bauwelt Heute“ hatte im Mai kritisiert, dass die Pläne zu teuer seien.",
    ).find((x) => x.text.includes("zu teuer"));
    expect([s?.speaker.name, s?.speaker.type]).toEqual(["Bauwelt Heute", "ORGANIZATION"]);
  });

  it.each([
    [
      "Auch der Sprecher der Stadt, Eva Roth, erklärte, die Brücke werde gesperrt.",
      "Eva Roth",
      "die Brücke werde gesperrt",
    ],
    ["Sogar der Bürgermeister, Tom Fiedler, sagte, er sei überrascht.", "Tom Fiedler", "er sei überrascht"],
    [
      "Nur die Leiterin des Amtes, Ida Wendt, betonte, die Zahlen seien korrekt.",
      "Ida Wendt",
      "die Zahlen seien korrekt",
    ],
    [
      "Ebenso der Vorsitzende des Vereins, Jan Kolb, erklärte, man wolle weitermachen.",
      "Jan Kolb",
      "man wolle weitermachen",
    ],
  ])(
    "reads a focus particle, a phrase with a determiner and its apposition as the prefield: %s",
    (text, speaker, content) => {
      const s = statementsOf(text)[0];
      expect([s?.speaker.name, s?.cue?.text !== undefined, s?.text]).toEqual([speaker, true, content]);
    },
  );

  it("reads the apposition's name as the subject when a relative clause follows it", () => {
    const s = statementsOf(
      "Die Chefin der Reederei, Tiko Varn, die seit Jahren in Kiel lebt, sagte, die Fähre fahre wieder.",
    )[0];
    expect([s?.speaker.name, s?.text]).toEqual(["Tiko Varn", "die Fähre fahre wieder"]);
  });

  it("reads a verb on -e right before the comma as the verb of a relative clause, its antecedent the speaker", () => {
    const s = statementsOf("Dann kam Tom Fiedler, der sagte, die Brücke werde gesperrt.")[0];
    expect([s?.rule, s?.speaker.name, s?.text]).toEqual([
      "indirect:relative",
      "Tom Fiedler",
      "die Brücke werde gesperrt",
    ]);
  });

  it("hangs the relative clause on the role phrase, not on the genitive inside it", () => {
    const s = statementsOf(
      "Dagegen steht das Wort von Jan Kolb, Vorsitzender der Bundes-Piraten, der sagte, die Wahl sei offen.",
    )[0];
    // (without the recognize stage the role phrase is not yet linked to the name before it)
    expect([s?.speaker.name, s?.text]).toEqual(["Vorsitzender der Bundes-Piraten", "die Wahl sei offen"]);
  });

  it("hangs a relative clause behind the right bracket on the phrase in the middle field that agrees with it", () => {
    const s = statementsOf(
      "Bei der Feier war auch der Bürgermeister Tom Fiedler anwesend, der sagte, die Stadt sei stolz auf ihre Feuerwehr.",
    )[0];
    expect([s?.speaker.name, s?.text]).toEqual(["Tom Fiedler", "die Stadt sei stolz auf ihre Feuerwehr"]);
  });

  it("does not hang it on a phrase whose determiner does not agree with the relative pronoun", () => {
    const s = statementsOf(
      "Bei der Feier war auch die Bürgermeisterin Ida Wendt anwesend, der sagte, es sei kalt.",
    );
    expect(s.map((x) => x.speaker.name)).not.toContain("Ida Wendt");
  });
});
