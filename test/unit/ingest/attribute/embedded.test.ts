import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

// A Konjunktiv sentence whose Konjunktiv sits in the clause after an indicative main clause that names
// someone, with a verb or noun of saying no frame rule knows (continuations.ts, embedded.ts): the clause is
// the statement, and the main clause's subject its speaker.
const said = (text: string) =>
  statementsOf(text).map((s) => ({ rule: s.rule, speaker: s.speaker.mention?.text, text: s.text }));

describe("reported speech embedded after an indicative main clause", () => {
  it("ends a passage of reported speech at a new speaker, with the clause as the statement", () => {
    expect(
      said(
        "Die Ministerin sagte, die Schulen blieben offen. Die Lehrer seien informiert. " +
          "Der Elternverband begegnete dem Plan mit der Rechnung, die Klassen seien viel zu groß.",
      ),
    ).toEqual([
      { rule: "indirect:cue-before", speaker: "Die Ministerin", text: "die Schulen blieben offen" },
      { rule: "indirect:continuation", speaker: "Die Ministerin", text: "Die Lehrer seien informiert" },
      { rule: "indirect:continuation", speaker: "Der Elternverband", text: "die Klassen seien viel zu groß" },
    ]);
  });

  it("reads a dass-clause a little after the last speaker, of the one the main clause names", () => {
    expect(
      said(
        "Anna Berger sagte, die Schulen blieben offen. Am Nachmittag regnete es in der ganzen Stadt. " +
          "Bürgermeister Karl Weiß gab sich gegenüber der Zeitung überzeugt, dass der Bau bald fertig sei.",
      ),
    ).toContainEqual({
      rule: "indirect:konjunktiv",
      speaker: "Bürgermeister Karl Weiß",
      text: "dass der Bau bald fertig sei",
    });
  });

  it("keeps the whole sentence when its main clause is itself in Konjunktiv", () => {
    const out = said(
      "Die Ministerin sagte, die Schulen blieben offen. Die Lehrer seien informiert, die Masken lägen bereit.",
    );
    expect(out.map((s) => s.text)).toContain("Die Lehrer seien informiert, die Masken lägen bereit");
  });

  it("never gives a coordinated main clause with its own subject to the subject before 'und'", () => {
    const out = statementsOf(
      "Der Trainer Paul Ebert sagte, er höre auf. Seine Tochter ist schwer erkrankt, und er wolle sie begleiten.",
    );
    const wolle = out.filter((s) => s.text.includes("er wolle sie begleiten"));
    expect(wolle.map((s) => s.speaker.name)).toEqual(["Paul Ebert"]);
  });
});
