import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

// A verb of saying in a relative clause: its subject is the relative pronoun, which is the mention; the
// antecedent says who speaks (frame-speaker.ts).
describe("attribute: the speaker of a verb of saying in a relative clause", () => {
  it("names the antecedent and points the mention at the relative pronoun", () => {
    const out = statementsOf(
      "Die Festrede hielt die Historikerin Marta Kolb, die angab, das Archiv seit zehn Jahren zu leiten.",
    );
    const s = out.find((x) => x.text.includes("Archiv seit"));
    expect([s?.rule, s?.speaker.name, s?.speaker.mention?.text]).toEqual([
      "indirect:relative",
      "Marta Kolb",
      "die",
    ]);
  });

  it("takes the whole antecedent with its origin, not the place in it", () => {
    const out = statementsOf(
      "Zugeschaltet war ein Prediger aus Hamburg, der die Zuhörer aufforderte, nicht zu wählen.",
    );
    const s = out.find((x) => x.text.includes("nicht zu wählen"));
    expect([s?.speaker.name, s?.speaker.mention?.text]).toEqual(["Prediger", "der"]);
  });

  it("keeps the place of 'Angaben aus X, wonach …' as the source", () => {
    const out = statementsOf(
      "Das Ministerium dementierte Angaben aus Warschau, wonach es geheime Gespräche gegeben habe.",
    );
    const s = out.find((x) => x.text.includes("geheime Gespräche"));
    expect(s?.speaker.name).toBe("Warschau");
  });

  it("keeps the name as the mention when the verb of saying is in the main clause", () => {
    const out = statementsOf(
      "Die Historikerin Marta Kolb, die das Archiv seit Jahren leitet, sagte, es müsse erhalten bleiben.",
    );
    const s = out.find((x) => x.text.includes("müsse erhalten"));
    expect([s?.speaker.name, s?.speaker.mention?.text]).toEqual([
      "Marta Kolb",
      "Die Historikerin Marta Kolb",
    ]);
  });
});
