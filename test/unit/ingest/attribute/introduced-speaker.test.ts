import { describe, expect, it } from "vitest";
import { statementsOf } from "./rules/table.ts";

// A person introduced with role and full name in a sentence that is no statement ("nahm … Stellung") is the
// source of the Konjunktiv sentence after it, as a person the recognizer knows would be (speaker.ts); the
// phrase is found behind an indefinite genitive in the prefield (clause.ts) and with the party after the
// name (np.ts).
describe("attribute: a person introduced with role and name takes over the Konjunktiv after it", () => {
  it.each([
    "Am Rande einer Sitzung nahm jetzt auch der Ministerpräsident des Landes Hessen, Karl Brenner (CDU), zu der Frage Stellung.",
    "Am Rande einer Sitzung nahm der Ministerpräsident Karl Brenner zu der Frage Stellung.",
  ])("%s", (middle) => {
    const out = statementsOf(
      `„Wir brauchen Sicherheit“, erklärte der Verbandsvorsitzende Manfred Kunz. ${middle} Jeder Lehrer könne das Konto jetzt einlösen.`,
    );
    expect(out.find((s) => s.text.includes("Konto"))?.speaker.name).toBe("Karl Brenner");
  });

  it("keeps the party in the mention and resolves the role later named alone", () => {
    const out = statementsOf(
      "Der Vorsitzende des Verbands, Manfred Kunz, kritisierte die Pläne. Dazu nahm der Ministerpräsident des Landes Hessen, Karl Brenner (CDU), Stellung. Eine Auszahlung könne zu Problemen führen, so der Ministerpräsident.",
    );
    const s = out.find((x) => x.text.includes("Auszahlung"));
    expect(s?.speaker.name).toBe("Karl Brenner");
  });
});
